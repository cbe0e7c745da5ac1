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
  it('says when the page uses its storage, at most once a second, and hands back the same storage object', async () => {
    vi.useFakeTimers();
    try {
      await vi.advanceTimersByTimeAsync(5000);
      expect(signals).toHaveLength(0); // nothing touched yet: nothing said
      const first = window.localStorage;
      expect(window.localStorage).toBe(first);
      first.setItem('k', 'v');
      void window.sessionStorage.length;
      await vi.advanceTimersByTimeAsync(0);
      expect(signals).toHaveLength(1);
      void window.indexedDB;
      await vi.advanceTimersByTimeAsync(STORAGE_SIGNAL_MS / 2);
      expect(signals).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(STORAGE_SIGNAL_MS);
      expect(signals).toHaveLength(1); // no use since: no signal
      void window.localStorage;
      await vi.advanceTimersByTimeAsync(0);
      expect(signals).toHaveLength(2);
      expect(localStorage.getItem('k')).toBe('v');
      localStorage.clear();
    } finally {
      vi.useRealTimers();
    }
  });

});
