/**
 * Drives the real extension loaded in Chromium: opens the audited page in a
 * tab the extension knows, waits until the collectors are quiet, and asks
 * the extension for its report through the same message contract as the
 * popup. Used by the command line and by the end-to-end tests.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { ask, auditSettled, type AuditStatus, type Reply, type ViewMessage } from '../shared/messages.ts';
import type { Report, ReportVisitWatch } from '../report/types.ts';
import { maskUrl } from '../audit/mask-url.ts';
import { extensionLoadedIn } from './chromium.ts';
import { stillBusy } from '../shared/page-schedule.ts';

export interface ExtensionHandle {
  id: string;
  /** An extension page used to talk to the background worker. */
  page: Page;
  /** A question to the worker, its answer typed (shared/messages.ts ask: the popup's path too). */
  ask<M extends ViewMessage>(message: M): Promise<Reply<M>>;
  /** Any message, untyped: for tests that check what the worker refuses. */
  send<T = unknown>(msg: ViewMessage | { type: string; [k: string]: unknown }): Promise<T>;
  openTab(url: string): Promise<{ tabId: number; page: Page }>;
}

/** Témoin's id: the one the browser gave when it loaded it, else its worker's (the only extension of its profile). */
export async function extensionId(context: BrowserContext, timeoutMs = 15_000): Promise<string> {
  const known = extensionLoadedIn(context);
  if (known) return known;
  const sw =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: timeoutMs }));
  return new URL(sw.url()).host;
}

/** The pages already used to talk to a worker: a second connect opens its own. */
const talking = new WeakSet<Page>();

/**
 * Connects to the extension in `context`; unless `observe` is false, starts
 * an observation of every tab first (no tab given: this browser exists only
 * to audit, every page it opens is observed).
 */
export async function connect(context: BrowserContext, { observe = true }: { observe?: boolean } = {}): Promise<ExtensionHandle> {
  const id = await extensionId(context);
  // The blank tab Chromium opens with a new profile serves, rather than a new one (about 0.3 s).
  const blank = context.pages().find((p) => p.url() === 'about:blank' && !talking.has(p));
  const page = blank ?? (await context.newPage());
  talking.add(page);
  // An extension page with nothing to render (public/cli.html): the popup would load its interface for nothing (about 0.5 s).
  await page.goto(`chrome-extension://${id}/cli.html`);
  const send = async <T>(msg: unknown): Promise<T> => {
    // The worker may be stopped or restarting: sendMessage wakes it; retry a few times.
    let last: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        return (await page.evaluate((m) => chrome.runtime.sendMessage(m), msg)) as T;
      } catch (e) {
        last = e;
        await page.waitForTimeout(200 * (attempt + 1));
      }
    }
    throw last;
  };
  // The worker exists, but has it run its top-level code (which registers the webRequest and
  // cookies listeners)? A reply proves it did, and that the browser knows those listeners: a
  // navigation started before that would go unseen.
  await untilReady(send);
  if (observe) {
    const r = await ask(send, { type: 'start-observing' });
    if (!r.ok) throw new Error(`L'extension n'a pas pu commencer l'observation / the extension could not start observing (${r.error})`);
  }
  const openTab = async (url: string) => {
    const pagePromise = context.waitForEvent('page');
    const tabId = await page.evaluate(async (u) => (await chrome.tabs.create({ url: u, active: true })).id!, url);
    const tabPage = await pagePromise;
    watchNavigationFailures(tabPage);
    return { tabId, page: tabPage };
  };
  return { id, page, send, ask: (message) => ask(send, message), openTab };
}

const navigationErrors = new WeakMap<Page, string>();

/** Remembers why the top-level document failed to load (DNS, TLS, refused…), for a clear message. */
function watchNavigationFailures(page: Page): void {
  page.on('requestfailed', (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) navigationErrors.set(page, req.failure()?.errorText ?? 'unknown error');
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith('chrome-error://')) navigationErrors.delete(page);
  });
}

export class PageLoadError extends Error {}

/**
 * How long a page is watched after its load event on its first visit: some
 * tags wait a few seconds before they set their cookies or send their first
 * hit. Stated in the report's environment (`observationWindowMs`).
 */
export const OBSERVATION_WINDOW_MS = 2500;

/**
 * However little a page has scheduled, it is watched this long after its load
 * event (a tag may start from a callback no probe sees). Stated in the
 * report's environment (`minimumObservationMs`).
 */
export const MIN_OBSERVATION_MS = 1000;

/** Nothing recorded for this long, and nothing scheduled (no request in flight, no scan of ours to come): enough quiet to end before the window. */
const CALM_QUIET_MS = 300;
/** Answers in a row saying nothing is scheduled before a visit ends early (a timer may have just run and set another). */
const CALM_ANSWERS = 2;
const POLL_MS = 100;

/** How a visit's observation ended, for the report's environment. */
export interface VisitWatch {
  /** ms watched after the load event. */
  watchedMs: number;
  /** The window the visit had. */
  windowMs: number;
  /** As the report says it (ReportVisitWatch), or `enough`: the caller had what it waited for (a scenario's banner to click). */
  ended: ReportVisitWatch['ended'] | 'enough';
}

/**
 * Waits until the page has loaded, its content script has scanned it, no
 * collector has recorded anything for `quietMs`, and its window after the
 * load event (`windowMs`, OBSERVATION_WINDOW_MS by default) has passed; or,
 * once MIN_OBSERVATION_MS have passed and nothing was recorded for
 * CALM_QUIET_MS, sooner when the page has nothing scheduled within the rest of its
 * window (nor within `quietMs`): every frame answered, no timer due, no
 * request in flight, no scan of ours to come (shared/page-schedule.ts).
 *
 * `enoughWhen`: the window may end as soon as this holds of the status (a
 * scenario's first visit only needs the banner it will click) and nothing was
 * recorded for CALM_QUIET_MS. `onWatched` hears how the observation ended.
 */
export async function waitForSettle(ext: ExtensionHandle, tabId: number, page: Page, opts: { expectedPages: number; quietMs?: number; timeoutMs?: number; windowMs?: number; enoughWhen?: (s: AuditStatus) => boolean; onWatched?: (w: VisitWatch) => void }): Promise<AuditStatus> {
  const quietMs = opts.quietMs ?? 1000;
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  await page.waitForLoadState('load', { timeout: Math.max(1000, deadline - Date.now()) }).catch(() => undefined);
  const loadedAt = Date.now();
  const windowMs = opts.windowMs ?? OBSERVATION_WINDOW_MS;
  const watchUntil = loadedAt + windowMs;
  const floorUntil = loadedAt + Math.min(windowMs, MIN_OBSERVATION_MS);
  if (navigationErrors.has(page) || page.url().startsWith('chrome-error://')) {
    // The navigation may fail before the page object exists: Chromium's error page names the cause.
    const fromErrorPage = await page
      .evaluate(() => /\bERR_[A-Z_]+/.exec(document.body?.innerText ?? '')?.[0] ?? null)
      .catch(() => null);
    const cause = navigationErrors.get(page) ?? fromErrorPage ?? 'erreur réseau / network error';
    throw new PageLoadError(`La page n'a pas pu être chargée / the page could not be loaded (${cause})`);
  }
  const end = (status: AuditStatus, ended: VisitWatch['ended']) => {
    opts.onWatched?.({ watchedMs: Date.now() - loadedAt, windowMs, ended });
    return status;
  };
  let calm = 0;
  let status: AuditStatus | null = null;
  while (Date.now() < deadline) {
    const r = await ext.ask({ type: 'get-status', tabId });
    if (!r.ok) throw new Error(`L'extension ne dit pas où en est l'audit / no audit status from the extension (${r.error})`);
    status = r.status;
    const now = Date.now();
    if (now >= watchUntil && auditSettled(status, opts.expectedPages, now, quietMs)) return end(status, 'window');
    if (opts.enoughWhen?.(status) && auditSettled(status, opts.expectedPages, now, CALM_QUIET_MS)) return end(status, 'enough');
    // Asked from just before the minimum, so that the last answer needed comes as it ends.
    if (now >= floorUntil - POLL_MS * (CALM_ANSWERS - 1) && auditSettled(status, opts.expectedPages, now, CALM_QUIET_MS)) {
      const s = await ext.ask({ type: 'get-page-schedule', tabId });
      calm = s.ok && stillBusy(s.schedule, Math.max(watchUntil, now + quietMs) - Date.now()) === null ? calm + 1 : 0;
      if (calm >= CALM_ANSWERS && Date.now() >= floorUntil) return end(status, 'nothing-scheduled');
    } else calm = 0;
    await page.waitForTimeout(POLL_MS);
  }
  if (!status || status.pages === 0) {
    const where = maskUrl(page.url());
    throw new Error(`Aucune page enregistrée par l'extension en ${Math.round((opts.timeoutMs ?? 30_000) / 1000)} s (onglet sur ${where}) / the extension recorded no page`);
  }
  return end(status, 'timeout'); // the page kept talking: report what was seen
}

export async function getReport(ext: ExtensionHandle, tabId: number): Promise<Report> {
  const r = await ext.ask({ type: 'get-report', tabId });
  if (!r.ok) throw new Error(`L'extension n'a pas produit de rapport / no report from the extension (${r.error})`);
  return r.report;
}

async function untilReady(send: <T>(msg: unknown) => Promise<T>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await send<{ ok?: boolean } | undefined>({ type: 'get-status', tabId: 0 }).catch(() => undefined);
    if (r?.ok) return;
    if (Date.now() > deadline) throw new Error("Le service worker de l'extension ne répond pas / the extension's service worker does not answer");
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** Closes the worker's DevTools target, as Chromium does when it stops an idle worker. */
export async function killServiceWorker(context: BrowserContext, page: Page, extId: string): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extId}/`));
    if (!sw) return false;
    await cdp.send('Target.closeTarget', { targetId: sw.targetId });
    return true;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
