/**
 * Page scans: what the content scripts saw of a page (title, role, links,
 * notice text, banner, storage keys) and what the consent manager says.
 */
import { maskPersonal, maskUrl } from '../../audit/mask-url.ts';
import { hostOf, parseUrl } from '../../audit/url.ts';
import { pageRole } from '../../audit/page-role.ts';
import { analyseNotice } from '../../audit/notice.ts';
import { linkCategory } from '../../audit/links.ts';
import { READABLE_CMPS } from '../../content/cmp-config.ts';
import { clip, type Inventory, type PageVisit } from '../../shared/inventory.ts';
import type { PageScan, StorageKey } from '../../shared/messages.ts';
import { bannerKind } from '../../audit/banner.ts';
import { INVENTORY_LIMITS as LIMITS } from '../../shared/limits.ts';
import { currentPage, knownName, limitHit, note } from './common.ts';
import { linkCheckKey, safeOrigin } from './link-checks.ts';

/**
 * How far apart the page's clock and the worker's may read the same moment
 * (rounding, and the coarser clocks of a browser that resists fingerprinting).
 */
const CLOCK_SLACK_MS = 50;

/**
 * The page a document's scan belongs to: the one whose navigation response
 * came after the document's navigation started and before its scripts ran
 * (the last such, after redirects). 'not-yet': that navigation has not
 * reached the worker; the scan overtook it (Firefox brings webRequest events
 * and messages on separate channels, and under load a page's scan can
 * arrive first, which filed it under the page before). 'gone': the page of
 * the document is not in this audit, which has pages after it (the audit
 * was started afresh, or the tab moved on, after the document loaded; a
 * late rescan of the page left must not be filed under the next). A scan without
 * the document's times, or an audit at its page limit, goes to the last page.
 */
export function pageOfDocument(inv: Inventory, doc: PageScan['document']): number | 'not-yet' | 'gone' {
  if (!doc || !inv.pages.length || inv.pages.length >= LIMITS.pages) return currentPage(inv);
  for (let i = inv.pages.length - 1; i >= 0; i--) {
    const at = inv.pages[i]!.visitedAt;
    if (at >= doc.navigationStart - CLOCK_SLACK_MS && at <= doc.scriptStart + CLOCK_SLACK_MS) return i;
  }
  // A page that came after the document, and none for it: its navigation was not recorded in this audit.
  return inv.pages.some((p) => p.visitedAt > doc.scriptStart + CLOCK_SLACK_MS) ? 'gone' : 'not-yet';
}

/**
 * What the top frame's content script saw of the page: title, role, links, notice text, banner.
 * `page`: the page it belongs to (pageOfDocument), the last one by default.
 */
export function recordScan(inv: Inventory, scan: PageScan, now: number, page = currentPage(inv)): void {
  const p = inv.pages[page];
  if (!p) return;
  p.hasPasswordField = scan.hasPasswordField;
  p.loggedIn = scan.hasLogout === true;
  p.role = pageRole(scan.url, scan.title, scan.hasPasswordField, { loggedIn: p.loggedIn, contentKind: scan.contentKind ?? null });
  // A title is kept only where it helps and names nobody: the home, login, notice and cookie pages (an ENT page
  // after login carries the pupil's or teacher's name); masked even then.
  p.title = TITLED_ROLES.has(p.role) && !p.loggedIn ? clip(maskPersonal(scan.title), 300) : '';
  p.scanned = true;
  if (scan.loginEntry) p.loginEntry = { text: clip(scan.loginEntry.text, 200), href: clip(maskUrl(scan.loginEntry.href), 500) };
  // A page audited directly is analysed as a notice whatever its address, when its text is one.
  if (scan.noticeText && (p.role === 'notice' || p.role === 'cookies')) p.notice = analyseNotice(scan.noticeText);
  recordBanner(p, scan);
  inv.links = inv.links.filter((l) => l.page !== page);
  for (const l of scan.links) {
    // With no footer, the page's last links stand in for it; after login a footer may name the user: then only the links
    // that lead to a notice or a legal page are kept.
    if ((!l.inFooter || p.loggedIn) && linkCategory(l.text, l.href) === null) continue;
    if (inv.links.length >= LIMITS.links) {
      note(inv, `Plus de ${LIMITS.links} liens : liste tronquée / more than ${LIMITS.links} links: list truncated`);
      break;
    }
    const checkKey = /^https?:/i.test(l.href) && parseUrl(l.href)?.search ? { checkKey: linkCheckKey(l.href) } : {};
    inv.links.push({ text: clip(l.text, 200), href: clip(maskLinkHref(l.href), 500), page, inFooter: l.inFooter, inShadowDom: l.inShadowDom, hidden: l.hidden, ...checkKey });
  }
  if (scan.truncated) note(inv, 'Page très volumineuse : analyse tronquée / very large page: scan truncated');
  inv.updatedAt = now;
}

/**
 * The storage keys a frame (top or embedded) read from its own storage, per
 * origin; each keeps when it was first seen. `truncated`: the frame had more
 * keys than it could send.
 */
export function recordStorage(inv: Inventory, frameUrl: string, keys: StorageKey[], now: number, truncated = false): void {
  const origin = safeOrigin(frameUrl);
  if (!origin) return;
  if (truncated) limitHit(inv, 'storage', 'Trop de clés de stockage dans un cadre : liste tronquée / too many storage keys in one frame: list truncated');
  const page = currentPage(inv);
  for (const s of keys) {
    const name = clip(maskPersonal(s.key), 200);
    const key = `${origin}\u0000${s.area}\u0000${name}`;
    if (inv.storage[key]) continue;
    const count = Object.keys(inv.storage).length;
    if (count >= LIMITS.storageKeys && (count >= LIMITS.storageKeys + LIMITS.reserved || !knownName(s.key, hostOf(origin)))) {
      limitHit(inv, 'storage', `Plus de ${LIMITS.storageKeys} clés de stockage : liste tronquée (les clés d'outils connus sont gardées) / storage keys truncated (known tools' keys are kept)`);
      continue;
    }
    inv.storage[key] = { origin, area: s.area, key: name, firstSeenAt: now, page };
  }
  inv.updatedAt = now;
}

/**
 * Whether to run autoconsent on the current top-level page after this scan:
 * once per page, when a banner is shown that our table does not name. (A
 * page with no banner, or one our table names, does not pay for it.) Marks
 * the page.
 */
export function wantsCmpNames(inv: Inventory, scan: PageScan): boolean {
  const p = inv.pages[currentPage(inv)];
  if (!p || p.autoconsent || !scan.banner || scan.banner.cmp !== null || !scan.banner.visible) return false;
  p.autoconsent = { detected: [], popups: [], clicks: 0 };
  return true;
}

/**
 * Whether to read the consent manager's configuration in the current page
 * after this scan: once per page, when a banner or a CMP it can read shows.
 * Marks the page.
 */
export function wantsCmpConfig(inv: Inventory, scan: PageScan): boolean {
  const p = inv.pages[currentPage(inv)];
  if (!p || p.cmpConfig) return false;
  const seen = [scan.banner?.cmp ?? null, ...(scan.banner?.cmpsPresent ?? [])];
  if (!seen.some((c) => c !== null && READABLE_CMPS.includes(c))) return false;
  p.cmpConfig = [];
  return true;
}

/** What the consent manager's live configuration says of the choice lifetime, on the page it was read on. */
export function recordCmpConfig(inv: Inventory, pageUrl: string, configs: { cmp: string; name: string | null; lifetimeDays: number | null }[], now: number): void {
  const p = [...inv.pages].reverse().find((x) => x.url === pageUrl);
  if (!p) return;
  p.cmpConfig = configs.slice(0, 6).map((c) => ({ cmp: clip(c.cmp, 40), name: c.name === null ? null : clip(c.name, 64), lifetimeDays: c.lifetimeDays }));
  inv.updatedAt = now;
}

/** What autoconsent reported for the current top-level page (names only). */
export function recordAutoconsent(inv: Inventory, m: { type: 'cmpDetected' | 'popupFound'; cmp: string } | { type: 'report'; clicks: number }): void {
  const p = inv.pages[currentPage(inv)];
  if (!p) return;
  const a = (p.autoconsent ??= { detected: [], popups: [], clicks: 0 });
  if (m.type === 'report') a.clicks = Math.max(a.clicks, m.clicks);
  else {
    const list = m.type === 'cmpDetected' ? a.detected : a.popups;
    if (!list.includes(m.cmp) && list.length < 10) list.push(clip(m.cmp, 100));
  }
}

/**
 * A page keeps the first banner seen visible (a later scan may come after a
 * choice hid it), unless a later scan sees more of it while it is still
 * shown; until then the latest scan wins. Entry points accumulate.
 */
function recordBanner(p: PageVisit, scan: PageScan): void {
  const b = scan.banner;
  if (b !== undefined && !p.banner?.visible) p.banner = b ?? p.banner ?? null;
  // A consent manager may draw its box first and its buttons a moment later: a sight that showed no
  // choice yet (information only, as audit/banner.ts reads it) gives way to a later one of the banner
  // still shown that does. Never the other way: a first layer that showed a choice stays, so that a
  // panel opened from it (its second layer, with the reject button the first lacked) is not taken for
  // the first layer; nor does a banner gone after a choice replace it.
  else if (b?.visible && p.banner?.visible && bannerKind(p.banner) === 'info-only' && bannerKind(b) !== 'info-only') p.banner = b;
  if (scan.manage) {
    const manage = p.manage ?? [];
    for (const m of scan.manage) {
      if (manage.length >= 20) break;
      if (!manage.some((x) => x.selector === m.selector && x.text === m.text)) manage.push({ ...m, text: clip(m.text, 200) });
    }
    p.manage = manage;
  }
}

/** The page roles whose title is kept in the report. */
const TITLED_ROLES = new Set(['home', 'login', 'notice', 'cookies']);

/**
 * http(s) targets are masked like any URL. A `javascript:` handler keeps its
 * code (so that a consent manager's "open panel" can be told from a dead
 * `void(0)`) with its string literals masked; other schemes are clipped.
 */
function maskLinkHref(href: string): string {
  if (/^https?:/i.test(href)) return maskUrl(href);
  if (/^javascript:/i.test(href)) return clip(href.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '"…"'), 160);
  return clip(href, 100);
}
