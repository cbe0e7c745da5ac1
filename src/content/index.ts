/**
 * Isolated-world content script (document_start, every frame). Forwards the
 * probe's cookie writes, notes the first real user interaction (the "before
 * consent" boundary), and sends DOM scans once the page has loaded and again
 * a little later for late footers. It never clicks nor changes the page.
 */
import browser from '../shared/browser.ts';
import type { ContentMessage, ScriptCookieWrite } from '../shared/messages.ts';
import { PROBE_EVENT } from './probe-event.ts';
import { domSignature, indexedDbNames, scanDocument } from './scan.ts';

const send = (m: ContentMessage) => browser.runtime.sendMessage(m).catch(() => undefined);

let pending: ScriptCookieWrite[] = [];
let flushTimer: ReturnType<typeof setTimeout> | null = null;
const MAX_PENDING = 500;

document.addEventListener(PROBE_EVENT, (e) => {
  const detail = (e as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string' || detail.length > 10_000 || pending.length >= MAX_PENDING) return;
  try {
    pending.push(JSON.parse(detail) as ScriptCookieWrite);
  } catch {
    return;
  }
  flushTimer ??= setTimeout(() => {
    flushTimer = null;
    const writes = pending;
    pending = [];
    void send({ type: 'script-cookies', writes });
  }, 100);
});

const onInteraction = (e: Event) => {
  if (!e.isTrusted) return;
  window.removeEventListener('pointerdown', onInteraction, true);
  window.removeEventListener('keydown', onInteraction, true);
  void send({ type: 'user-interaction', at: Date.now() });
};
window.addEventListener('pointerdown', onInteraction, true);
window.addEventListener('keydown', onInteraction, true);

const scan = async () => {
  try {
    const result = scanDocument();
    result.storage.push(...(await indexedDbNames()));
    void send({ type: 'page-scan', scan: result });
  } catch {
    /* a page that breaks the scanner must not break itself */
  }
};
const afterLoad = () => {
  void scan();
  const before = domSignature();
  // Late footers (rendered by scripts after load): scan again, only if the page changed.
  setTimeout(() => {
    if (domSignature() !== before) void scan();
  }, 1500);
};
if (document.readyState === 'complete') afterLoad();
else window.addEventListener('load', afterLoad, { once: true });
