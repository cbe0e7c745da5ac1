/** `npm run demo`: serves the demo ENT until interrupted, for browsing it by hand with the extension. */
import { startDemoEnt, DEMO_HOME } from './server.ts';

const port = Number(process.env.PORT ?? 8443);
const demo = await startDemoEnt(port);
console.log(`ENT de démonstration sur https://127.0.0.1:${demo.port} / demo ENT served on port ${demo.port}`);
console.log('Lancez Chromium avec / start Chromium with:');
console.log(`  chromium --host-resolver-rules="${demo.resolverRule}" --ignore-certificate-errors --load-extension=dist ${DEMO_HOME}`);
process.on('SIGINT', () => void demo.close().then(() => process.exit(0)));
