/**
 * Per-tab inventories, kept in memory and persisted to storage.session as
 * they grow, so that a stopped service worker loses nothing: the next event
 * reloads them. Updates of one tab are serialised; writes are coalesced.
 */
import { type Inventory, INVENTORY_VERSION } from '../shared/inventory.ts';

export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'inv:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export class InventoryStore {
  private cache = new Map<number, Inventory>();
  private loadedAll: Promise<void> | null = null;
  private queues = new Map<number, Promise<unknown>>();
  private dirty = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> = Promise.resolve();
  /** Last persistence error, surfaced in the report notes. */
  lastError: string | null = null;

  constructor(
    private readonly area: SessionArea,
    private readonly flushDelayMs = 40,
  ) {}

  /** Loads every persisted inventory once (after a worker restart). */
  private loadAll(): Promise<void> {
    this.loadedAll ??= this.area.get(null).then(
      (all) => {
        for (const [k, v] of Object.entries(all)) {
          if (!k.startsWith(PREFIX)) continue;
          const tabId = Number(k.slice(PREFIX.length));
          if (!this.cache.has(tabId) && isInventory(v)) this.cache.set(tabId, v);
        }
      },
      (e: unknown) => {
        this.lastError = String(e);
      },
    );
    return this.loadedAll;
  }

  async get(tabId: number): Promise<Inventory | null> {
    await this.loadAll();
    await this.queues.get(tabId);
    return this.cache.get(tabId) ?? null;
  }

  async tabIds(): Promise<number[]> {
    await this.loadAll();
    return [...this.cache.keys()];
  }

  /**
   * Applies `fn` to the tab's inventory (null if none) after every earlier
   * update of that tab. `fn` may mutate it, or return a replacement; null
   * (returned) drops it.
   */
  update(tabId: number, fn: (inv: Inventory | null) => Inventory | null | void): Promise<void> {
    const prev = this.queues.get(tabId) ?? Promise.resolve();
    const next = prev.then(async () => {
      await this.loadAll();
      const before = this.cache.get(tabId) ?? null;
      const result = fn(before);
      const after = result === undefined ? before : result;
      if (after) this.cache.set(tabId, after);
      else this.cache.delete(tabId);
      if (before || after) this.markDirty(tabId);
    });
    const settled = next.catch((e: unknown) => {
      this.lastError = String(e);
    });
    this.queues.set(tabId, settled);
    return next;
  }

  /**
   * Updates every inventory for which `filter` holds. Only those are queued
   * (and so written again): a cookie change concerns one or two audits, not all.
   */
  async updateAll(filter: (inv: Inventory) => boolean, fn: (inv: Inventory) => void): Promise<void> {
    const ids = await this.tabIds();
    await Promise.all(
      ids
        .filter((id) => {
          const inv = this.cache.get(id);
          return inv !== undefined && filter(inv);
        })
        .map((id) => this.update(id, (inv) => (inv && filter(inv) ? fn(inv) : undefined))),
    );
  }

  drop(tabId: number): Promise<void> {
    return this.update(tabId, () => null);
  }

  private markDirty(tabId: number): void {
    this.dirty.add(tabId);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.flushDelayMs);
  }

  /** Writes the changed inventories now. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.dirty.size) return;
      const ids = [...this.dirty];
      this.dirty.clear();
      const toSet: Record<string, unknown> = {};
      const toRemove: string[] = [];
      for (const id of ids) {
        const inv = this.cache.get(id);
        if (inv) toSet[keyOf(id)] = inv;
        else toRemove.push(keyOf(id));
      }
      try {
        if (toRemove.length) await this.area.remove(toRemove);
        if (Object.keys(toSet).length) await this.area.set(toSet);
        this.lastError = null;
      } catch (e) {
        // Quota or a closed store: keep the data in memory, say so in the report.
        this.lastError = String(e);
      }
    });
    return this.flushing;
  }
}

function isInventory(v: unknown): v is Inventory {
  return typeof v === 'object' && v !== null && (v as Inventory).version === INVENTORY_VERSION && typeof (v as Inventory).site === 'string';
}
