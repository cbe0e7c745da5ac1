// @vitest-environment happy-dom
// The probe's cookie capture is tested in real Chromium and Firefox (test/e2e); happy-dom's cookie property cannot be wrapped.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROBE_STORAGE_EVENT, STORAGE_SIGNAL_MS } from '../../src/content/probe-event.ts';

const signals: number[] = [];

beforeAll(async () => {
  document.addEventListener(PROBE_STORAGE_EVENT, () => signals.push(Date.now()));
  await import('../../src/content/probe.ts');
});

describe('main-world probe', () => {
  it('says when the page uses its storage, at once and at most once a second, without a timer of its own, and hands back the same storage object', async () => {
    vi.useFakeTimers();
    try {
      await vi.advanceTimersByTimeAsync(5000);
      expect(signals).toHaveLength(0); // nothing touched yet: nothing said
      const first = window.localStorage;
      expect(signals).toHaveLength(1); // said inside the page's own call
      expect(vi.getTimerCount()).toBe(0); // and nothing left to run later
      expect(window.localStorage).toBe(first);
      first.setItem('k', 'v');
      void window.sessionStorage.length;
      expect(signals).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(STORAGE_SIGNAL_MS / 2);
      void window.indexedDB;
      expect(signals).toHaveLength(1); // within the second: not said again
      await vi.advanceTimersByTimeAsync(STORAGE_SIGNAL_MS);
      expect(signals).toHaveLength(1); // no use since: no signal
      void window.localStorage;
      expect(signals).toHaveLength(2);
      expect(localStorage.getItem('k')).toBe('v');
      localStorage.clear();
    } finally {
      vi.useRealTimers();
    }
  });

});
