/**
 * When a visit's observation ends, in Chromium: a page is watched for its
 * whole window after load unless nothing it has scheduled can still run in
 * it. Tags that start late, each in its own way, must still be recorded; a
 * quiet page's visit ends sooner; a page that keeps an interval is watched
 * for the whole window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReport, MIN_OBSERVATION_MS, OBSERVATION_WINDOW_MS, waitForSettle, type VisitWatch } from '../../src/cli/driver.ts';
import type { Report } from '../../src/report/types.ts';
import { FIXTURE } from '../fixtures/sites.ts';
import { startFixtureHarness, type FixtureHarness } from './harness.ts';

let h: FixtureHarness;

beforeAll(async () => {
  h = await startFixtureHarness();
}, 180_000);

afterAll(async () => {
  await h?.close();
});

/** One first visit, as the command line makes it: the report, and how the observation ended. */
async function visit(path: string): Promise<{ report: Report; watch: VisitWatch }> {
  await h.context.clearCookies();
  const { tabId, page } = await h.ext.openTab(new URL(path, FIXTURE.late).href);
  let watch: VisitWatch | null = null;
  await waitForSettle(h.ext, tabId, page, { expectedPages: 1, onWatched: (w) => (watch = w) });
  const report = await getReport(h.ext, tabId);
  await page.close();
  return { report, watch: watch! };
}

const hits = (r: Report, tid: string) => JSON.stringify(r.thirdParties).includes('google-analytics') && JSON.stringify(r).includes(tid);

describe('a visit ends when the page has nothing left to run', () => {
  it('ends a quiet page’s visit before its window, after the minimum', async () => {
    const { watch } = await visit('/');
    expect(watch.ended).toBe('nothing-scheduled');
    expect(watch.watchedMs).toBeGreaterThanOrEqual(MIN_OBSERVATION_MS);
    expect(watch.watchedMs).toBeLessThan(OBSERVATION_WINDOW_MS);
  });

  it('watches a page that keeps an interval for its whole window', async () => {
    const { watch } = await visit('/repetition');
    expect(watch.ended).toBe('window');
    expect(watch.watchedMs).toBeGreaterThanOrEqual(OBSERVATION_WINDOW_MS);
  });

  // Each tag sets `_ga` for two years, about 1.5 to 1.8 s after load: after the minimum, within the window.
  for (const [path, how] of [
    ['/minuteur', 'a timer set at load'],
    ['/chaine', 'a timer that sets another'],
    ['/lent', 'a script the server answers 1.6 s late'],
    ['/inactif', 'an idle callback that sets a timer'],
  ] as const) {
    it(`records a tag started by ${how}`, async () => {
      const { report, watch } = await visit(path);
      expect(report.cookies.map((c) => c.name)).toContain('_ga');
      expect(report.findings.some((f) => f.status === 'fail' && JSON.stringify(f).includes('_ga'))).toBe(true);
      expect(watch.watchedMs).toBeGreaterThan(MIN_OBSERVATION_MS);
    });
  }

  it('records the tag of the page a page refreshes itself to (a meta refresh, no script)', async () => {
    const { report, watch } = await visit('/rafraichir');
    expect(report.cookies.map((c) => c.name)).toContain('_ga');
    expect(watch.watchedMs).toBeGreaterThan(1300); // the refresh comes 2.4 s after the document began: after the minimum, within the window
  });

  it('records the hit of a timer in an embedded frame of another site', async () => {
    const { report, watch } = await visit('/cadre');
    expect(hits(report, 'G-CADRE1') || JSON.stringify(report.thirdParties).includes('google-analytics')).toBe(true);
    expect(watch.watchedMs).toBeGreaterThanOrEqual(1500);
  });
});
