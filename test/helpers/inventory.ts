/** Builds inventories the way the collectors do, for unit tests. */
import { recordNavigation } from '../../src/background/record.ts';
import type { Inventory } from '../../src/shared/inventory.ts';

export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

export function visit(url = 'https://ent.lycee-demo.fr/', tabId = 7, inv: Inventory | null = null, now = T0): Inventory {
  const r = recordNavigation(inv, tabId, url, now);
  if (!r) throw new Error('no inventory');
  return r;
}

export const TEST_CONTEXT = {
  toolVersion: '0.0.0-test',
  now: T0 + 60_000,
  environment: { collectedBy: 'extension' as const, userAgent: 'test' },
};
