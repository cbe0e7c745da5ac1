/**
 * Expiry pushed forward on a later page visit. Declared expiries (what the
 * site asked for) and stored ones (browser-capped at 400 days) are compared
 * each with their own kind: mixing them would compare 730 days with 400. A
 * revisit within the same second cannot be told from a re-send of the same
 * Expires date (HTTP dates have one-second precision).
 */
import type { CookieRecord } from '../shared/inventory.ts';

export interface ExpiryMove {
  from: number;
  to: number;
  fromPage: number;
  toPage: number;
  series: 'declared' | 'stored';
}

export function expiryMove(c: CookieRecord): ExpiryMove | null {
  for (const series of ['declared', 'stored'] as const) {
    let first: { at: number; page: number } | null = null;
    for (const ev of c.history) {
      if (ev.expiresAt === null || ev.kind === 'removed' || (ev.kind === 'set') !== (series === 'declared')) continue;
      if (!first) first = { at: ev.expiresAt, page: ev.page };
      else if (ev.page > first.page && ev.expiresAt > first.at) return { from: first.at, to: ev.expiresAt, fromPage: first.page, toPage: ev.page, series };
    }
  }
  return null;
}
