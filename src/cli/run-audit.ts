/**
 * One audit, headless: Chromium with the real extension, the page visited,
 * left to settle, reloaded once (an expiry pushed forward on a second visit
 * is renewal), a PDF notice it found read here (the extension cannot read
 * PDFs), and the report taken from the extension itself. With
 * `screenshotPath`, the consent banner shown on the first visit is
 * photographed there as evidence.
 */
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './chromium.ts';
import type { BrowserContext } from 'playwright-core';
import { connect, getReport, MIN_OBSERVATION_MS, OBSERVATION_WINDOW_MS, waitForSettle, type ExtensionHandle, type VisitWatch } from './driver.ts';
import type { ReportVisitWatch } from '../report/types.ts';
import { isLoginEntry, isLogout, SESSION_LINK_SELECTOR } from '../audit/session-links.ts';
import { SESSION_LINK_MAX } from '../shared/limits.ts';
import { maskUrl } from '../audit/mask-url.ts';
import { readPdfNotices } from './pdf-notices.ts';
import type { Report } from '../report/types.ts';

/** The first line of why an audit failed: what a summary or a scenario reports. */
export const errorLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export type Progress = (step: 'launch' | 'visit' | 'revisit' | 'login' | 'pdf' | 'report', detail?: string) => void;

/**
 * The page's way to log in, read in the page as the scan reads it (same
 * candidates, same order, same test): its raw address stays in this process,
 * the report only ever holds it masked.
 */
async function loginHref(page: Page): Promise<string | null> {
  const found = await page
    .$$eval(SESSION_LINK_SELECTOR, (els, max) => els.slice(0, max).map((e) => ({ text: (e.textContent ?? '').replace(/\s+/g, ' ').trim() || e.getAttribute('aria-label') || e.getAttribute('title') || '', href: (e as HTMLAnchorElement).href ?? '' })), SESSION_LINK_MAX)
    .catch(() => []);
  const entry = found.find((e) => e.href && !isLogout(e.text, e.href) && isLoginEntry(e.text, e.href));
  return entry && /^https?:/i.test(entry.href) ? entry.href : null;
}

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

/**
 * One more visit: the login page the site links to. Its footer is judged like
 * any page's; an identity provider on another domain is kept in the same
 * audit. Should the visit fail or leave the audit, the report before it stands,
 * with a note.
 */
async function visitLogin(ext: ExtensionHandle, tabId: number, page: Page, before: Report, timeoutMs: number, progress: Progress, watched: (w: VisitWatch) => void): Promise<Report> {
  const href = await loginHref(page);
  if (!href) return before;
  progress('login', maskUrl(href));
  try {
    await page.goto(href, { timeout: timeoutMs / 2 });
    await waitForSettle(ext, tabId, page, { expectedPages: before.pages.length + 1, timeoutMs: timeoutMs / 2, onWatched: watched });
    const after = await getReport(ext, tabId);
    if (after.site === before.site && after.pages.length > before.pages.length) return after;
  } catch {
    /* the report before the visit stands */
  }
  before.notes.push(`Page de connexion non auditée : ${maskUrl(href)} n'a pas pu être visitée / login page not audited: it could not be visited`);
  return before;
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
  /** When the login page was not seen, visit the one the site links to (kit ENT §2.2); on by default. */
  followLogin?: boolean;
  /** Chromium's sandbox; on by default. */
  sandbox?: boolean;
  /** Run with the finished report while the browser still runs (the PDF is printed by it). */
  whileOpen?: (report: Report, context: BrowserContext) => Promise<void>;
  /**
   * Hears the browser's closing (about 0.1 s), which then runs while the caller writes its files; the caller
   * must await it before it ends. Unless given, the audit waits for it.
   */
  onClosing?: (closed: Promise<void>) => void;
}): Promise<Report> {
  const progress = opts.onProgress ?? (() => undefined);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  progress('launch');
  const browser = await launchWithExtension({ extensionDir: opts.extensionDir, extraArgs: opts.browserArgs ?? [], sandbox: opts.sandbox ?? true });
  const onAbort = () => void browser.close();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    opts.signal?.throwIfAborted();
    const ext = await connect(browser.context);
    progress('visit', opts.url);
    const { tabId, page } = await ext.openTab(opts.url);
    const visits: ReportVisitWatch[] = [];
    const watched = (step: ReportVisitWatch['step']) => (w: VisitWatch) => {
      if (w.ended !== 'enough') visits.push({ step, watchedMs: w.watchedMs, windowMs: w.windowMs, ended: w.ended });
    };
    await waitForSettle(ext, tabId, page, { expectedPages: 1, timeoutMs: timeoutMs / 2, onWatched: watched('first-visit') });
    const shot = opts.screenshotPath ? await screenshotBanner(page, await getReport(ext, tabId), opts.screenshotPath) : false;
    progress('revisit', opts.url);
    await page.reload({ timeout: timeoutMs / 2 }).catch(() => undefined);
    // The same page again, for renewals: its delayed tags were already watched for on the first visit.
    await waitForSettle(ext, tabId, page, { expectedPages: 2, timeoutMs: timeoutMs / 2, windowMs: 0, onWatched: watched('revisit') });
    let report = await getReport(ext, tabId);
    if (opts.followLogin !== false && !report.coverage?.login) report = await visitLogin(ext, tabId, page, report, timeoutMs, progress, watched('login'));
    if (report.notices.some((n) => n.format === 'pdf' && !n.pdfRead)) {
      progress('pdf');
      report = await readPdfNotices(ext, tabId, report, timeoutMs / 3);
    }
    progress('report');
    report.environment.collectedBy = 'cli';
    report.environment.browser = browser.environment;
    report.environment.minimumObservationMs = MIN_OBSERVATION_MS;
    report.environment.observationWindowMs = OBSERVATION_WINDOW_MS;
    report.environment.visits = visits;
    if (shot && report.banner) report.banner.screenshot = basename(opts.screenshotPath!);
    await opts.whileOpen?.(report, browser.context);
    return report;
  } catch (e) {
    if (opts.signal?.aborted) throw opts.signal.reason instanceof Error ? opts.signal.reason : new Error(String(opts.signal.reason));
    throw e;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    const closed = browser.close();
    if (opts.onClosing) opts.onClosing(closed);
    else await closed;
  }
}
