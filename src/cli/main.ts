/**
 * `npm run audit -- [url] [--out report.json] [--browser-arg=…]…`
 * Exit 0 when the audit ran (whatever it found), 2 on bad usage, 1 when the
 * audit could not run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs, UsageError, USAGE } from './args.ts';
import { BrowserNotFound, findChromium } from './chromium.ts';
import { DIST, ROOT, ensureBuilt } from './build.ts';
import { runAudit } from './run-audit.ts';
import { summarise } from './summary.ts';
import { validateReport } from './validate.ts';
import { maskUrl } from '../audit/mask-url.ts';
import { DEMO_HOME, startDemoEnt, type DemoServer } from '../demo-ent/server.ts';

const MESSAGES = {
  fr: {
    build: "Construction de l'extension…",
    demo: (r: string) => `ENT de démonstration servi localement (${r})`,
    launch: "Démarrage de Chromium avec l'extension Témoin…",
    visit: (u: string) => `Visite de ${u}…`,
    revisit: 'Seconde visite (renouvellement des cookies)…',
    report: "Lecture du rapport de l'extension…",
    invalid: 'Le rapport ne respecte pas le schéma publié (défaut de Témoin, merci de le signaler) :',
    failed: "L'audit n'a pas pu être mené :",
  },
  en: {
    build: 'Building the extension…',
    demo: (r: string) => `Demo ENT served locally (${r})`,
    launch: 'Starting Chromium with the Témoin extension…',
    visit: (u: string) => `Visiting ${u}…`,
    revisit: 'Second visit (cookie renewal)…',
    report: 'Reading the report from the extension…',
    invalid: 'The report does not match the published schema (a Témoin defect, please report it):',
    failed: 'The audit could not run:',
  },
};

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const m = MESSAGES[args.lang];
  const started = Date.now();
  const step = (text: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}\n`);

  let demo: DemoServer | null = null;
  try {
    findChromium(); // fail early, with the install hint
    step(m.build);
    await ensureBuilt();
    let url = args.url;
    const browserArgs = [...args.browserArgs];
    if (url === null) {
      demo = await startDemoEnt();
      step(m.demo(`https://127.0.0.1:${demo.port}`));
      url = DEMO_HOME;
      browserArgs.push(`--host-resolver-rules=${demo.resolverRule}`, '--ignore-certificate-errors');
    }
    const report = await runAudit({
      url,
      extensionDir: DIST,
      browserArgs,
      timeoutMs: args.timeoutSeconds * 1000,
      onProgress: (s, detail) => step(s === 'visit' ? m.visit(maskUrl(detail ?? '')) : m[s]),
    });
    const out = args.out ?? join(ROOT, 'reports', `temoin-${report.site.replace(/[^a-z0-9.-]/gi, '_')}-${report.finishedAt.replace(/[:.]/g, '-')}.json`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify(report, null, 2) + '\n');
    const valid = validateReport(report);
    console.log(summarise(report, args.lang, relative(process.cwd(), out) || out));
    if (!valid.ok) {
      console.error(`${m.invalid}\n  ${valid.errors.slice(0, 10).join('\n  ')}`);
      return 1;
    }
    return 0;
  } catch (e) {
    const reason = e instanceof BrowserNotFound ? e.message : e instanceof Error ? e.message.split('\n')[0] : String(e);
    console.error(`${m.failed} ${reason}`);
    return 1;
  } finally {
    await demo?.close();
  }
}

process.exitCode = await main();
