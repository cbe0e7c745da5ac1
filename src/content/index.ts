/**
 * Isolated-world content script (document_start, every frame). Forwards the
 * probe's cookie writes, notes the first real user interaction (the "before
 * consent" boundary), and sends DOM scans once the page has loaded and again
 * a little later for late footers. It never clicks nor changes the page.
 */
import browser from '../shared/browser.ts';
import type { BannerScan, ContentMessage, CapturedCookieWrite } from '../shared/messages.ts';
import { PROBE_EVENT } from './probe-event.ts';
import { domSignature, indexedDbNames, scanDocument, scanFrameStorage } from './scan.ts';
import { detectBanner, manageEntries } from './banner.ts';

const isTop = window === window.top;

const send = (m: ContentMessage) => browser.runtime.sendMessage(m).catch(() => undefined);

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

let bannerShown = false;
/** `banner`: already detected by the caller (the rescan that just found one), not looked for twice. */
const scan = async (banner?: BannerScan | null) => {
  try {
    const result = isTop ? scanDocument() : scanFrameStorage();
    if (isTop) {
      // Consent banners are the top page's (an embed's own banner is not the site's).
      result.banner = banner === undefined ? detectBanner() : banner;
      bannerShown = !!result.banner?.visible;
      result.manage = manageEntries(document, result.banner);
    }
    result.storage.push(...(await indexedDbNames()));
    void send({ type: 'page-scan', scan: result });
  } catch {
    /* a page that breaks the scanner must not break itself */
  }
};
/**
 * Late footers and consent banners are rendered by scripts after load (a CMP
 * waits for its configuration, its language file, its CSS, then animates its
 * banner in by a class). For a while after load, a change to the document
 * triggers a rescan once it settles, if elements were added; in the top
 * frame while no banner is shown yet, a change of classes or styles only
 * makes it look for a banner (cheaper), and rescan if one now shows. Bounded.
 */
const RESCAN = { windowMs: 8000, debounceMs: 400, max: 6, bannerLooks: 10 } as const;
const afterLoad = () => {
  void scan();
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
        if (!isTop || bannerShown || ++looks > RESCAN.bannerLooks) return;
        found = detectBanner();
        if (!found?.visible) return;
      }
      before = now;
      void scan(found);
      if (++rescans >= RESCAN.max) observer.disconnect();
    }, RESCAN.debounceMs);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, ...(isTop ? { attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'] } : {}) });
  setTimeout(() => observer.disconnect(), RESCAN.windowMs);
};
if (document.readyState === 'complete') afterLoad();
else window.addEventListener('load', afterLoad, { once: true });
