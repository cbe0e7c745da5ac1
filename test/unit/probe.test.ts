// @vitest-environment happy-dom
// The probe's cookie capture is tested in real Chromium and Firefox (test/e2e); happy-dom's cookie property cannot be wrapped.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ISOLATED_HELLO, PROBE_HELLO, SECRET_NAME, STORAGE_SIGNAL_MS } from '../../src/content/probe-event.ts';

const signals: unknown[] = [];
let channel = '';
const hellos: string[] = [];

beforeAll(async () => {
  // The isolated script's side of the exchange: take the first hello, cancel it, listen on the secret name.
  document.addEventListener(PROBE_HELLO, (e) => {
    hellos.push(String((e as CustomEvent<unknown>).detail));
    if (channel) return;
    channel = String((e as CustomEvent<unknown>).detail);
    e.preventDefault();
    document.addEventListener(channel, (m) => {
      const msg = JSON.parse(String((m as CustomEvent<unknown>).detail)) as { kind: string; storage?: string };
      if (msg.kind === 'storage') signals.push(msg.storage);
    });
  });
  // happy-dom has no IndexedDB: a getter on the window, as in browsers, for the probe to wrap.
  if (!Object.getOwnPropertyDescriptor(window, 'indexedDB')) {
    const factory = {};
    Object.defineProperty(window, 'indexedDB', { configurable: true, enumerable: true, get: () => factory });
  }
  await import('../../src/content/probe.ts');
});

describe('main-world probe', () => {
  it('says when the page uses a storage, and which, at once and at most once a second per storage, without a timer of its own, and hands back the same storage object', async () => {
    vi.useFakeTimers();
    try {
      await vi.advanceTimersByTimeAsync(5000);
      expect(signals).toHaveLength(0); // nothing touched yet: nothing said
      const first = window.localStorage;
      expect(signals).toEqual(['localStorage']); // said inside the page's own call
      expect(vi.getTimerCount()).toBe(0); // and nothing left to run later
      expect(window.localStorage).toBe(first);
      first.setItem('k', 'v');
      expect(signals).toHaveLength(1); // within the second: not said again
      void window.sessionStorage.length;
      expect(signals).toEqual(['localStorage', 'sessionStorage']); // another storage: said at once
      await vi.advanceTimersByTimeAsync(STORAGE_SIGNAL_MS / 2);
      void window.indexedDB;
      void window.sessionStorage;
      expect(signals).toEqual(['localStorage', 'sessionStorage', 'indexedDB']);
      await vi.advanceTimersByTimeAsync(STORAGE_SIGNAL_MS);
      expect(signals).toHaveLength(3); // no use since: no signal
      void window.localStorage;
      expect(signals).toEqual(['localStorage', 'sessionStorage', 'indexedDB', 'localStorage']);
      expect(localStorage.getItem('k')).toBe('v');
      localStorage.clear();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands its secret channel to the isolated script once, before the page runs; a page saying hello later learns nothing', () => {
    expect(channel).toMatch(SECRET_NAME);
    expect(hellos).toEqual([channel]);
    // The page says the isolated script's hello, hoping for the name again: the probe no longer listens.
    document.dispatchEvent(new CustomEvent(ISOLATED_HELLO, { cancelable: true }));
    expect(hellos).toHaveLength(1);
    // Nothing is said on a fixed, guessable name any more.
    const fixed: unknown[] = [];
    document.addEventListener('temoin:storage-used', (e) => fixed.push(e));
    void window.sessionStorage;
    expect(fixed).toHaveLength(0);
  });

  it('keeps its own dispatch when the page replaces the DOM\'s', () => {
    const original = EventTarget.prototype.dispatchEvent;
    const seenByPage: string[] = [];
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, e: Event) {
      seenByPage.push(e.type);
      return original.call(this, e);
    };
    try {
      const before = signals.length;
      return new Promise<void>((resolve) => setTimeout(() => {
        void window.indexedDB;
        expect(signals.length).toBe(before + 1);
        expect(seenByPage).toEqual([]);
        resolve();
      }, STORAGE_SIGNAL_MS + 10));
    } finally {
      setTimeout(() => (EventTarget.prototype.dispatchEvent = original), STORAGE_SIGNAL_MS + 50);
    }
  });
});
