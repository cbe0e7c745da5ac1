/**
 * Cookie-store collector: cookies.onChanged (every write, overwrite and
 * removal, with the browser-capped expiry) and on-demand snapshots with
 * cookies.getAll, partitioned (CHIPS) cookies included.
 */
import browser from '../shared/browser.ts';
import type { Cookies } from 'webextension-polyfill';
import type { Inventory } from '../shared/inventory.ts';
import type { InventoryStore } from './store.ts';
import type { Observation } from './observation.ts';
import { createdDay, privacyMode } from '../audit/cookie-value.ts';
import { concerns, recordSnapshotDone, recordStoreCookie, storeKey, type StoreCookie } from './record.ts';

function toStoreCookie(c: Cookies.Cookie, now = Date.now()): StoreCookie {
  // Read here, in the worker, and dropped: only the creation day an identifier carries goes on.
  const created = createdDay(c.name, c.value, now);
  const mode = privacyMode(c.name, c.value);
  return {
    ...(created !== null ? { createdDay: created } : {}),
    ...(mode ? { privacyMode: mode } : {}),
    name: c.name,
    domain: c.domain,
    hostOnly: c.hostOnly,
    path: c.path,
    session: c.session,
    ...(c.expirationDate !== undefined ? { expirationDate: c.expirationDate } : {}),
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    ...(c.partitionKey?.topLevelSite ? { partitionKey: { topLevelSite: c.partitionKey.topLevelSite } } : {}),
  };
}

/** Records only while the user observes, into the audits of the tabs under audit (observation.ts). */
export function registerCookieStore(store: InventoryStore, observation: Pick<Observation, 'ifObserving' | 'covers'>): void {
  browser.cookies.onChanged.addListener((info) => {
    const now = Date.now();
    observation.ifObserving(() => {
      const c = toStoreCookie(info.cookie);
      void store.updateAll(
        (inv) => observation.covers(inv.tabId) && concerns(inv, c),
        (inv) => recordStoreCookie(inv, c, { removed: info.removed, cause: info.cause }, now),
      );
    });
  });
}

/** Every cookie of the default store, partitioned ones included where the browser supports it. */
async function allCookies(): Promise<{ cookies: StoreCookie[]; partitionedSupported: boolean }> {
  try {
    const all = await browser.cookies.getAll({ partitionKey: {} });
    return { cookies: all.map(toStoreCookie), partitionedSupported: true };
  } catch {
    const all = await browser.cookies.getAll({});
    return { cookies: all.map(toStoreCookie), partitionedSupported: false };
  }
}

/** Refreshes the stored side of every cookie that concerns this audit. */
export async function snapshotInto(store: InventoryStore, tabId: number): Promise<void> {
  const { cookies, partitionedSupported } = await allCookies();
  const now = Date.now();
  await store.update(tabId, (inv: Inventory | null) => {
    if (!inv) return;
    const seen = new Set<string>();
    for (const c of cookies) {
      if (!concerns(inv, c)) continue;
      recordStoreCookie(inv, c, null, now);
      seen.add(storeKey(c));
    }
    recordSnapshotDone(inv, seen);
    if (!partitionedSupported) {
      const n = 'Ce navigateur ne donne pas accès aux cookies partitionnés (CHIPS) / partitioned cookies not readable in this browser';
      if (!inv.notes.includes(n)) inv.notes.push(n);
    }
  });
}
