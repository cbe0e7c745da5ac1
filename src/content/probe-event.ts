/**
 * The channel between the main-world probe (probe.ts) and the isolated
 * content script of the same frame (every-frame.ts).
 *
 * A page shares the DOM with both and is an adversary: it could forge a
 * write that lowers a cookie's lifetime, or stop our events with a capture
 * listener. So the two agree at document_start, before any script of the
 * page has run, on a secret event name: each says hello on a fixed name
 * (whichever runs second gets the other's hello at once), the probe hands
 * over the name it drew, and both stop listening for hellos. Every later
 * message uses the secret name, which the page never sees: it cannot listen
 * for it, stop it, or forge it. The probe dispatches with the native
 * functions it took before the page could replace them.
 */
export const PROBE_HELLO = 'temoin:probe-hello';
export const ISOLATED_HELLO = 'temoin:isolated-hello';
/** A secret event name as the probe draws it (checked by the receiver). */
export const SECRET_NAME = /^temoin:[0-9a-f]{32}$/;

/** A message on the secret channel (its detail, as a JSON string). */
export type ProbeMessage = { kind: 'cookies'; writes: unknown[] } | { kind: 'storage'; storage: StorageKind } | { kind: 'schedule'; schedule: unknown };

/**
 * The isolated script asks the probe what the page has scheduled by
 * dispatching an event named the secret name plus this; the probe answers at
 * once, inside that dispatch, with a `schedule` message.
 */
export const SCHEDULE_QUESTION = ':schedule';

/** The storages the probe watches, by the name of the window's getter. */
export const STORAGE_KINDS = ['localStorage', 'sessionStorage', 'indexedDB'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];
/** At most one storage signal per storage per this many ms, however often the page touches it. */
export const STORAGE_SIGNAL_MS = 1000;
