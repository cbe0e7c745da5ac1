/** DOM event by which the main-world probe hands cookie writes to the isolated content script. */
export const PROBE_EVENT = 'temoin:cookie-write';
/** DOM event by which the probe says the page has just used one of its storages; its detail is which (a `StorageKind`). */
export const PROBE_STORAGE_EVENT = 'temoin:storage-used';
/** The storages the probe watches, by the name of the window's getter. */
export const STORAGE_KINDS = ['localStorage', 'sessionStorage', 'indexedDB'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];
/** At most one storage signal per storage per this many ms, however often the page touches it. */
export const STORAGE_SIGNAL_MS = 1000;
