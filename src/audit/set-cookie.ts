/**
 * Parses one Set-Cookie header line (or one `document.cookie = "…"` string,
 * which has the same grammar) following RFC 6265bis §5.6. The value is never
 * returned: only a short hash of its identifying part (see hash.ts and
 * cookie-value.ts).
 *
 * Hostile or malformed input never throws: the result says why it was refused,
 * the way a browser would ignore it.
 */
import { parseCookieDate } from './cookie-date.ts';
import { shortHash } from './hash.ts';
import { identifierPart, privacyMode } from './cookie-value.ts';
import { SET_COOKIE_LIMITS } from '../shared/limits.ts';

export type SameSite = 'strict' | 'lax' | 'none';

export interface ParsedCookie {
  name: string;
  valueHash: string;
  /** Domain attribute, lowercased, without its leading dot; undefined = host-only. */
  domain?: string;
  /** Path attribute when valid (starts with "/"); undefined = default path. */
  path?: string;
  secure: boolean;
  httpOnly: boolean;
  partitioned: boolean;
  sameSite?: SameSite;
  /** Max-Age in seconds, when present and valid (wins over Expires). */
  maxAgeSeconds?: number;
  /** Expires attribute in epoch ms, when present and parseable. */
  expiresAt?: number;
  /** The privacy mode a tool stores in this cookie ("exempt"…), an enumeration read from the value. */
  privacyMode?: string;
}

export type ParseResult = { ok: true; cookie: ParsedCookie } | { ok: false; reason: ParseFailure };
export type ParseFailure = 'empty' | 'control-characters' | 'too-large';

// CTLs other than horizontal tab make a browser drop the whole line.
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;

/** The name, the value and the attribute string of a cookie line (no validation). */
export function splitCookieLine(line: string): { name: string; value: string; attributes: string } {
  const semi = line.indexOf(';');
  const pair = semi === -1 ? line : line.slice(0, semi);
  const eq = pair.indexOf('=');
  return {
    name: (eq === -1 ? '' : pair.slice(0, eq)).trim(),
    value: (eq === -1 ? pair : pair.slice(eq + 1)).trim(),
    attributes: semi === -1 ? '' : line.slice(semi + 1),
  };
}

export function parseSetCookie(line: string): ParseResult {
  if (CONTROL.test(line)) return { ok: false, reason: 'control-characters' };
  const { name, value, attributes: attrs } = splitCookieLine(line);
  if (!name && !value) return { ok: false, reason: 'empty' };
  if (name.length + value.length > SET_COOKIE_LIMITS.nameValue) return { ok: false, reason: 'too-large' };

  const cookie: ParsedCookie = {
    name,
    valueHash: shortHash(identifierPart(name, value)),
    ...withMode(privacyMode(name, value)),
    secure: false,
    httpOnly: false,
    partitioned: false,
  };
  for (const raw of attrs.split(';')) {
    const aeq = raw.indexOf('=');
    const key = (aeq === -1 ? raw : raw.slice(0, aeq)).trim().toLowerCase();
    const val = aeq === -1 ? '' : raw.slice(aeq + 1).trim();
    if (val.length > SET_COOKIE_LIMITS.attributeValue) continue;
    switch (key) {
      case 'expires': {
        const at = parseCookieDate(val);
        if (at !== null) cookie.expiresAt = at;
        break;
      }
      case 'max-age': {
        if (/^-?\d+$/.test(val)) {
          const n = Number(val);
          cookie.maxAgeSeconds = Number.isSafeInteger(n) ? n : n > 0 ? Number.MAX_SAFE_INTEGER : -1;
        }
        break;
      }
      case 'domain': {
        const d = val.replace(/^\./, '').toLowerCase();
        if (d) cookie.domain = d;
        break;
      }
      case 'path':
        if (val.startsWith('/')) cookie.path = val;
        break;
      case 'secure':
        cookie.secure = true;
        break;
      case 'httponly':
        cookie.httpOnly = true;
        break;
      case 'partitioned':
        cookie.partitioned = true;
        break;
      case 'samesite': {
        const s = val.toLowerCase();
        if (s === 'strict' || s === 'lax' || s === 'none') cookie.sameSite = s;
        break;
      }
      default:
        break;
    }
  }
  return { ok: true, cookie };
}

/**
 * The expiry the site asked for, in epoch ms, or null for a session cookie.
 * Max-Age wins over Expires; Max-Age ≤ 0 means "delete now".
 */
export function declaredExpiry(cookie: ParsedCookie, setAt: number): number | null {
  if (cookie.maxAgeSeconds !== undefined) {
    return cookie.maxAgeSeconds <= 0 ? setAt : setAt + cookie.maxAgeSeconds * 1000;
  }
  return cookie.expiresAt ?? null;
}

/** RFC 6265 §5.1.4 default-path of a request URL path. */
export function defaultPath(urlPath: string): string {
  if (!urlPath.startsWith('/')) return '/';
  const last = urlPath.lastIndexOf('/');
  return last <= 0 ? '/' : urlPath.slice(0, last);
}

/**
 * A `document.cookie` write as the main-world probe captures it: the name,
 * a hash of the value, and the attribute string, parsed here (in the worker,
 * off the page's main thread).
 */
export interface CapturedCookieWrite {
  name: string;
  valueHash: string;
  attributes: string;
  at: number;
  /** The privacy mode the value stores, when a vendor rule names one (see cookie-value.ts). */
  mode?: string;
}

const withMode = (mode: string | null | undefined): { privacyMode?: string } => (mode ? { privacyMode: mode } : {});

export function writeFromCapture(w: CapturedCookieWrite): { name: string; valueHash: string; privacyMode?: string; domain?: string; path?: string; expiresAt: number | null; partitioned: boolean; at: number } | null {
  const r = parseSetCookie(`${w.name}=; ${w.attributes}`);
  if (!r.ok || (!w.name && !w.valueHash)) return null;
  const c = r.cookie;
  return {
    name: w.name,
    valueHash: w.valueHash,
    ...withMode(w.mode),
    ...(c.domain ? { domain: c.domain } : {}),
    ...(c.path ? { path: c.path } : {}),
    expiresAt: declaredExpiry(c, w.at),
    partitioned: c.partitioned,
    at: w.at,
  };
}
