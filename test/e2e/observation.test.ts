/**
 * Observation, as a user meets it: the extension freshly installed observes
 * nothing (no script in any page, nothing recorded); "Auditer cet onglet" in
 * the popup starts observing and reloads the page, whose audit is then
 * complete (the scripts registered at that moment ran in the reloaded
 * page); "Arrêter l'observation" removes them again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../../src/cli/build.ts';
import { launchWithExtension, sandboxUsable, type LaunchedBrowser } from '../../src/cli/chromium.ts';
import { connect, getReport, type ExtensionHandle } from '../../src/cli/driver.ts';
import { DEMO_HOME, DEMO_LOGIN, startDemoEnt, type DemoServer } from '../../src/demo-ent/server.ts';
import type { AuditStatus } from '../../src/shared/messages.ts';
import { demoBrowserArgs } from './harness.ts';

let demo: DemoServer;
let browser: LaunchedBrowser;
let ext: ExtensionHandle;

beforeAll(async () => {
  demo = await startDemoEnt();
  browser = await launchWithExtension({ extensionDir: DIST, extraArgs: demoBrowserArgs(demo), sandbox: sandboxUsable() });
  ext = await connect(browser.context, { observe: false });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const statusOf = async (tabId: number) => (await ext.send<{ ok: true; status: AuditStatus }>({ type: 'get-status', tabId })).status;
const badge = () => ext.page.evaluate(() => chrome.action.getBadgeText({}));
const registered = () => ext.page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());
/** Whether the probe hooked document.cookie in this page (our only change to a page's own world). */
const probed = (page: Page) => page.evaluate(() => !/\[native code\]/.test(String(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')?.set)));

describe('observation', () => {
  let tabId: number;
  let page: Page;
  let popup: Page;

  it('observes nothing once installed: no script in the page, nothing recorded, and the popup says so', async () => {
    ({ tabId, page } = await ext.openTab(DEMO_HOME));
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500); // time for a scan at the first idle moment, had there been one
    expect(await probed(page)).toBe(false);
    expect(await registered()).toEqual([]);
    await expect.poll(badge).toBe('');
    expect(await statusOf(tabId)).toMatchObject({ observing: false, observingSince: null, pages: 0, scannedPages: 0, cookies: 0 });
    expect(await page.evaluate(() => document.cookie)).toMatch(/_ga=/); // the page did set its cookies: they went unrecorded

    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('#start-observing').waitFor();
    expect(await popup.locator('#site-access').count()).toBe(0); // Chromium grants the manifest's host access at install
    expect(await popup.locator('#observation-state').textContent()).toMatch(/^(Témoin n'observe pas|Témoin is not observing):/); // the browser's language
    expect(await popup.locator('#no-audit').textContent()).toMatch(/^(Aucun audit pour cet onglet|No audit for this tab)\./);
  });

  it('audits the tab from the popup: observation started, page reloaded, and its audit complete from its first request', async () => {
    const reloaded = page.waitForEvent('load');
    await popup.locator('#start-observing').click();
    await reloaded;
    await popup.locator('#site').waitFor({ timeout: 30_000 });
    expect(await popup.locator('#observation-state').textContent()).toMatch(/^(Observation en cours depuis|Observing since) \d\d:\d\d ?:/);
    expect(await registered()).toEqual(['temoin-every-frame', 'temoin-probe', 'temoin-top-frame']);
    await expect.poll(badge).toBe('●'); // the toolbar icon says Témoin observes
    expect(await probed(page)).toBe(true);
    const status = await statusOf(tabId);
    expect(status).toMatchObject({ observing: true, pages: 1 });
    expect(status.scannedPages).toBeGreaterThanOrEqual(1);
    const report = await getReport(ext, tabId);
    expect(report.pages.map((p) => p.url)).toEqual([DEMO_HOME]);
    // Each collector worked on the reloaded page: the probe (a script's cookie, its declared lifetime),
    // the headers (Set-Cookie), the page scan (footer links) and the storage reader (the embed's frame included).
    expect(report.cookies.find((c) => c.name === '_ga')).toMatchObject({ source: 'script', declaredLifetimeDays: 730 });
    expect(report.cookies.find((c) => c.name === 'ent_prefs')).toMatchObject({ source: 'http', declaredLifetimeDays: 730 });
    expect(report.links.filter((l) => l.inFooter).length).toBeGreaterThan(0);
    expect(report.storage.map((s) => s.origin)).toEqual(expect.arrayContaining(['https://ent.lycee-demo.fr', 'https://video.tube-demo.com']));
  });

  it('records nothing of a tab not under audit, which runs the scripts all the same, until it is audited too', async () => {
    const other = await ext.openTab(DEMO_LOGIN);
    await other.page.waitForLoadState('load');
    await other.page.waitForTimeout(1500); // time for its scan at the first idle moment: it is refused
    expect(await probed(other.page)).toBe(true); // a registration cannot name tabs
    expect(await statusOf(other.tabId)).toMatchObject({ observing: false, observationOn: true, pages: 0, scannedPages: 0, cookies: 0 });
    expect(await statusOf(tabId)).toMatchObject({ observing: true, observationOn: true });

    const otherPopup = await browser.context.newPage();
    await otherPopup.goto(`chrome-extension://${ext.id}/src/popup/index.html?tabId=${other.tabId}`);
    await otherPopup.locator('#stop-observing').waitFor();
    expect(await otherPopup.locator('#observation-state').textContent()).toMatch(/^(Cet onglet n'est pas audité|This tab is not audited)/);
    const reloaded = other.page.waitForEvent('load');
    await otherPopup.locator('#start-observing').click();
    await reloaded;
    await otherPopup.locator('#site').waitFor({ timeout: 30_000 });
    expect(await statusOf(other.tabId)).toMatchObject({ observing: true, pages: 1 });
    expect((await getReport(ext, other.tabId)).pages.map((p) => p.url)).toEqual([DEMO_LOGIN]);
    expect((await getReport(ext, tabId)).pages.map((p) => p.url)).toEqual([DEMO_HOME]); // each audit keeps to its tab
    await otherPopup.close();
    await other.page.close();
  });

  it('follows the user into a tab that a tab under audit opens (a service opened in a new tab), from its first request', async () => {
    // A link opening in a new tab, as an ENT opens its services (with and without an opener).
    for (const rel of ['opener', 'noopener']) {
      await page.evaluate(([href, rel]) => {
        const a = Object.assign(document.createElement('a'), { href, target: '_blank', rel, id: `new-tab-${rel}`, textContent: 'Service' });
        document.body.prepend(a);
      }, [DEMO_LOGIN, rel] as const);
      await page.bringToFront(); // a user clicks in the tab shown (here, Chromium named as opener the tab shown, the popup's, until this)
      const opened = browser.context.waitForEvent('page');
      await page.click(`#new-tab-${rel}`);
      const newPage = await opened;
      await newPage.waitForLoadState('load');
      const newTab = await ext.page.evaluate(async (u) => (await chrome.tabs.query({ url: u })).map((t) => t.id!), DEMO_LOGIN);
      expect(newTab).toHaveLength(1);
      await expect.poll(async () => (await statusOf(newTab[0]!)).scannedPages, { timeout: 15_000 }).toBe(1);
      expect(await statusOf(newTab[0]!)).toMatchObject({ observing: true, pages: 1 });
      const report = await getReport(ext, newTab[0]!);
      expect(report.pages.map((p) => p.url)).toEqual([DEMO_LOGIN]);
      expect(report.cookies.length).toBeGreaterThan(0); // from its first response on
      await newPage.close();
    }
    expect(await statusOf(tabId)).toMatchObject({ observing: true, observationOn: true }); // other tabs under audit closed: it goes on
  });

  it('starts an audit afresh without replaying the one-time CAS ticket the address carries', async () => {
    const withTicket = `${DEMO_HOME}?ticket=ST-4242-demoTicketValue-cas`;
    const { tabId: t, page: p } = await ext.openTab(withTicket);
    await p.waitForLoadState('load');
    const loaded = p.waitForEvent('load');
    expect(await ext.send({ type: 'start-observing', tabId: t })).toEqual({ ok: true });
    await loaded;
    expect(p.url()).toBe(DEMO_HOME);
    await expect.poll(async () => (await statusOf(t)).scannedPages, { timeout: 15_000 }).toBe(1);
    expect((await getReport(ext, t)).pages.map((x) => x.url)).toEqual([DEMO_HOME]);
    await p.close();
  });

  it('stops observing from the popup: the scripts are removed and nothing more is recorded, while the audit made stays readable', async () => {
    await popup.locator('#stop-observing').click();
    await popup.locator('#start-observing').waitFor();
    expect(await registered()).toEqual([]);
    await expect.poll(badge).toBe('');
    expect(await statusOf(tabId)).toMatchObject({ observing: false, pages: 1 });
    await page.goto(DEMO_LOGIN);
    await page.waitForTimeout(1500);
    expect(await probed(page)).toBe(false);
    const report = await getReport(ext, tabId);
    expect(report.pages.map((p) => p.url)).toEqual([DEMO_HOME]);
  });

  it('stops by itself when the last tab under audit closes', async () => {
    const { tabId: last, page: lastPage } = await ext.openTab(DEMO_HOME);
    await lastPage.waitForLoadState('load');
    const reloaded = lastPage.waitForEvent('load'); // as from its popup: the tab reloads (closing it mid-reload can hang Playwright)
    expect(await ext.send({ type: 'start-observing', tabId: last })).toEqual({ ok: true });
    await reloaded;
    await expect.poll(badge).toBe('●');
    expect(await registered()).toHaveLength(3);
    await lastPage.close();
    await expect.poll(badge).toBe('');
    expect(await registered()).toEqual([]);
    expect(await statusOf(tabId)).toMatchObject({ observing: false, observationOn: false });
  });
});
