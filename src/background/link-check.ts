/**
 * Footer-link checker. For the categorised footer links of a page (privacy,
 * legal, cookies, terms, accessibility), fetches each once per audit to say
 * whether it answers (a 4xx/5xx link is dead) and, for privacy and cookie
 * links, reads the page it leads to as a notice (a PDF is reported as such).
 *
 * The request is a plain GET **without cookies** (`credentials: 'omit'`): the
 * kit requires the notice to be readable before logging in, no session of
 * the user is sent, and no cookie the answer sets enters the browser or the
 * audit. These are the only requests the extension itself makes: to pages the
 * audited site links to, as a click would, on the audited site or a host the
 * audit saw (never an IP address, a private or loopback name, or another
 * port), each answer read only up to a size cap and keyed by its exact
 * address.
 */
import { analyseNotice } from '../audit/notice.ts';
import { htmlToText } from '../audit/html-text.ts';
import { MAX_HTML_CHARS } from '../shared/limits.ts';
import { noticeKind, type LinkCategory } from '../audit/links.ts';
import type { LinkCheck } from '../shared/inventory.ts';
import type { PageScan } from '../shared/messages.ts';
import type { InventoryStore } from './store.ts';
import { linksToCheck, publicWebUrl, recordLinkCheck } from './record.ts';

const TIMEOUT_MS = 10_000;
const CONCURRENCY = 3;

/** The first `max` bytes of a body, streamed: a huge or decompression-bomb answer is cut, not held whole. */
export async function readCapped(res: Response, max: number): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    while (bytes < max) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value.byteLength + bytes > max ? value.subarray(0, max - bytes) : value;
      bytes += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text + decoder.decode();
}

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** Fetches one link and says what it found. Never throws. */
export async function checkLink(url: string, category: LinkCategory, fetcher: Fetcher, now: () => number = Date.now, timeoutMs = TIMEOUT_MS): Promise<LinkCheck> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetcher(url, { credentials: 'omit', redirect: 'follow', cache: 'no-store', signal: ctrl.signal });
    // Redirected to a loopback or private address, an IP or another port: nothing of it is read.
    if (res.url && !publicWebUrl(res.url)) {
      await res.body?.cancel().catch(() => undefined);
      return { status: res.status, error: 'redirected-to-a-private-address', format: 'other', category, checkedAt: now() };
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    const format: LinkCheck['format'] = type.includes('pdf') || /\.pdf$/i.test(new URL(res.url || url).pathname) ? 'pdf' : type.includes('html') ? 'html' : 'other';
    const check: LinkCheck = { status: res.status, format, category, checkedAt: now() };
    const kind = noticeKind(category);
    if (res.ok && format === 'html' && kind) {
      const html = (await readCapped(res, MAX_HTML_CHARS)).slice(0, MAX_HTML_CHARS);
      // A notice behind a login wall answers with a login form: that is the finding, not the form's text.
      if (/<input\b[^>]*\btype\s*=\s*["']?password/i.test(html)) check.loginRequired = true;
      else check.notice = { kind, analysis: analyseNotice(htmlToText(html)) };
    } else {
      await res.body?.cancel().catch(() => undefined);
    }
    return check;
  } catch (e) {
    return { status: null, error: ctrl.signal.aborted ? 'timeout' : String((e as Error).message ?? e).slice(0, 120), format: 'other', category, checkedAt: now() };
  } finally {
    clearTimeout(timer);
  }
}

export class LinkChecker {
  /** Masked URLs being fetched, per tab: a page is scanned twice (at load and a little later). */
  private inFlight = new Map<number, Set<string>>();

  constructor(
    private readonly store: InventoryStore,
    private readonly fetcher: Fetcher = (u, i) => fetch(u, i),
  ) {}

  pendingFor(tabId: number): number {
    return this.inFlight.get(tabId)?.size ?? 0;
  }

  /** Checks the new footer links of a top-frame scan (raw URLs stay in memory; results are stored by masked URL). */
  async enqueue(tabId: number, links: PageScan['links']): Promise<void> {
    const inv = await this.store.get(tabId);
    if (!inv) return;
    const flying = this.inFlight.get(tabId) ?? new Set<string>();
    this.inFlight.set(tabId, flying);
    const todo = linksToCheck(inv, links).filter((l) => !flying.has(l.key));
    if (!todo.length) return;
    for (const l of todo) flying.add(l.key);
    const run = async () => {
      for (let next = todo.shift(); next; next = todo.shift()) {
        const check = await checkLink(next.url, next.category, this.fetcher);
        const key = next.key;
        await this.store.update(tabId, (cur) => {
          if (cur) recordLinkCheck(cur, key, check);
        });
        flying.delete(key);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, todo.length) }, run));
  }
}
