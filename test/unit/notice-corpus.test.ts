/**
 * The notice corpus's labels speak the analyser's vocabulary: a label the bench cannot compare
 * (a right named 'objection' where the analyser says 'opposition', an item missing) would count
 * as an error of the analyser, or hide one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTICE_ITEMS, RIGHTS } from '../../src/audit/notice.ts';

const dir = new URL('../fixtures/notices/corpus/', import.meta.url);
interface Labelled {
  file: string;
  part: string;
  language: string;
  follows: string;
  shape: string;
  items: Record<string, unknown>;
  rights: string[];
  audienceRetentionMonths: number | null;
  movedToTune?: string;
  relabelled?: string;
}
const corpus = JSON.parse(readFileSync(new URL('corpus.json', dir), 'utf8')) as { notices: Labelled[] };

describe('the notice corpus labels', () => {
  it('label every art. 13 item of every text, true or false, and nothing else', () => {
    for (const n of corpus.notices) {
      expect(Object.keys(n.items).sort(), n.file).toEqual([...NOTICE_ITEMS].sort());
      for (const v of Object.values(n.items)) expect(typeof v, n.file).toBe('boolean');
    }
  });

  it("name rights as the analyser names them, and only where the rights item is labelled present", () => {
    for (const n of corpus.notices) {
      for (const r of n.rights) expect(RIGHTS as readonly string[], `${n.file}: ${r}`).toContain(r);
      if (n.rights.length) expect(n.items.rights, n.file).toBe(true);
    }
  });

  it('give each text a file that exists, once, a part, a language, the page it follows and its shape', () => {
    const files = corpus.notices.map((n) => n.file);
    expect(new Set(files).size).toBe(files.length);
    for (const n of corpus.notices) {
      expect(existsSync(new URL(n.file, dir)), n.file).toBe(true);
      expect(['tune', 'held-out'], n.file).toContain(n.part);
      expect(['fr', 'en', 'other'], n.file).toContain(n.language);
      expect(n.follows.length, n.file).toBeGreaterThan(10);
      expect(n.shape.length, n.file).toBeGreaterThan(10);
      expect(n.audienceRetentionMonths === null || (Number.isInteger(n.audienceRetentionMonths) && n.audienceRetentionMonths > 0), n.file).toBe(true);
    }
  });

  it('date and explain every move to the tuned part and every corrected label', () => {
    for (const n of corpus.notices) {
      if (n.movedToTune !== undefined) {
        expect(n.part, n.file).toBe('tune');
        // When and why: after its first measurement (its own figures since round 32, its round's before), or held out until a pass.
        expect(n.movedToTune, n.file).toMatch(/^\d{4}-\d{2}-\d{2}, (after|held out) \S.{20,}/);
      }
      if (n.relabelled !== undefined) expect(n.relabelled, n.file).toMatch(/^\d{4}-\d{2}-\d{2}[:,] \S.{20,}/);
    }
  });
});
