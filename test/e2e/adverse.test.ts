/**
 * A site that tries to bend what Témoin records, in real Chromium
 * (fixture www.lycee-adverse.fr): the report still shows what it really did,
 * and the verdicts that would rest on what it hid become manual checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReport, waitForSettle } from '../../src/cli/driver.ts';
import type { Report } from '../../src/report/types.ts';
import { FIXTURE } from '../fixtures/sites.ts';
import { cookieOf, startFixtureHarness, type FixtureHarness } from './harness.ts';

let h: FixtureHarness;
let report: Report;

beforeAll(async () => {
  h = await startFixtureHarness();
  const { tabId, page } = await h.ext.openTab(FIXTURE.adverse);
  await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
  for (let i = 0; i < 20 && !(await getReport(h.ext, tabId)).thirdParties.some((t) => t.host === 'www.google-analytics.com'); i++) await page.waitForTimeout(250);
  // Then a page after login that names its user.
  await page.goto(`${FIXTURE.adverse}eleve/marie.martin/accueil`);
  await waitForSettle(h.ext, tabId, page, { expectedPages: 2 });
  report = await getReport(h.ext, tabId);
  await page.close();
}, 180_000);

afterAll(async () => {
  await h?.close();
});

describe('a site that tries to bend the record', () => {
  it('keeps no personal data of a page after login: not in titles, addresses, links nor e-mails', () => {
    expect(report.pages).toHaveLength(2);
    expect(JSON.stringify(report)).not.toMatch(/marie|martin|20231187/i);
    expect(report.links.map((l) => l.text)).toContain('Mentions légales');
  });

  it('cannot forge the probe\'s messages, on the old fixed names or by asking for the channel', () => {
    const names = report.cookies.map((c) => c.name);
    expect(names).not.toContain('forge_exemple');
    expect(names).not.toContain('forge_canal');
  });

  it('cannot bypass the probe through a frame it creates: the lifetime asked for is seen, and the key written there is read', () => {
    const c = cookieOf(report, '_pk_id.9.abcd');
    expect(c.declaredLifetimeDays).toBeGreaterThan(1000);
    expect(report.storage.map((s) => s.key)).toContain('suivi.visiteur');
    expect(JSON.stringify(report)).not.toMatch(/valeur-secrete/);
  });

  it('cannot hide a tracker behind a flood of junk: the tracker is kept, and absence verdicts become manual checks', () => {
    expect(report.thirdParties.map((t) => t.host)).toContain('www.google-analytics.com');
    expect(report.notes.some((n) => /Listes d'observation pleines/.test(n))).toBe(true);
    expect(report.findings.filter((f) => f.status === 'pass' && f.rule === 'consent.no-tracker-before-consent')).toEqual([]);
  });

  it('records what the page\'s own workers send, though no tab is attached to their requests', async () => {
    const { tabId, page } = await h.ext.openTab(FIXTURE.worker);
    await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
    let r = await getReport(h.ext, tabId);
    for (let i = 0; i < 20 && !r.thirdParties.some((t) => t.host === 'stats.college-worker-mesure.fr'); i++) {
      await page.waitForTimeout(250);
      r = await getReport(h.ext, tabId);
    }
    await page.close();
    expect(r.thirdParties.map((t) => t.host)).toContain('stats.college-worker-mesure.fr');
  });
});
