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
import type { Observation } from './observation.ts';
import { recordNavigation, recordRequest, recordSetCookieHeaders } from './record.ts';
import { KNOWLEDGE } from '../knowledge/index.ts';
import { extraHeadersSupported } from './capabilities.ts';
import { OBSERVED_PAGES } from '../content/registered.ts';

const MAX_BODY_BYTES = 64 * 1024;
const decoder = new TextDecoder();

/** The first 64 KB of a request body, as text (analytics hits are JSON or form-encoded). */
function bodyText(d: WebRequest.OnBeforeRequestDetailsType): string | null {
  const rb = d.requestBody;
  if (!rb) return null;
  if (rb.formData) {
    const form = rb.formData as unknown as Record<string, string[]>;
    return new URLSearchParams(Object.entries(form).flatMap(([k, vs]) => vs.map((v) => [k, String(v)] as [string, string]))).toString().slice(0, MAX_BODY_BYTES);
  }
  const first = rb.raw?.find((p) => p.bytes)?.bytes as ArrayBuffer | undefined;
  return first ? decoder.decode(first.slice(0, MAX_BODY_BYTES)) : null;
}

/** Records only while the user observes, and only for the tabs under audit (observation.ts). */
export function registerWebRequest(store: InventoryStore, observation: Pick<Observation, 'ifObserving'>): void {
  const filter = { urls: [...OBSERVED_PAGES] };

  browser.webRequest.onBeforeRequest.addListener(
    (d) => {
      if (d.tabId < 0 || d.type === 'main_frame') return undefined;
      // When it happened, not when the queue gets to it: the "before consent" boundary depends on it.
      const now = Date.now();
      observation.ifObserving(() => {
        const body = d.method === 'GET' ? null : bodyText(d);
        void store.update(d.tabId, (inv) => {
          if (inv) recordRequest(inv, d.url, d.type, now, body, KNOWLEDGE.observedKeys);
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
      if (d.tabId < 0) return undefined;
      const now = Date.now();
      const lines = (d.responseHeaders ?? [])
        .filter((h) => h.name.toLowerCase() === 'set-cookie' && typeof h.value === 'string')
        // Firefox joins several Set-Cookie headers with newlines in one entry.
        .flatMap((h) => h.value!.split('\n'))
        .filter((l) => l.trim());
      const isRedirect = d.statusCode >= 300 && d.statusCode < 400;
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
