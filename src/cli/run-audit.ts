/**
 * One audit, headless: Chromium with the real extension, the page visited,
 * left to settle, reloaded once (an expiry pushed forward on a second visit
 * is renewal), and the report taken from the extension itself. With
 * `screenshotPath`, the consent banner shown on the first visit is
 * photographed there as evidence.
 */
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './chromium.ts';
import { connect, getReport, waitForSettle } from './driver.ts';
import type { Report } from '../report/types.ts';

/** The first line of why an audit failed: what a summary or a scenario reports. */
export const errorLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export type Progress = (step: 'launch' | 'visit' | 'revisit' | 'report', detail?: string) => void;

/** Photographs the banner the extension found; false when there is none to photograph or it failed. */
export async function screenshotBanner(page: Page, report: Report, path: string): Promise<boolean> {
  const sel = report.banner?.visible ? report.banner.selector : null;
  if (!sel) return false;
  try {
    await page.locator(sel).first().screenshot({ path, timeout: 5000, animations: 'disabled' });
    return true;
  } catch {
    return false;
  }
}

export async function runAudit(opts: {
  url: string;
  extensionDir: string;
  browserArgs?: string[];
  timeoutMs?: number;
  onProgress?: Progress;
  /** Aborting closes the browser: the audit then fails with the signal's reason. */
  signal?: AbortSignal;
  /** Where to write a PNG of the consent banner, if one is shown. */
  screenshotPath?: string;
}): Promise<Report> {
  const progress = opts.onProgress ?? (() => undefined);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  progress('launch');
  const browser = await launchWithExtension({ extensionDir: opts.extensionDir, extraArgs: opts.browserArgs ?? [] });
  const onAbort = () => void browser.close();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    opts.signal?.throwIfAborted();
    const ext = await connect(browser.context);
    progress('visit', opts.url);
    const { tabId, page } = await ext.openTab(opts.url);
    await waitForSettle(ext, tabId, page, { expectedPages: 1, timeoutMs: timeoutMs / 2 });
    const shot = opts.screenshotPath ? await screenshotBanner(page, await getReport(ext, tabId), opts.screenshotPath) : false;
    progress('revisit', opts.url);
    await page.reload({ timeout: timeoutMs / 2 }).catch(() => undefined);
    await waitForSettle(ext, tabId, page, { expectedPages: 2, timeoutMs: timeoutMs / 2 });
    progress('report');
    const report = await getReport(ext, tabId);
    report.environment.collectedBy = 'cli';
    report.environment.browser = browser.environment;
    if (shot && report.banner) report.banner.screenshot = basename(opts.screenshotPath!);
    return report;
  } catch (e) {
    if (opts.signal?.aborted) throw opts.signal.reason instanceof Error ? opts.signal.reason : new Error(String(opts.signal.reason));
    throw e;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await browser.close();
  }
}
