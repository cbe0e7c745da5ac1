/**
 * Isolated-world content script of every frame (document_start): forwards
 * the probe's cookie writes, notes the first real user interaction (the
 * "before consent" boundary), and reads the frame's storage keys (Web
 * Storage keys, IndexedDB database names) when the page uses its storage.
 * It never clicks nor changes the page. The top frame's page scan (links,
 * banner, notice text) is top-frame.ts.
 *
 * Light on the page: a storage is read only after the probe (probe.ts) has
 * seen the page use it, at the first idle moment after load and on later
 * use, and a frame whose storage holds nothing says nothing. A storage the
 * page never touches during the visit (its local storage, its session
 * storage, its IndexedDB, each apart) is not read at all: opening one costs
 * the renderer a few tenths of a ms to a few ms (measured, npm run bench),
 * and storage that is neither read nor written during the visit is not an
 * access the audit could report.
 */
import type { CapturedCookieWrite } from '../shared/messages.ts';
import { PROBE_EVENT, PROBE_STORAGE_EVENT, STORAGE_KINDS, type StorageKind } from './probe-event.ts';
import { readStorageKeys } from './scan.ts';
import { sendToWorker } from './runtime.ts';
import { whenIdle, whenLoaded } from './idle.ts';

let pending: CapturedCookieWrite[] = [];
let flushTimer: ReturnType<typeof setTimeout> | null = null;
const MAX_PENDING = 500;

document.addEventListener(PROBE_EVENT, (e) => {
  const detail = (e as CustomEvent<unknown>).detail;
  // A batch of writes from the probe (the page can forge this event too: the worker validates every write).
  if (typeof detail !== 'string' || detail.length > 1_000_000 || pending.length >= MAX_PENDING) return;
  try {
    const writes: unknown = JSON.parse(detail);
    if (!Array.isArray(writes)) return;
    pending.push(...(writes.slice(0, MAX_PENDING - pending.length) as CapturedCookieWrite[]));
  } catch {
    return;
  }
  flushTimer ??= setTimeout(() => {
    flushTimer = null;
    const writes = pending;
    pending = [];
    void sendToWorker({ type: 'script-cookies', writes });
  }, 100);
});

const onInteraction = (e: Event) => {
  if (!e.isTrusted) return;
  window.removeEventListener('pointerdown', onInteraction, true);
  window.removeEventListener('keydown', onInteraction, true);
  void sendToWorker({ type: 'user-interaction', at: Date.now() });
};
window.addEventListener('pointerdown', onInteraction, true);
window.addEventListener('keydown', onInteraction, true);

/**
 * Storage reads. The probe's signal may be forged by the page: it can only
 * make us read its own keys. Bounded per document; a second look some
 * seconds after the first catches keys written through a reference the page
 * kept (which the probe does not see).
 */
const STORAGE = { maxReads: 20, secondLookMs: 4000 } as const;
/** The storages the page has used so far (what the probe said). */
const used = new Set<StorageKind>();
let loaded = false;
let scheduled = false;
let reads = 0;
let sent = '';

const readAndSend = async () => {
  scheduled = false;
  if (++reads === 1) setTimeout(requestRead, STORAGE.secondLookMs);
  try {
    const { keys, truncated } = await readStorageKeys(used);
    const json = JSON.stringify(keys);
    if (!keys.length || json === sent) return;
    sent = json;
    void sendToWorker({ type: 'storage-keys', url: location.href, keys, truncated });
  } catch {
    /* a page that breaks the reader must not break itself */
  }
};

function requestRead(): void {
  if (!used.size || !loaded || scheduled || reads >= STORAGE.maxReads) return;
  scheduled = true;
  whenIdle(() => void readAndSend());
}

document.addEventListener(PROBE_STORAGE_EVENT, (e) => {
  // Which storage: the page could forge this event too, and can only make us read its own keys.
  const kind = (e as CustomEvent<unknown>).detail;
  if (!STORAGE_KINDS.includes(kind as StorageKind)) return;
  used.add(kind as StorageKind);
  requestRead();
});

whenLoaded(() => {
  loaded = true;
  requestRead();
});
