/**
 * Cookies: Set-Cookie headers, script writes (document.cookie, CookieStore)
 * and the browser's cookie store, merged per cookie with their history.
 */
import { declaredExpiry, defaultPath, parseSetCookie, type ParsedCookie } from '../../audit/set-cookie.ts';
import { hostOf, parseUrl } from '../../audit/url.ts';
import { domainMatches, siteOf } from '../../audit/party.ts';
import { clip, cookieKey, type CookieEvent, type CookieRecord, type CookieSource, type Inventory } from '../../shared/inventory.ts';
import type { ScriptCookieWrite } from '../../shared/messages.ts';
import { INVENTORY_LIMITS as LIMITS } from '../../shared/limits.ts';
import { currentPage, knownName, limitHit, note } from './common.ts';

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
