/** DOM event by which the main-world probe hands cookie writes to the isolated content script. */
export const PROBE_EVENT = 'temoin:cookie-write';
/** DOM event by which the probe says the page has just used its Web Storage or IndexedDB (no detail). */
export const PROBE_STORAGE_EVENT = 'temoin:storage-used';
/** At most one storage signal per this many ms, however often the page touches its storage. */
export const STORAGE_SIGNAL_MS = 1000;
