/**
 * Main-world probe (runs before the page's scripts): sees the cookie writes
 * a page makes from script (`document.cookie = …`, `cookieStore.set(…)`),
 * which carry the lifetime the script asked for. It keeps only the name, a
 * short hash of the value and the attribute string: the value never leaves
 * the page. The isolated content script (every-frame.ts) forwards the
 * writes, and the worker parses the attributes (off the page's main thread).
 *
 * Cheap by design: reads of `document.cookie` keep the native getter (no
 * wrapper at all), and writes are queued and dispatched together after the
 * page's current task, one event per batch.
 *
 * It also tells the content script when the page uses its Web Storage or
 * IndexedDB (the `localStorage`, `sessionStorage` and `indexedDB` getters of
 * the window), and which of the three, at once and then at most once a
 * second each: the content script reads the keys of the storages used, and
 * only then. Opening an origin's storage costs the renderer a few ms, which a
 * page that never uses that storage should not pay for our sake.
 *
 * And it keeps count of what the page has scheduled (timers, idle callbacks,
 * animation frames, workers: schedule-watch.ts), which it says only when the
 * isolated script asks: the command line ends a visit's observation early
 * only when nothing is due.
 */
import { splitCookieLine, type CapturedCookieWrite } from '../audit/set-cookie.ts';
import { shortHash } from '../audit/hash.ts';
import { identifierPart, privacyMode } from '../audit/cookie-value.ts';
import { ISOLATED_HELLO, PROBE_HELLO, SCHEDULE_QUESTION, STORAGE_KINDS, STORAGE_SIGNAL_MS, type ProbeMessage, type StorageKind } from './probe-event.ts';
import { watchSchedule } from './schedule-watch.ts';
import { PROBE_LIMITS } from '../shared/limits.ts';

let batch: CapturedCookieWrite[] = [];
let scheduled = false;

// Taken before any script of the page runs: a page that replaces them later does not see our messages.
const dispatch = EventTarget.prototype.dispatchEvent;
const NativeCustomEvent = CustomEvent;
const stringify = JSON.stringify;
const doc = document;
const randomHex = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
/** The secret event name (probe-event.ts): handed to the isolated script once, at document_start. */
const channel = `temoin:${randomHex()}`;
const now = Date.now.bind(Date);
const later = setTimeout.bind(globalThis);
/** Says the secret name; true when the isolated script took it (it cancels the hello). */
const hello = () => !dispatch.call(doc, new NativeCustomEvent(PROBE_HELLO, { detail: channel, cancelable: true }));
// Whichever of the two scripts runs first, the second one's hello completes the exchange.
const onIsolatedHello = () => {
  if (hello()) doc.removeEventListener(ISOLATED_HELLO, onIsolatedHello);
};
if (!hello()) doc.addEventListener(ISOLATED_HELLO, onIsolatedHello);

function send(message: ProbeMessage): void {
  dispatch.call(doc, new NativeCustomEvent(channel, { detail: stringify(message) }));
}

// Wrapped after `later` was taken: our own flush timer is not the page's.
const schedule = watchSchedule(globalThis as never, now);
doc.addEventListener(channel + SCHEDULE_QUESTION, () => {
  try {
    send({ kind: 'schedule', schedule: schedule() });
  } catch {
    /* never break the page */
  }
});

function flush(): void {
  scheduled = false;
  if (batch.length) send({ kind: 'cookies', writes: batch });
  batch = [];
}

function capture(name: string, value: string, attributes: string): void {
  if (batch.length >= PROBE_LIMITS.queued) return;
  const mode = privacyMode(name, value);
  batch.push({ name: name.slice(0, PROBE_LIMITS.attributes), valueHash: shortHash(identifierPart(name, value)), attributes: attributes.slice(0, PROBE_LIMITS.attributes), at: now(), ...(mode ? { mode } : {}) });
  if (!scheduled) {
    scheduled = true;
    later(flush, 0);
  }
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
      try {
        const { name, value, attributes } = splitCookieLine(String(v));
        capture(name, value, attributes);
      } catch {
        /* never break the page */
      }
    },
  });
}

// Cookie Store API (Chromium): cookieStore.set(name, value) or set({name, value, expires, …}), as attributes.
const CS = (globalThis as { CookieStore?: { prototype: { set: (...a: unknown[]) => Promise<void> } } }).CookieStore;
if (CS?.prototype?.set) {
  const original = CS.prototype.set;
  CS.prototype.set = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    try {
      const o = (typeof args[0] === 'object' && args[0] !== null ? args[0] : { name: args[0], value: args[1] }) as Record<string, unknown>;
      if (typeof o.name === 'string') {
        const attrs = [
          typeof o.domain === 'string' ? `Domain=${o.domain}` : '',
          typeof o.path === 'string' ? `Path=${o.path}` : '',
          typeof o.expires === 'number' ? `Expires=${new Date(o.expires).toUTCString()}` : '',
          o.partitioned === true ? 'Partitioned' : '',
        ];
        capture(o.name, String(o.value ?? ''), attrs.filter(Boolean).join('; '));
      }
    } catch {
      /* never break the page */
    }
    return result;
  };
}

// Storage use: the window's getters, wrapped (the same object is returned; a getter that throws, in a sandboxed frame, still throws, and says nothing).
// Said at once, inside the page's own call (no task nor timer of ours: the listener only notes it), then at most once a second per storage.
const lastSignal: Record<StorageKind, number> = { localStorage: -Infinity, sessionStorage: -Infinity, indexedDB: -Infinity };
function storageUsed(kind: StorageKind): void {
  // The page's clock (it may set it; at worst it hears of its own storage more often).
  const at = Date.now();
  const last = lastSignal[kind];
  if (at - last < STORAGE_SIGNAL_MS && at >= last) return; // (a clock set back does not silence it)
  lastSignal[kind] = at;
  try {
    send({ kind: 'storage', storage: kind });
  } catch {
    /* never break the page */
  }
}
for (const name of STORAGE_KINDS) {
  // An own property of the global object in Chromium and Firefox ([Global] interface); on Window.prototype elsewhere.
  const owner = Object.prototype.hasOwnProperty.call(window, name) ? window : Window.prototype;
  const d = Object.getOwnPropertyDescriptor(owner, name);
  if (!d?.get || !d.configurable) continue;
  const get = d.get;
  Object.defineProperty(owner, name, {
    configurable: true,
    enumerable: d.enumerable ?? true,
    get(this: unknown) {
      const value: unknown = get.call(this);
      storageUsed(name);
      return value;
    },
    ...(d.set ? { set: d.set } : {}),
  });
}
