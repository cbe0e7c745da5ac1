/**
 * Site access withheld, as a user does it: Chromium lets one restrict an
 * extension to the sites one picks (the extension's details, "Site access").
 * The setting is changed here as chrome://extensions changes it, through its
 * own developerPrivate API. With no access Témoin sees nothing and the popup
 * says so; with access to the audited site only, the site is audited, its
 * third parties are missing, and the report claims no absence it could not
 * observe; with access to all sites restored, the embed's third party is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../../src/cli/build.ts';
import { launchWithExtension, sandboxUsable, type LaunchedBrowser } from '../../src/cli/chromium.ts';
import { connect, getReport, waitForSettle, type ExtensionHandle } from '../../src/cli/driver.ts';
import { DEMO_HOME, startDemoEnt, type DemoServer } from '../../src/demo-ent/server.ts';
import type { AuditStatus } from '../../src/shared/messages.ts';
import type { Report } from '../../src/report/types.ts';
import { demoBrowserArgs } from './harness.ts';

const EMBED = 'https://video.tube-demo.com';
const ALERT = /^(Le navigateur ne donne pas à Témoin l'accès à tous les sites|The browser does not give Témoin access to all sites)\./;

let demo: DemoServer;
let browser: LaunchedBrowser;
let ext: ExtensionHandle;
let settings: Page;

type HostAccess = 'ON_CLICK' | 'ON_SPECIFIC_SITES' | 'ON_ALL_SITES';
interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; hostAccess: HostAccess }): Promise<void>;
  addHostPermission(extensionId: string, host: string): Promise<void>;
  getExtensionInfo(id: string): Promise<{ permissions: { runtimeHostPermissions?: { hostAccess: HostAccess; hosts: { host: string; granted: boolean }[] } } }>;
}

/** Changes Témoin's site access as the extension's details page does; returns the browser's reading of it. */
async function siteAccess(hostAccess: HostAccess, grantedSite?: string) {
  return settings.evaluate(
    async ([id, hostAccess, grantedSite]) => {
      const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await dp.updateExtensionConfiguration({ extensionId: id!, hostAccess: hostAccess as HostAccess });
      if (grantedSite) await dp.addHostPermission(id!, grantedSite);
      const runtime = (await dp.getExtensionInfo(id!)).permissions.runtimeHostPermissions;
      return { hostAccess: runtime?.hostAccess, granted: (runtime?.hosts ?? []).filter((h) => h.granted).map((h) => h.host) };
    },
    [ext.id, hostAccess, grantedSite] as const,
  );
}

const statusOf = async (tabId: number) => (await ext.send<{ ok: true; status: AuditStatus }>({ type: 'get-status', tabId })).status;

/** The popup of a tab, once it has read the observation state. */
async function popupOf(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html?tabId=${tabId}`);
  await popup.locator('#observation-state').waitFor();
  return popup;
}

async function auditOnce(): Promise<{ tabId: number; report: Report }> {
  const { tabId, page } = await ext.openTab(DEMO_HOME);
  await waitForSettle(ext, tabId, page, { expectedPages: 1 });
  return { tabId, report: await getReport(ext, tabId) };
}

beforeAll(async () => {
  demo = await startDemoEnt();
  browser = await launchWithExtension({ extensionDir: DIST, extraArgs: demoBrowserArgs(demo), sandbox: sandboxUsable() });
  ext = await connect(browser.context); // observing, as after "Auditer cet onglet"
  settings = await browser.context.newPage();
  await settings.goto('chrome://extensions/');
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('site access', () => {
  it('withheld on every site: the popup says so, and nothing is recorded although Témoin observes', async () => {
    expect(await siteAccess('ON_CLICK')).toEqual({ hostAccess: 'ON_CLICK', granted: [] });
    const { tabId, page } = await ext.openTab(DEMO_HOME);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500); // time for a scan at the first idle moment, had there been one
    expect(await page.evaluate(() => document.cookie)).toMatch(/_ga=/); // the page did run and set its cookies
    expect(await statusOf(tabId)).toMatchObject({ observing: true, pages: 0, cookies: 0 });
    const popup = await popupOf(tabId);
    await popup.locator('#site-access').waitFor();
    expect(await popup.locator('#site-access p').textContent()).toMatch(ALERT);
    expect(await popup.locator('#grant-site-access').count()).toBe(1);
    // The browser hides the tab's address from Témoin: the tab cannot be audited, and the popup says so.
    await popup.locator('#not-auditable').waitFor();
    expect(await popup.locator('#not-auditable').textContent()).toMatch(/^(Témoin ne peut pas auditer cet onglet|Témoin cannot audit this tab)/);
    await popup.close();
    await page.close();
  });

  it('granted on the audited site only: the site is audited, its third parties are not seen, and the report claims no absence', async () => {
    expect(await siteAccess('ON_CLICK', 'https://ent.lycee-demo.fr/*')).toEqual({ hostAccess: 'ON_SPECIFIC_SITES', granted: ['https://ent.lycee-demo.fr/*'] });
    const { tabId, report } = await auditOnce();
    expect(report.pages.map((p) => p.url)).toEqual([DEMO_HOME]);
    expect(report.cookies.find((c) => c.name === 'ent_prefs')).toMatchObject({ source: 'http', party: 'first' });
    expect(report.links.filter((l) => l.inFooter).length).toBeGreaterThan(0);
    // The embedded video's site is not granted: neither its storage nor its requests were seen.
    expect(report.storage.map((s) => s.origin)).not.toContain(EMBED);
    expect(report.thirdParties.map((h) => h.host)).not.toContain('video.tube-demo.com');

    expect(report.environment.siteAccess).toBe('restricted');
    expect(report.notes[0]).toMatch(/^Accès aux sites restreint par le navigateur/);
    expect(report.findings.filter((f) => /^(consent|cookies)\./.test(f.rule) && f.status === 'na')).toEqual([]);
    const madeManual = report.findings.filter((f) => f.evidence[0]?.startsWith('Accès aux sites restreint'));
    expect(madeManual.length).toBeGreaterThan(0);
    for (const f of madeManual) expect(f.status).toBe('manual');
    // What was seen still counts: the demo's _ga, written before any interaction, fails.
    expect(report.findings.find((f) => f.rule === 'consent.no-tracker-before-consent')?.status).toBe('fail');

    const popup = await popupOf(tabId);
    await popup.locator('#site-access').waitFor(); // access to all sites is still withheld
    await popup.close();
  });

  it('given back on all sites: no alert, and the embed and its third party are seen again', async () => {
    const access = await siteAccess('ON_ALL_SITES');
    expect(access.hostAccess).toBe('ON_ALL_SITES');
    const { tabId, report } = await auditOnce();
    expect(report.environment.siteAccess).toBe('all');
    expect(report.notes.filter((n) => n.startsWith('Accès aux sites restreint'))).toEqual([]);
    expect(report.storage.map((s) => s.origin)).toContain(EMBED);
    expect(report.thirdParties.map((h) => h.host)).toContain('video.tube-demo.com');
    const popup = await popupOf(tabId);
    await popup.locator('#site').waitFor();
    expect(await popup.locator('#site-access').count()).toBe(0);
    expect(await popup.locator('#not-auditable').count()).toBe(0);
    await popup.close();
  });
});
