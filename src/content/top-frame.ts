/**
 * Isolated-world content script of the top frame (document_start): scans the
 * page once it has loaded (title, login form, footer links, notice text, the
 * consent banner and the ways to change one's choice), and again while late
 * footers and banners render. It never clicks nor changes the page. What
 * every frame does (cookie writes, interaction, storage keys) is
 * every-frame.ts.
 *
 * Light on the page: scans wait for the first idle moment after load (by
 * then the page has laid itself out, so measuring links and banners does
 * not force a layout of our own).
 */
import type { BannerScan } from '../shared/messages.ts';
import { addsContent, scanDocument, sessionLinks } from './scan.ts';
import { detectBanner, manageEntries } from './banner.ts';
import { sendToWorker } from './runtime.ts';
import { whenIdle, whenLoaded } from './idle.ts';
import { linkCategory } from '../audit/links.ts';
import type { OpenStep } from '../shared/messages.ts';

/**
 * This document's times on the worker's clock (epoch ms): its navigation's start (now less the time
 * since then, which no sleep of the machine skews) and our script's first run, just after the
 * document arrived. The worker files each scan under the page visit between the two.
 */
const DOCUMENT = { navigationStart: Math.round(Date.now() - performance.now()), scriptStart: Date.now() };

let bannerShown = false;
/** `banner`: already detected by the caller (the rescan that just found one), not looked for twice. */
const scanTop = (banner?: BannerScan | null): BannerScan | null => {
  try {
    const result = scanDocument();
    // Consent banners are the top page's (an embed's own banner is not the site's).
    result.banner = banner === undefined ? detectBanner() : banner;
    bannerShown = !!result.banner?.visible;
    result.manage = manageEntries(document, result.banner);
    result.document = DOCUMENT;
    void sendToWorker({ type: 'page-scan', scan: result });
    return result.banner;
  } catch {
    /* a page that breaks the scanner must not break itself */
    return null;
  }
};

/**
 * Late footers and consent banners are rendered by scripts after load (a CMP
 * waits for its configuration, its language file, its CSS, then animates its
 * banner in by a class). For a while after load, a change to the document
 * triggers a rescan once it settles, if elements were added; while no
 * banner is shown yet, any other change (classes, styles, text, removals)
 * only makes it look for a banner (cheaper), and rescan if one now shows.
 * A banner that is there but not shown yet (fading in, its animation
 * delayed) is also looked at again on a clock: an animation changes no
 * attribute, so nothing would wake the observer when it ends. Bounded.
 */
const RESCAN = { windowMs: 8000, debounceMs: 400, max: 6, bannerLooks: 10, hiddenBannerLooksMs: [500, 1000, 2000, 4000] } as const;
const watchTop = () => {
  const started = Date.now();
  let added = false;
  let rescans = 0;
  let looks = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timedLooks = 0;
  let lookTimer: ReturnType<typeof setTimeout> | null = null;
  let lookDueAt = 0;
  const lookAgainLater = () => {
    if (bannerShown || lookTimer || timedLooks >= RESCAN.hiddenBannerLooksMs.length) return;
    const delay = RESCAN.hiddenBannerLooksMs[timedLooks++]!;
    if (Date.now() - started + delay > RESCAN.windowMs) return;
    lookDueAt = Date.now() + delay;
    lookTimer = setTimeout(() => {
      lookTimer = null;
      if (bannerShown) return;
      const found = detectBanner();
      if (found?.visible) scanTop(found);
      else if (found) lookAgainLater();
    }, delay);
  };
  /** Scans the page, and looks again later at a banner that is there but not shown yet. */
  const scanAndWatch = (banner?: BannerScan | null) => {
    const seen = scanTop(banner);
    if (seen && !seen.visible) lookAgainLater();
  };
  scanAndWatch();
  const observer = new MutationObserver((records) => {
    added ||= addsContent(records);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      let found: BannerScan | null | undefined;
      if (!added) {
        if (bannerShown || ++looks > RESCAN.bannerLooks) return;
        found = detectBanner();
        if (!found?.visible) {
          if (found) lookAgainLater();
          return;
        }
      }
      added = false;
      scanAndWatch(found);
      if (++rescans >= RESCAN.max) observer.disconnect();
    }, RESCAN.debounceMs);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'] });
  // A rescan that would look (elements added, or a banner not shown yet): now; a look at a hidden banner: when it is planned.
  scanDueInMs = () => (timer !== null && (added || (!bannerShown && looks < RESCAN.bannerLooks)) ? 0 : lookTimer !== null ? Math.max(0, lookDueAt - Date.now()) : null);
  setTimeout(() => {
    observer.disconnect();
    if (lookTimer) clearTimeout(lookTimer);
    // (Nothing of ours is to come any more: a look cancelled is not one planned.)
    lookTimer = null;
  }, RESCAN.windowMs);
};
/** In how many ms a scan of ours is to come, null if none (every-frame.ts adds it to the frame's answer); before the first, now. */
let scanDueInMs = (): number | null => 0;
(globalThis as { temoinScanDueInMs?: () => number | null }).temoinScanDueInMs = () => scanDueInMs();
whenLoaded(() => whenIdle(watchTop));

// The popup's "open what is missing" (the steps of an audit path): the page's own links, followed in
// this page (the popup runs this through scripting.executeScript in our isolated world; the page's
// scripts cannot see it). The addresses stay in the page: the report only holds them masked.
(globalThis as { temoinOpenStep?: (step: OpenStep) => boolean }).temoinOpenStep = (step) => {
  const go = (href: string | undefined) => {
    if (!href || !/^https?:/i.test(href)) return false;
    location.assign(href);
    return true;
  };
  if (step === 'revisit') {
    location.reload();
    return true;
  }
  if (step === 'home') return go(new URL('/', location.href).href);
  if (step === 'login') return go(sessionLinks(document).loginEntry?.href);
  return go(scanDocument().links.find((l) => !l.hidden && linkCategory(l.text, l.href) === 'privacy')?.href);
};
