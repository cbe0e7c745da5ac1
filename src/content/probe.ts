/**
 * Main-world probe (runs before the page's scripts): sees the cookie writes
 * a page makes from script (`document.cookie = …`, `cookieStore.set(…)`),
 * which carry the lifetime the script asked for. It parses each write here
 * and passes on the name, attributes and a short hash: the value never leaves
 * the page. The isolated content script (index.ts) forwards it.
 */
import { declaredExpiry, parseSetCookie } from '../audit/set-cookie.ts';
import { shortHash } from '../audit/hash.ts';
import { PROBE_EVENT } from './probe-event.ts';

type Write = { name: string; valueHash: string; domain?: string; path?: string; expiresAt: number | null; partitioned: boolean; at: number };

function emit(w: Write): void {
  document.dispatchEvent(new CustomEvent(PROBE_EVENT, { detail: JSON.stringify(w) }));
}

function onCookieString(line: string): void {
  const at = Date.now();
  const r = parseSetCookie(line);
  if (!r.ok) return;
  const c = r.cookie;
  emit({
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
  const { get, set } = desc;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: desc.enumerable ?? true,
    get(this: Document) {
      return get.call(this);
    },
    set(this: Document, v: unknown) {
      set.call(this, v);
      try {
        onCookieString(String(v));
      } catch {
        /* never break the page */
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
