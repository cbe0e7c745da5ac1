/**
 * Storage keys end to end, in Chromium: the probe says when a frame uses its
 * storage, and the content script of that frame reads the keys (never the
 * values) at load, on later use, and once more a few seconds later.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReport } from '../../src/cli/driver.ts';
import type { Report } from '../../src/report/types.ts';
import { FIXTURE } from '../fixtures/sites.ts';
import { startFixtureHarness, type FixtureHarness } from './harness.ts';

let h: FixtureHarness;
const keysOf = (r: Report) => r.storage.map((s) => `${s.area} ${s.origin} ${s.key}`).sort();
const EXPECTED = [
  'indexedDB https://www.ecole-stockage.fr ecole-hors-ligne',
  'localStorage https://lecteur.stockage-demo.fr lecteur.reference',
  'localStorage https://www.ecole-stockage.fr ecole.theme',
  'sessionStorage https://www.ecole-stockage.fr ecole.tard',
];

beforeAll(async () => {
  h = await startFixtureHarness();
}, 180_000);

afterAll(async () => {
  await h?.close();
});

describe('storage keys', () => {
  it('finds keys written at load, after load (Web Storage and an IndexedDB database), and by an embedded frame through a kept reference, without their values', async () => {
    const { tabId, page } = await h.ext.openTab(FIXTURE.storage);
    let report = await getReport(h.ext, tabId);
    // The frame writes its key 1 s after load and is read again about 4 s after its first read.
    for (let i = 0; i < 40 && keysOf(report).length < EXPECTED.length; i++) {
      await page.waitForTimeout(250);
      report = await getReport(h.ext, tabId);
    }
    expect(keysOf(report)).toEqual(EXPECTED);
    expect(JSON.stringify(report)).not.toMatch(/valeur-secrete/);
    await page.close();
  });
});
