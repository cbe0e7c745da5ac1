/**
 * What Témoin may learn from a cookie's value without keeping it, by rules
 * that are data, per vendor, in knowledge/sources/vendors.json (with their
 * sources), generated into knowledge/generated/cookie-values.json:
 *
 * - the part that identifies the visitor: vendors keep visit counters,
 *   timestamps or the expiry itself beside the identifier (Matomo 3's
 *   `_pk_id`, AT Internet's JSON `atuserid` with its `options.end`), so
 *   "the same identifier with a later expiry" (a renewal) compares this part,
 *   not the whole value; a cookie no rule names is compared whole. The
 *   collectors hash what identifierPart returns;
 * - the creation day an identifier carries (Matomo, Google Analytics), which
 *   dates a cookie set before the audit began; read in the worker, only the
 *   day is kept;
 * - the privacy mode a tool stores (AT Internet's `atauthority`, Piano's
 *   `pa_privacy` and `_pprv`): an enumeration such as "exempt", kept as is.
 */
import rules from '../knowledge/generated/cookie-values.json' with { type: 'json' };
import { DAY_MS } from './lifetime.ts';
import { PARSE_LIMITS } from '../shared/limits.ts';

interface Compiled {
  cookie: RegExp;
  pattern: RegExp;
}
interface CompiledIdentifier extends Compiled {
  created: RegExp | null;
}

/** A privacy mode is a short enumeration: anything else is not kept. */
const MODE = /^[a-z][a-z-]{0,19}$/;

let identifiers: CompiledIdentifier[] | null = null;
let modes: Compiled[] | null = null;
const identifierRules = () =>
  (identifiers ??= rules.identifiers.map((r: { cookie: string; id: string; created?: string }) => ({ cookie: new RegExp(r.cookie), pattern: new RegExp(r.id), created: r.created ? new RegExp(r.created) : null })));
const modeRules = () => (modes ??= rules.privacyModes.map((r) => ({ cookie: new RegExp(r.cookie), pattern: new RegExp(r.mode) })));

function decoded(value: string): string {
  const v = value.length > PARSE_LIMITS.cookieValue ? value.slice(0, PARSE_LIMITS.cookieValue) : value;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** What to hash: the identifier a vendor's rule finds in the value, else the whole value. */
export function identifierPart(name: string, value: string): string {
  for (const r of identifierRules()) {
    if (!r.cookie.test(name)) continue;
    const m = r.pattern.exec(decoded(value));
    if (m?.[1]) return m[1];
  }
  return value;
}

/** The day (epoch ms at 00:00 UTC) a vendor's identifier says it was created, or null. */
export function createdDay(name: string, value: string, now: number): number | null {
  for (const r of identifierRules()) {
    if (!r.created || !r.cookie.test(name)) continue;
    const m = r.created.exec(decoded(value));
    const seconds = m?.[1] ? Number(m[1]) : NaN;
    // A creation time in the future, or before 2005, is not one.
    if (!Number.isFinite(seconds) || seconds * 1000 > now || seconds < 1_104_537_600) continue;
    return Math.floor((seconds * 1000) / DAY_MS) * DAY_MS;
  }
  return null;
}

/** The privacy mode a tool stores in this cookie ("exempt", "optin"…), or null. */
export function privacyMode(name: string, value: string): string | null {
  for (const r of modeRules()) {
    if (!r.cookie.test(name)) continue;
    const m = r.pattern.exec(decoded(value));
    if (m?.[1] && MODE.test(m[1])) return m[1];
  }
  return null;
}
