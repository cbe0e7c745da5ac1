import { describe, expect, it } from 'vitest';
import { diffReports, readPreviousReport } from '../../src/report/diff.ts';
import { audit } from '../../src/audit/audit.ts';
import { recordRequest, recordSetCookieHeaders } from '../../src/background/record.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

function reportWith(lines: string[], hosts: string[] = []) {
  const inv = visit();
  recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', lines, T0);
  for (const h of hosts) recordRequest(inv, `https://${h}/x.js`, 'script', T0);
  return audit(inv, TEST_CONTEXT);
}

describe('readPreviousReport', () => {
  it('refuses what is not a readable Témoin report, with a reason in French and English', () => {
    const cases: [string, RegExp][] = [
      ['{not json', /pas du JSON/],
      ['[]', /n'est pas un rapport Témoin/],
      [JSON.stringify({ tool: { name: 'Other' }, schemaVersion: '1.0.0' }), /n'est pas un rapport Témoin/],
      [JSON.stringify({ tool: { name: 'Témoin' }, schemaVersion: '2.0.0' }), /non prise en charge : 2\.0\.0/],
      [JSON.stringify({ tool: { name: 'Témoin' }, schemaVersion: '1.2.0', site: 'x.fr' }), /incomplet/],
      [JSON.stringify({ tool: { name: 'Témoin' }, schemaVersion: '1.2.0', site: 'x.fr', finishedAt: 'd', cookies: [{ name: 1 }], storage: [], thirdParties: [], findings: [] }), /altéré/],
    ];
    for (const [text, fr] of cases) {
      const r = readPreviousReport(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.error.fr).toMatch(fr);
        expect(r.error.en.length).toBeGreaterThan(5);
      }
    }
  });

  it('reads a report of an earlier 1.x schema (only the fields it compares), with a BOM', () => {
    const current = reportWith(['ent_prefs=fr; Max-Age=63072000']);
    const older = { ...current, schemaVersion: '1.1.0', banner: null, cookies: current.cookies.map(({ needsConsent: _n, ...c }) => c) };
    const r = readPreviousReport('\ufeff' + JSON.stringify(older));
    expect(r.ok).toBe(true);
  });
});

describe('diffReports', () => {
  it('lists new and gone cookies and hosts, changed lifetimes and findings whose status changed', () => {
    const before = reportWith(['_ga=1; Max-Age=63072000', 'old=1; Max-Age=60'], ['www.facebook.com']);
    const after = reportWith(['_ga=1; Max-Age=33955200', 'fresh=1; Max-Age=60'], ['cdn.exemple.net']);
    const prev = readPreviousReport(JSON.stringify(before));
    if (!prev.ok) throw new Error(prev.error.en);
    const d = diffReports(prev.report, after);
    expect(d.sameSite).toBe(true);
    expect(d.cookies).toEqual({ added: ['fresh (ent.lycee-demo.fr)'], removed: ['old (ent.lycee-demo.fr)'], lifetimeChanged: ['_ga (ent.lycee-demo.fr) : 730 → 393'] });
    expect(d.hosts).toEqual({ added: ['cdn.exemple.net'], removed: ['www.facebook.com'] });
    const lifetime = d.findings.changed.find((f) => f.rule === 'cookies.audience-lifetime');
    expect(lifetime).toMatchObject({ from: 'fail', to: 'pass' });
    // Grouped as a référent reads them: better (green) and worse (red), the earlier report named by its pages.
    expect(d.better).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'fail', to: 'pass' }), { text: '_ga (ent.lycee-demo.fr) : 730 → 393 j' }]));
    expect(d.worse.every((x) => x.to === undefined || x.from === null || ['fail', 'warn', 'manual'].indexOf(x.to!) >= 0)).toBe(true);
    expect(d.previous.pages).toBe(1);
    const back = diffReports((readPreviousReport(JSON.stringify(after)) as { ok: true; report: Parameters<typeof diffReports>[0] }).report, before);
    expect(back.worse).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'pass', to: 'fail' }), { text: '_ga (ent.lycee-demo.fr) : 393 → 730 j' }]));
  });

  it('finds nothing changed between a report and itself', () => {
    const r = reportWith(['_ga=1; Max-Age=63072000']);
    const prev = readPreviousReport(JSON.stringify(r));
    if (!prev.ok) throw new Error(prev.error.en);
    const d = diffReports(prev.report, r);
    expect([d.cookies.added, d.cookies.removed, d.cookies.lifetimeChanged, d.hosts.added, d.findings.changed, d.findings.added, d.findings.removed].every((x) => x.length === 0)).toBe(true);
  });
});
