/**
 * End-to-end harness: the demo ENT on loopback, and real Chromium with the
 * built extension, reaching the demo under its real-looking host names.
 */
import type { BrowserContext } from 'playwright-core';
import { DIST } from '../../src/cli/build.ts';
import { launchWithExtension, type LaunchedBrowser } from '../../src/cli/chromium.ts';
import { connect, type ExtensionHandle } from '../../src/cli/driver.ts';
import { startDemoEnt, type DemoServer } from '../../src/demo-ent/server.ts';
import type { Report } from '../../src/report/types.ts';

export interface Harness {
  demo: DemoServer;
  browser: LaunchedBrowser;
  context: BrowserContext;
  ext: ExtensionHandle;
  close(): Promise<void>;
}

export function demoBrowserArgs(demo: DemoServer): string[] {
  return [`--host-resolver-rules=${demo.resolverRule}`, '--ignore-certificate-errors'];
}

export async function startHarness(): Promise<Harness> {
  const demo = await startDemoEnt();
  const browser = await launchWithExtension({ extensionDir: DIST, extraArgs: demoBrowserArgs(demo) });
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

/** Every cookie value in the browser and every value the server issued: none may appear in a report. */
export async function secretValues(h: Harness): Promise<string[]> {
  const inBrowser = (await h.context.cookies()).map((c) => c.value);
  return [...new Set([...inBrowser, ...h.demo.issuedValues])].filter((v) => v.length >= 8);
}

export function cookieOf(report: Report, name: string) {
  const c = report.cookies.find((x) => x.name === name);
  if (!c) throw new Error(`cookie ${name} not in report (${report.cookies.map((x) => x.name).join(', ')})`);
  return c;
}
