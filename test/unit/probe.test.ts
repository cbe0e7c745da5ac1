// @vitest-environment happy-dom
// The probe's cookie capture is tested in real Chromium and Firefox (test/e2e); happy-dom's cookie property cannot be wrapped.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROBE_STORAGE_EVENT, STORAGE_SIGNAL_MS } from '../../src/content/probe-event.ts';

const signals: unknown[] = [];

beforeAll(async () => {
  document.addEventListener(PROBE_STORAGE_EVENT, (e) => signals.push((e as CustomEvent<unknown>).detail));
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

});
