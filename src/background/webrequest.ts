/**
 * Network collector: every request of a tab (hosts, counts), top-level
 * navigations, and the Set-Cookie headers of every response, which carry the
 * lifetime the site asked for before the browser caps it at 400 days.
 * Chromium hides Set-Cookie unless 'extraHeaders' is requested; Firefox shows
 * it without (and has no such option): feature-detected.
 */
import browser from '../shared/browser.ts';
import type { WebRequest } from 'webextension-polyfill';
import type { InventoryStore } from './store.ts';
import type { Inventory } from '../shared/inventory.ts';
import type { Observation } from './observation.ts';
import type { RequestsInFlight } from './in-flight.ts';
import { recordNavigation, recordRequest, recordSetCookieHeaders } from './record.ts';
import { KNOWLEDGE } from '../knowledge/index.ts';
import { extraHeadersSupported } from './capabilities.ts';
import { OBSERVED_PAGES } from '../content/registered.ts';
import { hostOf } from '../audit/url.ts';
import { siteOf } from '../audit/party.ts';
import { MAX_LINK_BODY_BYTES } from '../shared/limits.ts';

const decoder = new TextDecoder();

/** The first 64 KB of a request body, as text (analytics hits are JSON or form-encoded). */
function bodyText(d: WebRequest.OnBeforeRequestDetailsType): string | null {
  const rb = d.requestBody;
  if (!rb) return null;
  if (rb.formData) {
    const form = rb.formData as unknown as Record<string, string[]>;
    return new URLSearchParams(Object.entries(form).flatMap(([k, vs]) => vs.map((v) => [k, String(v)] as [string, string]))).toString().slice(0, MAX_LINK_BODY_BYTES);
  }
  const first = rb.raw?.find((p) => p.bytes)?.bytes as ArrayBuffer | undefined;
  return first ? decoder.decode(first.slice(0, MAX_LINK_BODY_BYTES)) : null;
}

/**
 * When the browser saw the event (`timeStamp`), not when the worker got to
 * it: a busy worker must not move a tracker past the first interaction. Never
 * later than now.
 */
export function eventTime(timeStamp: unknown, now = Date.now()): number {
  return typeof timeStamp === 'number' && Number.isFinite(timeStamp) && timeStamp <= now && now - timeStamp < 3_600_000 ? Math.floor(timeStamp) : now;
}

/**
 * The site a request with no tab came from: a page's service worker or
 * shared worker (tabId -1) works for the page's origin (Chromium: initiator;
 * Firefox: originUrl / documentUrl).
 */
export function workerSite(d: { initiator?: string; originUrl?: string; documentUrl?: string }): string | null {
  const from = d.initiator ?? d.originUrl ?? d.documentUrl;
  const host = from ? hostOf(from) : '';
  return host ? siteOf(host) : null;
}

type WithInitiator = { initiator?: string; originUrl?: string; documentUrl?: string };

/**
 * Records only while the user observes, and only for the tabs under audit (observation.ts); counts
 * those tabs' requests in flight (in-flight.ts).
 */
export function registerWebRequest(store: InventoryStore, observation: Pick<Observation, 'ifObserving' | 'covers'>, inFlight: RequestsInFlight): void {
  // WebSockets too (ws:, wss:): a tracker can talk through one.
  const filter = { urls: [...OBSERVED_PAGES, 'ws://*/*', 'wss://*/*'] };
  /** A worker's request (no tab): recorded in the audits of the site it works for. */
  const forWorker = (d: WithInitiator & { tabId: number }, record: (inv: Inventory) => void) => {
    const site = workerSite(d);
    if (!site) return;
    observation.ifObserving(() => void store.updateAll((inv) => inv.site === site && observation.covers(inv.tabId), record));
  };

  const done = (d: { requestId: string }) => inFlight.end(d.requestId);
  browser.webRequest.onCompleted.addListener(done, filter);
  browser.webRequest.onErrorOccurred.addListener(done, filter);
  browser.webRequest.onBeforeRequest.addListener(
    (d) => {
      if (d.tabId >= 0) observation.ifObserving(() => inFlight.start(d.tabId, d.requestId, d.type === 'main_frame'), d.tabId);
      if (d.type === 'main_frame') return undefined;
      // When it happened, not when the queue gets to it: the "before consent" boundary depends on it.
      const at = eventTime(d.timeStamp);
      const body = () => (d.method === 'GET' ? null : bodyText(d));
      if (d.tabId < 0) {
        forWorker(d as typeof d & WithInitiator, (inv) => recordRequest(inv, d.url, d.type, at, body(), KNOWLEDGE.observedKeys));
        return undefined;
      }
      observation.ifObserving(() => {
        const text = body();
        void store.update(d.tabId, (inv) => {
          if (inv) recordRequest(inv, d.url, d.type, at, text, KNOWLEDGE.observedKeys);
        });
      }, d.tabId);
      return undefined;
    },
    filter,
    ['requestBody'],
  );

  const spec: ('responseHeaders' | 'extraHeaders')[] = ['responseHeaders'];
  if (extraHeadersSupported()) spec.push('extraHeaders');
  browser.webRequest.onHeadersReceived.addListener(
    (d) => {
      const now = eventTime(d.timeStamp);
      const lines = (d.responseHeaders ?? [])
        .filter((h) => h.name.toLowerCase() === 'set-cookie' && typeof h.value === 'string')
        // Firefox joins several Set-Cookie headers with newlines in one entry.
        .flatMap((h) => h.value!.split('\n'))
        .filter((l) => l.trim());
      const isRedirect = d.statusCode >= 300 && d.statusCode < 400;
      if (d.tabId < 0) {
        if (lines.length) forWorker(d as typeof d & WithInitiator, (inv) => recordSetCookieHeaders(inv, d.url, lines, now));
        return undefined;
      }
      observation.ifObserving(
        () =>
          void store.update(d.tabId, (inv) => {
            let target = inv;
            if (d.type === 'main_frame') {
              if (!isRedirect) target = recordNavigation(inv, d.tabId, d.url, now);
              else if (!target) target = recordNavigation(null, d.tabId, d.url, now);
              if (target) recordRequest(target, d.url, d.type, now);
            }
            if (target && lines.length) recordSetCookieHeaders(target, d.url, lines, now);
            return target;
          }),
        d.tabId,
      );
      return undefined;
    },
    filter,
    spec,
  );
}
