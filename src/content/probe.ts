/**
 * Main-world probe (runs before the page's scripts): sees the cookie writes
 * a page makes from script (`document.cookie = …`, `cookieStore.set(…)`),
 * which carry the lifetime the script asked for. It parses each write here
 * and passes on the name, attributes and a short hash: the value never leaves
 * the page. The isolated content script (index.ts) forwards it.
 *
 * Cheap by design: reads of `document.cookie` keep the native getter (no
 * wrapper at all), and writes are queued and handled together after the
 * page's current task, one event per batch.
 */
import { declaredExpiry, parseSetCookie } from '../audit/set-cookie.ts';
import { shortHash } from '../audit/hash.ts';
import { PROBE_EVENT } from './probe-event.ts';

type Write = { name: string; valueHash: string; domain?: string; path?: string; expiresAt: number | null; partitioned: boolean; at: number };

let batch: Write[] = [];
let lines: [string, number][] = [];
let scheduled = false;
const MAX_QUEUED = 500;

function flush(): void {
  scheduled = false;
  for (const [line, at] of lines) {
    try {
      onCookieString(line, at);
    } catch {
      /* never break the page */
    }
  }
  lines = [];
  if (batch.length) document.dispatchEvent(new CustomEvent(PROBE_EVENT, { detail: JSON.stringify(batch) }));
  batch = [];
}

function emit(w: Write): void {
  batch.push(w);
  if (!scheduled) {
    scheduled = true;
    setTimeout(flush, 0);
  }
}

function onCookieString(line: string, at: number): void {
  const r = parseSetCookie(line);
  if (!r.ok) return;
  const c = r.cookie;
  batch.push({
    name: c.name,
    valueHash: c.valueHash,
    ...(c.domain ? { domain: c.domain } : {}),
    ...(c.path ? { path: c.path } : {}),
    expiresAt: declaredExpiry(c, at),
    partitioned: c.partitioned,
    at,
  });
}

const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
if (desc?.get && desc.set && desc.configurable) {
  const { set } = desc;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: desc.enumerable ?? true,
    get: desc.get, // the native getter itself: reading costs the page nothing more
    set(this: Document, v: unknown) {
      set.call(this, v);
      if (lines.length >= MAX_QUEUED) return;
      lines.push([String(v), Date.now()]);
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, 0);
      }
    },
  });
}

// Cookie Store API (Chromium): cookieStore.set(name, value) or set({name, value, expires, …}).
const CS = (globalThis as { CookieStore?: { prototype: { set: (...a: unknown[]) => Promise<void> } } }).CookieStore;
if (CS?.prototype?.set) {
  const original = CS.prototype.set;
  CS.prototype.set = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    try {
      const at = Date.now();
      const o = (typeof args[0] === 'object' && args[0] !== null ? args[0] : { name: args[0], value: args[1] }) as Record<string, unknown>;
      if (typeof o.name === 'string') {
        emit({
          name: o.name,
          valueHash: shortHash(String(o.value ?? '')),
          ...(typeof o.domain === 'string' ? { domain: o.domain } : {}),
          ...(typeof o.path === 'string' ? { path: o.path } : {}),
          expiresAt: typeof o.expires === 'number' ? o.expires : null,
          partitioned: o.partitioned === true,
          at,
        });
      }
    } catch {
      /* never break the page */
    }
    return result;
  };
}
