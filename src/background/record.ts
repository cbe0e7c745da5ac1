/**
 * How observed facts are appended to an Inventory. Pure functions, no browser
 * API: the collectors (webrequest.ts, cookie-store.ts, messages from content
 * scripts) call them, and unit tests call them directly.
 */
import { declaredExpiry, defaultPath, parseSetCookie, type ParsedCookie } from '../audit/set-cookie.ts';
import { maskPersonal, maskUrl } from '../audit/mask-url.ts';
import { shortHash } from '../audit/hash.ts';
import { requestFacts } from '../audit/request-facts.ts';
import { hostOf, parseUrl } from '../audit/url.ts';
import { domainMatches, siteOf } from '../audit/party.ts';
import { pageRole } from '../audit/page-role.ts';
import { isIdentityProviderUrl } from '../audit/session-links.ts';
import { analyseNotice, type NoticeAnalysis } from '../audit/notice.ts';
import { linkCategory, noticeKind, type LinkCategory } from '../audit/links.ts';
import { READABLE_CMPS } from '../content/cmp-config.ts';
import { KNOWLEDGE } from '../knowledge/index.ts';
import { classifyName, vendorOfHost } from '../audit/classify.ts';
import {
  type LimitedList,
  clip,
  cookieKey,
  newInventory,
  type CookieEvent,
  type CookieRecord,
  type CookieSource,
  type Inventory,
  type LinkCheck,
  type PageVisit,
} from '../shared/inventory.ts';
import type { PageScan, ScriptCookieWrite, StorageKey } from '../shared/messages.ts';
import { INVENTORY_LIMITS as LIMITS, MAX_EARLIER_AUDITS } from '../shared/limits.ts';

function note(inv: Inventory, text: string): void {
  if (inv.notes.includes(text)) return;
  if (inv.notes.length < LIMITS.notes) inv.notes.push(text);
}

/** A list dropped a record: said in the notes, and the verdicts that rest on an absence become manual. */
function limitHit(inv: Inventory, list: LimitedList, text: string): void {
  note(inv, text);
  inv.limitsHit ??= [];
  if (!inv.limitsHit.includes(list)) inv.limitsHit.push(list);
}

/** A cookie or storage key a table knows as needing consent (or as a vendor's): kept beyond a full list. */
const knownName = (name: string, domain: string) => {
  const c = classifyName(KNOWLEDGE, name, domain);
  return c.vendorId !== null || (c.category !== 'unknown' && c.category !== 'necessary');
};

const currentPage = (inv: Inventory) => Math.max(0, inv.pages.length - 1);

/**
 * Going to log in: the tab moves from the audited site to the login page it
 * offered, or to an identity provider (CAS, ÉduConnect, SAML, OpenID
 * Connect). That page is the site's login page, audited with it (kit ENT
 * §2.2), even on another registrable domain.
 */
export function isLoginHandoff(inv: Inventory, url: URL): boolean {
  return isIdentityProviderUrl(url.href) || inv.pages.some((p) => p.loginEntry && hostOf(p.loginEntry.href) === url.hostname);
}

/**
 * A top-level document arrived in the tab. Starts a new audit when the tab
 * moves to another site (registrable domain), unless it is going to log in;
 * otherwise adds a page visit.
 */
export function recordNavigation(inv: Inventory | null, tabId: number, rawUrl: string, now: number): Inventory | null {
  const url = parseUrl(rawUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return inv;
  const site = siteOf(url.hostname);
  let target = inv && (inv.site === site || isLoginHandoff(inv, url)) ? inv : newInventory(tabId, url, site, now);
  if (inv && target !== inv && inv.pages.length) {
    // The tab went to another site: what was recorded of the one it left stays, in this audit's report.
    const { earlier = [], ...left } = inv;
    const kept = [...earlier, left];
    target.earlier = kept.slice(-MAX_EARLIER_AUDITS);
    note(target, `L'onglet est passé de ${inv.site} (${inv.pages.length} page${inv.pages.length > 1 ? 's' : ''}) à ${site} : l'audit de ${inv.site} est conservé dans ce rapport (earlierAudits) / the tab went from ${inv.site} to ${site}: the audit of ${inv.site} is kept in this report (earlierAudits)`);
    if (kept.length > MAX_EARLIER_AUDITS) note(target, `Plus de ${MAX_EARLIER_AUDITS} sites quittés dans cet onglet : les plus anciens audits ne sont plus gardés / more than ${MAX_EARLIER_AUDITS} sites left in this tab: the oldest audits are no longer kept`);
  }
  if (target.pages.length >= LIMITS.pages) {
    note(target, `Plus de ${LIMITS.pages} pages : les suivantes ne sont pas listées / more than ${LIMITS.pages} pages: later ones not listed`);
    return target;
  }
  target.pages.push({
    url: maskUrl(rawUrl),
    title: '',
    role: pageRole(rawUrl, '', false),
    visitedAt: now,
    hasPasswordField: false,
    scanned: false,
  });
  target.updatedAt = now;
  return target;
}

/**
 * Any request the tab made: counted per host, with the names of its query and
 * body keys, its path, the values of whitelisted privacy-mode keys, and a few
 * masked samples.
 */
export function recordRequest(inv: Inventory, rawUrl: string, type: string, now: number, body: string | null = null, watchKeys: string[] = []): void {
  const url = parseUrl(rawUrl);
  if (!url) return;
  const host = url.hostname;
  let rec = inv.hosts[host];
  if (!rec) {
    const hosts = Object.keys(inv.hosts);
    // Looked up only when a budget is spent (not for every new host of an ordinary page).
    const known = () => vendorOfHost(KNOWLEDGE, host) !== null;
    // The audited site's own hosts (its registrable domain and below: a string test, not a suffix-list lookup per host).
    const firstPartyJunk = domainMatches(host, inv.site) && hosts.filter((h) => domainMatches(h, inv.site)).length >= LIMITS.firstPartyUnknownHosts && !known();
    const full = hosts.length >= LIMITS.hosts && (hosts.length >= LIMITS.hosts + LIMITS.reserved || !known());
    if (firstPartyJunk || full) {
      limitHit(inv, 'hosts', `Plus de ${LIMITS.hosts} hôtes contactés : liste tronquée (les hôtes d'outils connus sont gardés) / more than ${LIMITS.hosts} hosts: list truncated (known tools' hosts are kept)`);
      return;
    }
    rec = inv.hosts[host] = { host, requests: 0, types: [], firstSeenAt: now, params: [], paths: [], observed: [], samples: [] };
  }
  rec.requests++;
  rec.lastSeenAt = now;
  if (!rec.types.includes(type) && rec.types.length < 12) rec.types.push(type);
  const facts = requestFacts(rawUrl, body, watchKeys);
  for (const p of facts.keys) {
    if (!rec.params.includes(p) && rec.params.length < 100) rec.params.push(clip(p, 64));
  }
  for (const [k, v] of facts.observed) {
    const kv = `${k}=${v}`;
    if (!rec.observed.includes(kv) && rec.observed.length < 20) rec.observed.push(kv);
  }
  const masked = maskUrl(rawUrl);
  const path = new URL(masked).pathname;
  if (!rec.paths.includes(path) && rec.paths.length < 20) rec.paths.push(clip(path, 200));
  if (rec.samples.length < 3 && !rec.samples.includes(masked)) rec.samples.push(clip(masked, 500));
  inv.updatedAt = now;
}

interface Write {
  cookie: Pick<ParsedCookie, 'name' | 'valueHash' | 'domain' | 'path' | 'partitioned' | 'privacyMode'> &
    Partial<Pick<ParsedCookie, 'secure' | 'httpOnly' | 'sameSite'>>;
  expiresAt: number | null;
  source: CookieSource;
  at: number;
}

function getOrCreateCookie(
  inv: Inventory,
  id: { name: string; domain: string; hostOnly: boolean; path: string; partitionKey?: string },
  source: CookieSource | null,
  now: number,
  deleting = false,
): CookieRecord | null {
  const key = cookieKey(id);
  let rec = inv.cookies[key];
  if (!rec) {
    const all = Object.values(inv.cookies);
    // Classified only when a budget is spent (not for every new cookie of an ordinary page).
    const known = () => knownName(id.name, id.domain);
    // A cookie first seen being deleted, unknown to the tables: junk a page can make by the thousand.
    const junk = deleting && all.filter((c) => c.writes > 0 && !c.declared && !c.stored).length >= LIMITS.deletedCookies && !known();
    const full = all.length >= LIMITS.cookies && (all.length >= LIMITS.cookies + LIMITS.reserved || !known());
    if (junk || full) {
      limitHit(inv, 'cookies', `Plus de ${LIMITS.cookies} cookies, ou trop de cookies supprimés : liste tronquée (les cookies d'outils connus sont gardés) / more than ${LIMITS.cookies} cookies, or too many deleted ones: list truncated (known tools' cookies are kept)`);
      return null;
    }
    rec = inv.cookies[key] = {
      name: id.name,
      domain: id.domain,
      hostOnly: id.hostOnly,
      path: id.path,
      ...(id.partitionKey ? { partitionKey: id.partitionKey } : {}),
      source,
      firstSeenAt: now,
      writes: 0,
      valueChanged: false,
      history: [],
    };
  }
  return rec;
}

function pushEvent(rec: CookieRecord, ev: CookieEvent): void {
  rec.history.push(ev);
  // Keep the first event (when it was set) and the most recent ones.
  if (rec.history.length > LIMITS.cookieHistory) rec.history.splice(1, rec.history.length - LIMITS.cookieHistory);
}

/** Top-level site as the cookies API spells a partition key. */
export function partitionKeyOf(inv: Inventory): string {
  return `${inv.topScheme}://${inv.site}`;
}

function recordWrite(inv: Inventory, requestUrl: URL, w: Write): void {
  const host = requestUrl.hostname.toLowerCase();
  const domain = w.cookie.domain ?? host;
  // A browser refuses a Domain attribute that does not cover the host, or a public suffix.
  if (w.cookie.domain && (!domainMatches(host, w.cookie.domain) || siteOf(w.cookie.domain) !== siteOf(host) || !w.cookie.domain.includes('.'))) {
    note(inv, `Cookie « ${clip(w.cookie.name, 64)} » refusé par le navigateur (Domain=${clip(w.cookie.domain, 64)} ne couvre pas ${host}) / rejected by the browser (Domain does not cover the host)`);
    return;
  }
  const deleting = w.expiresAt !== null && w.expiresAt <= w.at;
  const rec = getOrCreateCookie(
    inv,
    {
      name: clip(w.cookie.name, 256),
      domain,
      hostOnly: !w.cookie.domain,
      path: w.cookie.path ?? defaultPath(requestUrl.pathname),
      ...(w.cookie.partitioned ? { partitionKey: partitionKeyOf(inv) } : {}),
    },
    w.source,
    w.at,
    deleting,
  );
  if (!rec) return;
  rec.source ??= w.source;
  rec.writes++;
  if (rec.lastValueHash !== undefined && rec.lastValueHash !== w.cookie.valueHash) rec.valueChanged = true;
  rec.lastValueHash = w.cookie.valueHash;
  if (w.cookie.secure !== undefined) rec.secure = w.cookie.secure;
  if (w.cookie.httpOnly !== undefined) rec.httpOnly = w.cookie.httpOnly;
  if (w.cookie.sameSite) rec.sameSite = w.cookie.sameSite;
  if (!deleting) rec.declared = { setAt: w.at, expiresAt: w.expiresAt };
  if (!deleting && w.cookie.privacyMode) rec.privacyMode = w.cookie.privacyMode;
  pushEvent(rec, {
    at: w.at,
    kind: deleting ? 'removed' : 'set',
    source: w.source,
    expiresAt: w.expiresAt,
    valueHash: w.cookie.valueHash,
    page: currentPage(inv),
  });
  inv.updatedAt = w.at;
}

/** Set-Cookie response headers (one line each: never split on commas). */
export function recordSetCookieHeaders(inv: Inventory, rawUrl: string, lines: string[], now: number): void {
  const url = parseUrl(rawUrl);
  if (!url) return;
  for (const line of lines) {
    const parsed = parseSetCookie(line);
    if (!parsed.ok) {
      note(inv, `En-tête Set-Cookie ignoré (${parsed.reason}) de ${url.hostname} / Set-Cookie header ignored (${parsed.reason})`);
      continue;
    }
    recordWrite(inv, url, { cookie: parsed.cookie, expiresAt: declaredExpiry(parsed.cookie, now), source: 'http', at: now });
  }
}

/** `document.cookie` / CookieStore writes reported by the main-world probe of a frame; `now` is when the content script received them. */
export function recordScriptCookies(inv: Inventory, frameUrl: string, writes: ScriptCookieWrite[], now: number): void {
  const url = parseUrl(frameUrl);
  if (!url) return;
  for (const w of writes) {
    // The page's clock is not trusted: a write is never dated after it was received (which would move it
    // past the first interaction), nor more than a minute before.
    const at = w.at <= now && now - w.at < 60_000 ? w.at : now;
    recordWrite(inv, url, {
      cookie: {
        name: w.name,
        valueHash: w.valueHash,
        partitioned: w.partitioned,
        ...(w.privacyMode ? { privacyMode: w.privacyMode } : {}),
        ...(w.domain ? { domain: w.domain.replace(/^\./, '').toLowerCase() } : {}),
        ...(w.path?.startsWith('/') ? { path: w.path } : {}),
      },
      expiresAt: w.expiresAt === null ? null : w.expiresAt - w.at + at,
      source: 'script',
      at,
    });
  }
}

/** The browser's cookie store as the cookies API shows it (expiry capped at 400 days). */
export interface StoreCookie {
  name: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  session: boolean;
  expirationDate?: number; // seconds
  secure: boolean;
  httpOnly: boolean;
  sameSite: string;
  partitionKey?: { topLevelSite?: string };
  /** The creation day its identifier carries (audit/cookie-value.ts); the value itself is not passed on. */
  createdDay?: number;
  /** The privacy mode the value stores, when a vendor rule names one. */
  privacyMode?: string;
}

/** Does this stored cookie concern the audit (its site, or a host the tab talked to)? */
export function concerns(inv: Inventory, c: StoreCookie): boolean {
  if (inv.cookies[storeKey(c)]) return true;
  const pk = c.partitionKey?.topLevelSite;
  if (pk && siteOf(hostOf(pk) || pk) !== inv.site) return false;
  if (domainMatches(inv.topHost, c.domain)) return true;
  return Object.keys(inv.hosts).some((h) => domainMatches(h, c.domain));
}

export function storeKey(c: StoreCookie): string {
  return cookieKey({
    name: c.name,
    domain: c.domain.replace(/^\./, ''),
    path: c.path,
    ...(c.partitionKey?.topLevelSite ? { partitionKey: c.partitionKey.topLevelSite } : {}),
  });
}

/** A change in the cookie store (cookies.onChanged) or a snapshot entry (cookies.getAll). */
export function recordStoreCookie(inv: Inventory, c: StoreCookie, change: { removed: boolean; cause: string } | null, now: number): void {
  const rec = getOrCreateCookie(
    inv,
    {
      name: clip(c.name, 256),
      domain: c.domain.replace(/^\./, ''),
      hostOnly: c.hostOnly,
      path: c.path,
      ...(c.partitionKey?.topLevelSite ? { partitionKey: c.partitionKey.topLevelSite } : {}),
    },
    null,
    now,
  );
  if (!rec) return;
  rec.secure = c.secure;
  rec.httpOnly = c.httpOnly;
  if (c.sameSite && c.sameSite !== 'unspecified') rec.sameSite = c.sameSite.replace('_restriction', '');
  const expiresAt = c.session || c.expirationDate === undefined ? null : Math.round(c.expirationDate * 1000);
  if (c.privacyMode && !change?.removed) rec.privacyMode = c.privacyMode;
  if (change) {
    if (change.removed) {
      // An overwrite is reported as a removal followed by the new cookie: only record real removals.
      if (change.cause !== 'overwrite') {
        delete rec.stored;
        pushEvent(rec, { at: now, kind: 'removed', source: 'store', expiresAt, page: currentPage(inv), cause: change.cause });
      }
    } else {
      rec.stored = { expiresAt, setAt: now, observedAt: now };
      pushEvent(rec, { at: now, kind: 'stored', source: 'store', expiresAt, page: currentPage(inv), cause: change.cause });
    }
  } else if (!rec.stored || rec.stored.expiresAt !== expiresAt) {
    // Snapshot. A cookie first known this way, never written during the audit, was there before it began.
    if (rec.writes === 0 && rec.history.length === 0 && !rec.stored) rec.preexisting = true;
    if (rec.preexisting && c.createdDay !== undefined) rec.createdDay = c.createdDay;
    // When it was set is unknown; the last write seen is the best estimate (none for a cookie set before the audit).
    const setAt = rec.declared?.setAt ?? (rec.preexisting ? (rec.createdDay ?? rec.firstSeenAt) : rec.firstSeenAt);
    rec.stored = { expiresAt, setAt, observedAt: now };
  } else {
    rec.stored.observedAt = now;
  }
  inv.updatedAt = now;
}

/** Cookies written during the audit that a fresh snapshot no longer shows are not stored. */
export function recordSnapshotDone(inv: Inventory, seenKeys: Set<string>): void {
  for (const [key, rec] of Object.entries(inv.cookies)) {
    if (!seenKeys.has(key) && rec.stored) delete rec.stored;
  }
}

/** What the top frame's content script saw of the page: title, role, links, notice text, banner. */
export function recordScan(inv: Inventory, scan: PageScan, now: number): void {
  const page = currentPage(inv);
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
 * choice hid it); until then the latest scan wins. Entry points accumulate.
 */
function recordBanner(p: PageVisit, scan: PageScan): void {
  if (scan.banner !== undefined && !p.banner?.visible) p.banner = scan.banner ?? p.banner ?? null;
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

function safeOrigin(url: string): string | null {
  const u = parseUrl(url);
  return u && (u.protocol === 'http:' || u.protocol === 'https:') ? u.origin : null;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LOCAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/;

/**
 * An address on the public web: http(s), its default port, a host name (not
 * an IP address) that is not a local one. The link checker fetches nothing
 * else: a page must not make it reach the auditor's own network.
 */
export function publicWebUrl(href: string): boolean {
  const url = parseUrl(href);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.port !== '' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return host.includes('.') && !IPV4.test(host) && !host.includes(':') && !host.startsWith('[') && !LOCAL_NAME.test(host);
}

/**
 * The key of a link's check: its masked address, and when it has a query, a
 * short hash of the exact one (`?page=a` and `?page=b` are two pages; the
 * values themselves are never kept).
 */
export function linkCheckKey(href: string): string {
  const masked = maskUrl(href);
  return parseUrl(href)?.search ? `${masked} #${shortHash(href)}` : masked;
}

/**
 * The footer links of a top-frame scan worth fetching: categorised, on the
 * public web, on the audited site or a host the audit saw, not checked yet
 * (raw URLs, kept in memory only).
 */
export function linksToCheck(inv: Inventory, links: PageScan['links']): { url: string; key: string; category: LinkCategory }[] {
  const out: { url: string; key: string; category: LinkCategory }[] = [];
  const budget = LIMITS.linkChecks - Object.keys(inv.linkChecks ?? {}).length;
  for (const l of links) {
    if (out.length >= budget) break;
    const category = linkCategory(l.text, l.href);
    const url = parseUrl(l.href);
    if (!category || category === 'consent-settings' || !url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
    if (!publicWebUrl(url.href) || (siteOf(url.hostname) !== inv.site && !inv.hosts[url.hostname] && !isLoginHandoff(inv, url))) {
      note(inv, `Lien non vérifié (hors du site audité, adresse IP, locale ou autre port) : ${clip(maskUrl(l.href), 200)} / link not checked (off the audited site, an IP, local address or another port)`);
      continue;
    }
    const key = linkCheckKey(l.href);
    if (inv.linkChecks?.[key] || out.some((o) => o.key === key)) continue;
    out.push({ url: url.href, key, category });
  }
  return out;
}

/** The result of fetching a footer link (and, for a notice or cookie page, what its text says). */
export function recordLinkCheck(inv: Inventory, key: string, check: LinkCheck): void {
  inv.linkChecks ??= {};
  if (Object.keys(inv.linkChecks).length >= LIMITS.linkChecks && !inv.linkChecks[key]) return;
  inv.linkChecks[key] = check;
  inv.updatedAt = check.checkedAt;
}

/**
 * The analysis of a PDF notice the audit's link check found (read by the
 * command line): kept with that link check, as for an HTML notice. Only a PDF
 * the audit found may be given one.
 */
export function recordPdfNotice(inv: Inventory, key: string, analysis: NoticeAnalysis, now: number): boolean {
  const check = inv.linkChecks?.[key];
  const kind = check ? noticeKind(check.category) : null;
  if (!check || check.format !== 'pdf' || !kind) return false;
  check.notice = { kind, analysis };
  inv.updatedAt = now;
  return true;
}

export function recordInteraction(inv: Inventory, at: number): void {
  if (inv.firstInteractionAt === null || at < inv.firstInteractionAt) inv.firstInteractionAt = at;
}
