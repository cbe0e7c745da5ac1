/**
 * `npm run screenshots`: the pictures of docs/extension.md, taken from the real built
 * extension in Chromium on the bundled demo ENT (loopback only): the popup,
 * and the full report in a tab. Writes docs/screenshots/*.png.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, ROOT, ensureBuilt } from '../cli/build.ts';
import { launchWithExtension, sandboxUsable } from '../cli/chromium.ts';
import { connect, waitForSettle } from '../cli/driver.ts';
import { DEMO_HOME, startDemoEnt } from '../demo-ent/server.ts';

const OUT = join(ROOT, 'docs', 'screenshots');

// The extension speaks the browser's UI language, which Chromium takes from the environment on Linux.
process.env.LANGUAGE = 'fr';
process.env.LANG = 'fr_FR.UTF-8';
await ensureBuilt();
await mkdir(OUT, { recursive: true });
const demo = await startDemoEnt();
const browser = await launchWithExtension({ extensionDir: DIST, extraArgs: [`--host-resolver-rules=${demo.resolverRule}`, '--ignore-certificate-errors', '--lang=fr-FR'], sandbox: sandboxUsable() });
try {
  const ext = await connect(browser.context);
  const { tabId, page } = await ext.openTab(DEMO_HOME);
  await waitForSettle(ext, tabId, page, { expectedPages: 1 });
  await page.reload();
  await waitForSettle(ext, tabId, page, { expectedPages: 2 });
  const shots: [string, string, number][] = [
    ['popup.png', `src/popup/index.html?tabId=${tabId}`, 600],
    ['full-report.png', `src/popup/index.html?tabId=${tabId}&view=full`, 1100],
  ];
  for (const [file, path, width] of shots) {
    const view = await browser.context.newPage();
    await view.setViewportSize({ width, height: 900 });
    await view.goto(`chrome-extension://${ext.id}/${path}`);
    await view.locator('#site').waitFor();
    // The pictures are of the French popup: a Chromium without its French catalogue (Debian ships
    // en-US alone) would show the English one.
    const ui = await view.evaluate(() => chrome.i18n.getUILanguage());
    if (!ui.toLowerCase().startsWith('fr')) {
      throw new Error(`Chromium parle ${ui}, pas le français : installez ses traductions (Debian : apt-get install chromium-l10n), puis recommencez. / Chromium speaks ${ui}, not French: install its translations (Debian: apt-get install chromium-l10n), then run again.`);
    }
    // Open the first findings so that the picture shows what a finding says.
    await view.evaluate(() => document.querySelectorAll('#demands details').forEach((d, i) => i < 1 && d.setAttribute('open', '')));
    await view.screenshot({ path: join(OUT, file), fullPage: file !== 'popup.png' });
    await view.close();
    console.log(join('docs', 'screenshots', file));
  }
} finally {
  await browser.close();
  await demo.close();
}
