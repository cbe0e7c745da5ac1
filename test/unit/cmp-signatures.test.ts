/** The CMP signature table (the consent-banner logic that needs no browser). */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CMP_SIGNATURES } from '../../src/knowledge/cmps.ts';

describe('the CMP signature table', () => {
  it('has unique ids, a source and valid selectors for every CMP', () => {
    const document = new Window().document;
    expect(new Set(CMP_SIGNATURES.map((s) => s.id)).size).toBe(CMP_SIGNATURES.length);
    for (const s of CMP_SIGNATURES) {
      expect(s.source.length, s.id).toBeGreaterThan(10);
      expect(s.storage.length, s.id).toBeGreaterThan(0);
      for (const sel of [s.present, s.banner, s.accept, s.reject, s.settings, s.rejectSecondLayer, s.manage]) {
        if (sel) expect(() => document.querySelector(sel), `${s.id}: ${sel}`).not.toThrow();
      }
    }
  });
});
