/**
 * End-to-end harness: the demo ENT on loopback, and real Chromium with the
 * built extension, reaching the demo under its real-looking host names.
 */
import type { BrowserContext } from 'playwright-core';
import { DIST } from '../../src/cli/build.ts';
import { launchWithExtension, sandboxUsable, type ExtensionLoading, type LaunchedBrowser } from '../../src/cli/chromium.ts';
import { connect, getReport, waitForSettle, type ExtensionHandle } from '../../src/cli/driver.ts';
import { startDemoEnt, type DemoServer } from '../../src/demo-ent/server.ts';
import type { Sites } from '../../src/demo-ent/https-sites.ts';
import type { Report } from '../../src/report/types.ts';
import { startFixtureSites } from '../fixtures/sites.ts';

export interface Harness {
  demo: DemoServer;
  browser: LaunchedBrowser;
  context: BrowserContext;
  ext: ExtensionHandle;
  close(): Promise<void>;
}

/** The command line's flag that accepts running without Chromium's sandbox, where it cannot run (as root, as CI does). */
export const SANDBOX_FLAGS: string[] = sandboxUsable() ? [] : ['--no-sandbox'];

export function demoBrowserArgs(...sites: Sites[]): string[] {
  return [`--host-resolver-rules=${sites.map((s) => s.resolverRule).join(', ')}`, '--ignore-certificate-errors'];
}

/** The demo ENT (and any other fixture sites) and Chromium with the extension, reaching them all. */
export async function startHarness(...extraSites: Sites[]): Promise<Harness> {
  return startHarnessLoading(undefined, ...extraSites);
}

/** The same, the extension loaded one given way (default: the command line's). */
export async function startHarnessLoading(loading: ExtensionLoading | undefined, ...extraSites: Sites[]): Promise<Harness> {
  const demo = await startDemoEnt();
  const browser = await launchWithExtension({ extensionDir: DIST, extraArgs: demoBrowserArgs(demo, ...extraSites), sandbox: sandboxUsable(), loading });
  const ext = await connect(browser.context);
  return {
    demo,
    browser,
    context: browser.context,
    ext,
    close: async () => {
      await browser.close();
      await demo.close();
    },
  };
}

/** The harness with the fixture sites of test/fixtures/sites.ts too (`sites`); closing it closes them. */
export type FixtureHarness = Harness & { sites: Sites };
export async function startFixtureHarness(): Promise<FixtureHarness> {
  const sites = await startFixtureSites();
  const h = await startHarness(sites);
  return {
    ...h,
    sites,
    close: async () => {
      await h.close();
      await sites.close();
    },
  };
}

/** Every cookie value in the browser and every value the servers issued: none may appear in a report. */
export async function secretValues(h: Harness, ...sites: Sites[]): Promise<string[]> {
  const inBrowser = (await h.context.cookies()).map((c) => c.value);
  const issued = [h.demo, ...sites].flatMap((s) => [...s.issuedValues]);
  return [...new Set([...inBrowser, ...issued])].filter((v) => v.length >= 8);
}

/** Visits a page, lets it settle, reloads it once (as the command line does) and returns the report. */
export async function auditTwice(h: Harness, url: string): Promise<Report> {
  const { tabId, page } = await h.ext.openTab(url);
  await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
  await page.reload();
  await waitForSettle(h.ext, tabId, page, { expectedPages: 2 });
  const report = await getReport(h.ext, tabId);
  await page.close();
  return report;
}

export function cookieOf(report: Report, name: string) {
  const c = report.cookies.find((x) => x.name === name);
  if (!c) throw new Error(`cookie ${name} not in report (${report.cookies.map((x) => x.name).join(', ')})`);
  return c;
}
