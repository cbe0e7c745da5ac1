import { describe, expect, it } from 'vitest';
import { InventoryStore } from '../../src/background/store.ts';
import { FakeArea } from '../helpers/session-area.ts';
import { recordSetCookieHeaders } from '../../src/background/record.ts';
import { T0, visit } from '../helpers/inventory.ts';

describe('InventoryStore', () => {
  it('persists inventories so that a restarted worker finds them again', async () => {
    const area = new FakeArea();
    const store = new InventoryStore(area, 5);
    await store.update(7, () => visit());
    await store.update(7, (inv) => recordSetCookieHeaders(inv!, 'https://ent.lycee-demo.fr/', ['a=1; Max-Age=60'], T0));
    await store.flush();

    const restarted = new InventoryStore(area, 5); // a new worker: empty memory, same storage.session
    const inv = await restarted.get(7);
    expect(inv?.site).toBe('lycee-demo.fr');
    expect(Object.values(inv!.cookies).map((c) => c.name)).toEqual(['a']);
    expect(await restarted.tabIds()).toEqual([7]);
  });

  it('applies the updates of one tab in order, even when they are async-interleaved', async () => {
    const store = new InventoryStore(new FakeArea(), 5);
    await store.update(1, () => visit());
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.update(1, (inv) => {
          order.push(i);
          recordSetCookieHeaders(inv!, 'https://ent.lycee-demo.fr/', [`c${i}=1`], T0 + i);
        }),
      ),
    );
    expect(order).toEqual([...Array(50).keys()]);
    expect(Object.keys((await store.get(1))!.cookies)).toHaveLength(50);
  });

  it('coalesces a burst of updates into few writes', async () => {
    const area = new FakeArea();
    const store = new InventoryStore(area, 20);
    await store.update(1, () => visit());
    for (let i = 0; i < 100; i++) void store.update(1, (inv) => recordSetCookieHeaders(inv!, 'https://ent.lycee-demo.fr/', [`c${i}=1`], T0));
    await store.get(1);
    await new Promise((r) => setTimeout(r, 60));
    await store.flush();
    expect(area.writes).toBeLessThanOrEqual(3);
    expect(Object.keys(JSON.parse(area.data.get('inv:1')!).cookies)).toHaveLength(100);
  });

  it('keeps the data in memory and reports the error when storage refuses a write', async () => {
    const area = new FakeArea();
    area.failWith = 'QUOTA_BYTES quota exceeded';
    const store = new InventoryStore(area, 5);
    await store.update(3, () => visit());
    await store.flush();
    expect(store.lastError).toContain('QUOTA_BYTES');
    expect((await store.get(3))?.site).toBe('lycee-demo.fr');
  });

  it('survives an update function that throws, for later updates of the same tab', async () => {
    const store = new InventoryStore(new FakeArea(), 5);
    await store.update(2, () => visit());
    await expect(store.update(2, () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await store.update(2, (inv) => recordSetCookieHeaders(inv!, 'https://ent.lycee-demo.fr/', ['after=1'], T0));
    expect(Object.values((await store.get(2))!.cookies).map((c) => c.name)).toEqual(['after']);
  });

  it('writes again only the audits a change concerns', async () => {
    const area = new FakeArea();
    const store = new InventoryStore(area, 5);
    await store.update(1, () => visit('https://ent.lycee-demo.fr/', 1));
    await store.update(2, () => visit('https://www.autre-demo.fr/', 2));
    await store.flush();
    const written: string[] = [];
    const set = area.set.bind(area);
    area.set = async (items) => {
      written.push(...Object.keys(items));
      await set(items);
    };
    await store.updateAll((inv) => inv.site === 'lycee-demo.fr', (inv) => recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['a=1'], T0));
    await store.flush();
    expect(written).toEqual(['inv:1']);
  });

  it('forgets a closed tab, in memory and in storage', async () => {
    const area = new FakeArea();
    const store = new InventoryStore(area, 5);
    await store.update(9, () => visit());
    await store.flush();
    await store.drop(9);
    await store.flush();
    expect(await store.get(9)).toBeNull();
    expect(area.data.has('inv:9')).toBe(false);
  });

  it('ignores foreign or corrupt entries in storage', async () => {
    const area = new FakeArea();
    area.data.set('inv:4', JSON.stringify({ version: 99 }));
    area.data.set('settings', JSON.stringify({}));
    expect(await new InventoryStore(area).tabIds()).toEqual([]);
  });
});
