/**
 * The Firefox variant: web-ext lint on the build, and a smoke test in real
 * Firefox ESR (Debian's firefox-esr, installed by .ci/setup) with the built
 * extension installed temporarily over WebDriver BiDi (puppeteer-core),
 * against the demo ENT reached through a loopback CONNECT proxy (Firefox has
 * no --host-resolver-rules). The report is asked of the extension from its
 * own page, as in Chromium. The automation needs system access to open a
 * moz-extension:// page (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS, in this test only).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_FIREFOX, ROOT, ensureBuilt } from '../../src/cli/build.ts';
import { GECKO_ID } from '../../src/build/firefox-manifest.ts';
import { DEMO_HOME, startDemoEnt, type DemoServer } from '../../src/demo-ent/server.ts';
import { startLoopbackProxy, type LoopbackProxy } from '../../src/demo-ent/loopback-proxy.ts';
import { validateReport } from '../../src/cli/validate.ts';
import type { Report } from '../../src/report/types.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** A fixed internal UUID for the add-on, so that its pages have a known address. */
const UUID = '5e0c6a5e-7e30-4c1d-9c5e-7e3000000001';

let demo: DemoServer;
let proxy: LoopbackProxy;
let browser: Browser;
let report: Report;

async function extensionPage(): Promise<Page> {
  const page = await browser.newPage();
  // The navigation completes in the extension's process, which BiDi does not report as a load: poll.
  void page.goto(`moz-extension://${UUID}/src/popup/index.html`).catch(() => undefined);
  for (let i = 0; i < 50; i++) {
    const ready = await page.evaluate(() => location.protocol === 'moz-extension:' && typeof (globalThis as { browser?: unknown }).browser === 'object').catch(() => false);
    if (ready) return page;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the extension page did not open');
}

/** Waits until the audit of the tab showing `url` is quiet, then returns its report (the driver's protocol, from inside Firefox). */
async function reportOf(ext: Page, url: string, pages: number): Promise<Report> {
  const deadline = Date.now() + 45_000;
  let last: unknown = null;
  while (Date.now() < deadline) {
    const r = await ext.evaluate(
      async (u, n) => {
        const b = (globalThis as { browser?: any }).browser;
        const tab = (await b.tabs.query({})).find((t: { url?: string }) => (t.url ?? '').startsWith(u));
        if (!tab) return { ok: false, status: 'no tab showing the page' };
        const s = await b.runtime.sendMessage({ type: 'get-status', tabId: tab.id });
        const quiet = s.status.lastEventAt !== null && Date.now() - s.status.lastEventAt > 1000;
        if (s.status.scannedPages < n || !quiet || s.status.pendingChecks > 0) return { ok: false, status: s.status };
        return b.runtime.sendMessage({ type: 'get-report', tabId: tab.id });
      },
      url,
      pages,
    );
    if (r?.ok) return r.report as Report;
    last = r;
    await new Promise((res) => setTimeout(res, 300));
  }
  throw new Error(`no settled report from the extension in Firefox (${pages} page(s) expected); last answer: ${JSON.stringify(last)}`);
}

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR introuvable (${FIREFOX}) : lancer bash .ci/setup / Firefox ESR not found: run bash .ci/setup`);
  await ensureBuilt('firefox');
  demo = await startDemoEnt();
  proxy = await startLoopbackProxy(demo.port);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  const ext = await extensionPage();
  // As the popup's button does (without reloading a tab): Firefox registers the observation's scripts too.
  const started = await ext.evaluate(() => (globalThis as { browser?: any }).browser.runtime.sendMessage({ type: 'start-observing' }));
  if (!started?.ok) throw new Error(`start-observing failed in Firefox: ${JSON.stringify(started)}`);
  const page = await browser.newPage();
  await page.goto(DEMO_HOME, { waitUntil: 'load' });
  await reportOf(ext, DEMO_HOME, 1);
  await page.reload({ waitUntil: 'load' });
  report = await reportOf(ext, DEMO_HOME, 2);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await demo?.close();
});

describe('Firefox build', () => {
  it('passes web-ext lint with no errors', async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', DIST_FIREFOX, '--output', 'json'], { cwd: ROOT, maxBuffer: 1 << 24 }, (err, stdout) =>
        stdout ? resolve(stdout) : reject(err ?? new Error('no output')),
      ),
    );
    const lint = JSON.parse(out.slice(out.indexOf('{'))) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(lint.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(lint.summary.errors).toBe(0);
  }, 120_000);
});

describe('the extension in Firefox ESR, on the demo ENT', () => {
  it('reached the demo under its real names through the proxy, and produced a valid report', () => {
    expect(proxy.asked).toContain('ent.lycee-demo.fr');
    expect(validateReport(report)).toEqual({ ok: true });
    expect(report.environment.userAgent).toMatch(/Firefox\/\d+/);
    expect(report.environment.siteAccess).toBe('all'); // the temporary install grants the host permissions
    expect(report.pages.map((p) => p.url)).toEqual([DEMO_HOME, DEMO_HOME]);
  });

  it('records declared lifetimes from Set-Cookie (no extraHeaders in Firefox) and from document.cookie', () => {
    const c = (name: string) => report.cookies.find((x) => x.name === name);
    expect(c('ent_prefs')).toMatchObject({ source: 'http', declaredLifetimeDays: 730, storedLifetimeDays: 400 });
    expect(c('_ga')).toMatchObject({ source: 'script', declaredLifetimeDays: 730, storedLifetimeDays: 400 });
    expect(c('oneSessionId')).toMatchObject({ session: true, party: 'first' });
  });

  it('finds the footer links, the one in the shadow root included', () => {
    expect(report.links.filter((l) => l.inFooter).map((l) => l.category)).toEqual(expect.arrayContaining(['privacy', 'legal', 'cookies']));
  });

  it('lists the storage keys the pages used, the embedded frame\'s included (the probe\'s storage signal works in Firefox)', () => {
    const keys = report.storage.map((s) => `${s.area} ${s.origin} ${s.key}`);
    expect(keys).toEqual(expect.arrayContaining(['localStorage https://ent.lycee-demo.fr ent.theme', 'localStorage https://video.tube-demo.com tube-player-id']));
  });

  it('says in the report what Firefox does differently', () => {
    expect(report.notes.join('\n')).toMatch(/Firefox : les cookies tiers sont partitionnés/);
    expect(report.notes.join('\n')).not.toMatch(/Set-Cookie invisibles/);
  });

  it('judges the rules as in Chromium', () => {
    expect(report.findings.find((f) => f.rule === 'cookies.audience-lifetime' && f.subject?.startsWith('_ga'))?.status).toBe('fail');
  });
});
