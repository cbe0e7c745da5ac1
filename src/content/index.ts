/**
 * Isolated-world content script (document_start, every frame). Forwards the
 * probe's cookie writes, notes the first real user interaction (the "before
 * consent" boundary), and sends DOM scans once the page has loaded and again
 * a little later for late footers. It never clicks nor changes the page.
 *
 * Light on the page: scans wait for the first idle moment after load (by
 * then the page has laid itself out, so measuring links and banners does
 * not force a layout of our own), and an embedded frame only reads its
 * storage keys, twice, and says nothing when it has none.
 */
import type { BannerScan, CapturedCookieWrite } from '../shared/messages.ts';
import { PROBE_EVENT } from './probe-event.ts';
import { domSignature, indexedDbNames, scanDocument, scanFrameStorage } from './scan.ts';
import { detectBanner, manageEntries } from './banner.ts';
import { sendToWorker } from './runtime.ts';

const isTop = window === window.top;

let pending: CapturedCookieWrite[] = [];
let flushTimer: ReturnType<typeof setTimeout> | null = null;
const MAX_PENDING = 500;

document.addEventListener(PROBE_EVENT, (e) => {
  const detail = (e as CustomEvent<unknown>).detail;
  // A batch of writes from the probe (the page can forge this event too: the worker validates every write).
  if (typeof detail !== 'string' || detail.length > 1_000_000 || pending.length >= MAX_PENDING) return;
  try {
    const writes: unknown = JSON.parse(detail);
    if (!Array.isArray(writes)) return;
    pending.push(...(writes.slice(0, MAX_PENDING - pending.length) as CapturedCookieWrite[]));
  } catch {
    return;
  }
  flushTimer ??= setTimeout(() => {
    flushTimer = null;
    const writes = pending;
    pending = [];
    void sendToWorker({ type: 'script-cookies', writes });
  }, 100);
});

const onInteraction = (e: Event) => {
  if (!e.isTrusted) return;
  window.removeEventListener('pointerdown', onInteraction, true);
  window.removeEventListener('keydown', onInteraction, true);
  void sendToWorker({ type: 'user-interaction', at: Date.now() });
};
window.addEventListener('pointerdown', onInteraction, true);
window.addEventListener('keydown', onInteraction, true);

/** Runs `fn` at the page's next idle moment (at the latest after `timeoutMs`). */
const whenIdle = (fn: () => void, timeoutMs = 1000) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else setTimeout(fn, 50);
};

let bannerShown = false;
/** `banner`: already detected by the caller (the rescan that just found one), not looked for twice. */
const scanTop = async (banner?: BannerScan | null) => {
  try {
    const result = scanDocument();
    // Consent banners are the top page's (an embed's own banner is not the site's).
    result.banner = banner === undefined ? detectBanner() : banner;
    bannerShown = !!result.banner?.visible;
    result.manage = manageEntries(document, result.banner);
    result.storage.push(...(await indexedDbNames()));
    void sendToWorker({ type: 'page-scan', scan: result });
  } catch {
    /* a page that breaks the scanner must not break itself */
  }
};

/** An embedded frame's storage keys, sent when there are some and they changed since the last time. */
let frameSent = '';
const scanFrame = async () => {
  try {
    const result = scanFrameStorage();
    result.storage.push(...(await indexedDbNames()));
    const keys = JSON.stringify(result.storage);
    if (!result.storage.length || keys === frameSent) return;
    frameSent = keys;
    void sendToWorker({ type: 'page-scan', scan: result });
  } catch {
    /* idem */
  }
};

/**
 * Late footers and consent banners are rendered by scripts after load (a CMP
 * waits for its configuration, its language file, its CSS, then animates its
 * banner in by a class). For a while after load, a change to the document
 * triggers a rescan once it settles, if elements were added; while no
 * banner is shown yet, a change of classes or styles only makes it look for
 * a banner (cheaper), and rescan if one now shows. Bounded.
 */
const RESCAN = { windowMs: 8000, debounceMs: 400, max: 6, bannerLooks: 10, frameSecondLookMs: 4000 } as const;
const watchTop = () => {
  void scanTop();
  let before = domSignature();
  let rescans = 0;
  let looks = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const observer = new MutationObserver(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const now = domSignature();
      let found: BannerScan | null | undefined;
      if (now === before) {
        if (bannerShown || ++looks > RESCAN.bannerLooks) return;
        found = detectBanner();
        if (!found?.visible) return;
      }
      before = now;
      void scanTop(found);
      if (++rescans >= RESCAN.max) observer.disconnect();
    }, RESCAN.debounceMs);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'] });
  setTimeout(() => observer.disconnect(), RESCAN.windowMs);
};
/** Storage a frame writes a little after load (a player's settings, a widget's id) is caught by a second look. */
const watchFrame = () => {
  void scanFrame();
  setTimeout(() => whenIdle(() => void scanFrame()), RESCAN.frameSecondLookMs);
};

const afterLoad = () => whenIdle(isTop ? watchTop : watchFrame);
if (document.readyState === 'complete') afterLoad();
else window.addEventListener('load', afterLoad, { once: true });
