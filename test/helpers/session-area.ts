import type { SessionArea } from '../../src/background/store.ts';

/** An in-memory storage.session that serialises like the real one, and can fail. */
export class FakeArea implements SessionArea {
  data = new Map<string, string>();
  failWith: string | null = null;
  writes = 0;
  async get(keys: string | string[] | null) {
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((k) => this.data.has(k)).map((k) => [k, JSON.parse(this.data.get(k)!)]));
  }
  async set(items: Record<string, unknown>) {
    if (this.failWith) throw new Error(this.failWith);
    this.writes++;
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
  }
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}
