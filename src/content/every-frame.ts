/**
 * Isolated-world content script of every frame (document_start): forwards
 * the probe's cookie writes, notes the first real user interaction (the
 * "before consent" boundary), and reads the frame's storage keys (Web
 * Storage keys, IndexedDB database names) when the page uses its storage.
 * It never clicks nor changes the page. The top frame's page scan (links,
 * banner, notice text) is top-frame.ts.
 *
 * The probe talks to it on a secret channel agreed before the page's own
 * scripts run (probe-event.ts): the page can neither forge nor stop what the
 * probe says. Times are this script's (the page can set its own clock).
 *
 * Light on the page: the top frame's storages are read once at the first
 * idle moment after load, whatever the probe said; a frame's storage is read
 * after the probe (probe.ts) has seen the page use it, at the first idle
 * moment after load and on later use, and a frame whose storage holds
 * nothing says nothing. In an embedded frame, a storage the page never
 * touches during the visit is not read at all: opening one costs the
 * renderer a few tenths of a ms to a few ms (measured, npm run bench).
 */
import type { CapturedCookieWrite } from '../shared/messages.ts';
import { ISOLATED_HELLO, PROBE_HELLO, SCHEDULE_QUESTION, SECRET_NAME, STORAGE_KINDS, type StorageKind } from './probe-event.ts';
import { parseFrameAnswer, type FrameAnswer } from '../shared/page-schedule.ts';
import { readStorageKeys } from './scan.ts';
import { sendToWorker } from './runtime.ts';
import { whenIdle, whenLoaded } from './idle.ts';
import { PROBE_LIMITS } from '../shared/limits.ts';

let pending: CapturedCookieWrite[] = [];
let flushTimer: ReturnType<typeof setTimeout> | null = null;

function onCookieWrites(writes: unknown): void {
  if (!Array.isArray(writes) || pending.length >= PROBE_LIMITS.pending) return;
  pending.push(...(writes.slice(0, PROBE_LIMITS.pending - pending.length) as CapturedCookieWrite[]));
  flushTimer ??= setTimeout(() => {
    flushTimer = null;
    const batch = pending;
    pending = [];
    // When we received them, by our clock (the page can set its own): a write is never dated later than this.
    void sendToWorker({ type: 'script-cookies', writes: batch, receivedAt: Date.now() });
  }, 100);
}

function onProbeMessage(e: Event): void {
  const detail = (e as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string' || detail.length > 1_000_000) return;
  try {
    const m = JSON.parse(detail) as { kind?: unknown; writes?: unknown; storage?: unknown; schedule?: unknown };
    if (m.kind === 'cookies') onCookieWrites(m.writes);
    else if (m.kind === 'schedule') scheduleAnswer = m.schedule;
    else if (m.kind === 'storage' && STORAGE_KINDS.includes(m.storage as StorageKind)) storageUsed(m.storage as StorageKind);
  } catch {
    /* not ours */
  }
}

/**
 * The secret channel (probe-event.ts): the first hello with a well-formed
 * name, while no script of the page can have run yet (the document has no
 * script element), gives the name; the hello is cancelled to tell the probe.
 */
let channel: string | null = null;
const onProbeHello = (e: Event) => {
  const name = (e as CustomEvent<unknown>).detail;
  if (channel !== null || typeof name !== 'string' || !SECRET_NAME.test(name) || document.scripts.length > 0) return;
  channel = name;
  e.preventDefault();
  document.removeEventListener(PROBE_HELLO, onProbeHello);
  document.addEventListener(channel, onProbeMessage);
};
document.addEventListener(PROBE_HELLO, onProbeHello);
document.dispatchEvent(new CustomEvent(ISOLATED_HELLO, { cancelable: true }));

const onInteraction = (e: Event) => {
  if (!e.isTrusted) return;
  window.removeEventListener('pointerdown', onInteraction, true);
  window.removeEventListener('keydown', onInteraction, true);
  void sendToWorker({ type: 'user-interaction', at: Date.now() });
};
window.addEventListener('pointerdown', onInteraction, true);
window.addEventListener('keydown', onInteraction, true);

/**
 * Storage reads. Bounded per document; a second look some
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

function storageUsed(kind: StorageKind): void {
  used.add(kind);
  requestRead();
}

/**
 * What this frame still has to do, for the worker's `get-page-schedule`
 * (scripting.executeScript in our isolated world; the page cannot see it):
 * the page's schedule, asked of the probe on the secret channel (it answers
 * inside the dispatch), and our own work still to come here (a batch of
 * writes, a storage read; the top frame adds its scans, top-frame.ts).
 */
let scheduleAnswer: unknown = null;
const scope = globalThis as { temoinFrameWork?: () => FrameAnswer; temoinScanDueInMs?: () => number | null };
scope.temoinFrameWork = () => {
  scheduleAnswer = null;
  if (channel !== null) document.dispatchEvent(new CustomEvent(channel + SCHEDULE_QUESTION));
  const scan = scope.temoinScanDueInMs?.() ?? null;
  return parseFrameAnswer({ page: scheduleAnswer, ownWorkInMs: flushTimer !== null || scheduled ? 0 : scan });
};

whenLoaded(() => {
  loaded = true;
  // The audited page itself: all its storages, once, whatever the probe could say.
  if (window === window.top) for (const kind of STORAGE_KINDS) used.add(kind);
  requestRead();
});
