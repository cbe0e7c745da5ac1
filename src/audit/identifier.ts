/**
 * The part of an audience cookie's value that identifies the visitor.
 * Vendors keep visit counters, timestamps or the expiry itself beside the
 * identifier (Matomo 3's `_pk_id`, AT Internet's JSON `atuserid` with its
 * `options.end`), so "the same identifier with a later expiry" (a renewal)
 * compares this part, not the whole value. How to find it is data, per
 * vendor, in knowledge/sources/vendors.json (`identifiers`, with sources);
 * a cookie no rule names is compared whole.
 *
 * The value itself is never kept: the collectors hash what this returns.
 * A creation timestamp read from the value (Matomo, Google Analytics) dates
 * a cookie that was set before the audit began; only its day is kept.
 */
import rules from '../knowledge/generated/identifiers.json' with { type: 'json' };
import { DAY_MS } from './lifetime.ts';

export interface IdentifierRule {
  /** Pattern of the cookie names it applies to. */
  cookie: string;
  /** Pattern whose first group is the identifier (in the URL-decoded value). */
  id: string;
  /** Pattern whose first group is the creation time in epoch seconds, where the value carries one. */
  created?: string;
}

interface Compiled {
  cookie: RegExp;
  id: RegExp;
  created: RegExp | null;
}

const MAX_VALUE = 4096;
const compile = (list: IdentifierRule[]): Compiled[] =>
  list.map((r) => ({ cookie: new RegExp(r.cookie), id: new RegExp(r.id), created: r.created ? new RegExp(r.created) : null }));

export const IDENTIFIER_RULES: readonly IdentifierRule[] = rules as IdentifierRule[];
let compiled: Compiled[] | null = null;
const bundled = () => (compiled ??= compile(IDENTIFIER_RULES as IdentifierRule[]));

function decoded(value: string): string {
  const v = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** What to hash: the identifier a vendor's rule finds in the value, else the whole value. */
export function identifierPart(name: string, value: string): string {
  for (const r of bundled()) {
    if (!r.cookie.test(name)) continue;
    const m = r.id.exec(decoded(value));
    if (m?.[1]) return m[1];
  }
  return value;
}

/** The day (epoch ms at 00:00 UTC) a vendor's identifier says it was created, or null. */
export function createdDay(name: string, value: string, now: number): number | null {
  for (const r of bundled()) {
    if (!r.created || !r.cookie.test(name)) continue;
    const m = r.created.exec(decoded(value));
    const seconds = m?.[1] ? Number(m[1]) : NaN;
    // A creation time in the future, or before 2005, is not one.
    if (!Number.isFinite(seconds) || seconds * 1000 > now || seconds < 1_104_537_600) continue;
    return Math.floor((seconds * 1000) / DAY_MS) * DAY_MS;
  }
  return null;
}
