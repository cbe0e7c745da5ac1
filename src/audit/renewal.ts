/**
 * Renewal: the same identifier with its expiry pushed forward on a later
 * page visit (délibération 2020-092, art. 5: a lifetime not extended on new
 * visits). The identifier is compared, not the whole value: the collectors
 * hash only the identifying part of the value where a vendor's rule says
 * where it is (audit/cookie-value.ts), so visit counters and timestamps kept
 * beside it do not hide a renewal. A new identifier with a new expiry is a
 * new cookie, not a renewal.
 *
 * Declared expiries (what the site asked for) and stored ones (browser-capped
 * at 400 days) are compared each with their own kind: mixing them would
 * compare 730 days with 400. A revisit within the same second cannot be told
 * from a re-send of the same Expires date (HTTP dates have one-second
 * precision).
 */
import type { CookieRecord, Inventory } from '../shared/inventory.ts';

export interface ExpiryMove {
  from: number;
  to: number;
  fromPage: number;
  toPage: number;
  series: 'declared' | 'stored';
}

/**
 * The first later-page write that pushed the expiry of the same identifier
 * forward. Writes (declared series) carry the identifier's hash; the cookie
 * store's events (stored series) do not, so there a move counts only when
 * no write ever changed the identifier.
 */
export function expiryMove(c: CookieRecord): ExpiryMove | null {
  const first = new Map<string, { at: number; page: number }>();
  for (const ev of c.history) {
    if (ev.kind !== 'set' || ev.expiresAt === null) continue;
    const id = ev.valueHash ?? '';
    const seen = first.get(id);
    if (!seen) first.set(id, { at: ev.expiresAt, page: ev.page });
    else if (ev.page > seen.page && ev.expiresAt > seen.at) return { from: seen.at, to: ev.expiresAt, fromPage: seen.page, toPage: ev.page, series: 'declared' };
  }
  if (c.valueChanged) return null;
  let firstStored: { at: number; page: number } | null = null;
  for (const ev of c.history) {
    if (ev.kind !== 'stored' || ev.expiresAt === null) continue;
    if (!firstStored) firstStored = { at: ev.expiresAt, page: ev.page };
    else if (ev.page > firstStored.page && ev.expiresAt > firstStored.at) return { from: firstStored.at, to: ev.expiresAt, fromPage: firstStored.page, toPage: ev.page, series: 'stored' };
  }
  return null;
}

export type Renewal =
  | { status: 'renewed'; move: ExpiryMove }
  /** The identifier changed between visits: a new cookie each time, not a renewal. */
  | { status: 'new-identifier' }
  | { status: 'unchanged' }
  /** No later page visit was seen after it was set: renewal cannot be observed. */
  | { status: 'one-visit' };

export function renewalOf(c: CookieRecord, inv: Pick<Inventory, 'pages'>): Renewal {
  const move = expiryMove(c);
  if (move) return { status: 'renewed', move };
  const revisited = inv.pages.some((p, i) => i > 0 && p.visitedAt > c.firstSeenAt);
  if (!revisited) return { status: 'one-visit' };
  return c.valueChanged ? { status: 'new-identifier' } : { status: 'unchanged' };
}
