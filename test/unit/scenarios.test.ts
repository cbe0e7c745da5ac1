/** --scenarios, the pure part (the consent-banner logic that needs no browser). */
import { describe, expect, it } from 'vitest';
import { clickPlan, mergeScenarios, scenarioOf } from '../../src/audit/scenarios.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { recordInteraction, recordRequest, recordScan, recordScriptCookies } from '../../src/background/record.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { T0, visit } from '../helpers/inventory.ts';
import { HOME, control, banner, scanWith, pixel, report } from '../helpers/banner.ts';

describe('--scenarios, the pure part', () => {
  const inv = visit();
  recordScan(inv, scanWith(banner([control('accept', 'Tout accepter'), control('settings', 'Personnaliser', { selector: '#perso' })], { cmp: 'tarteaucitron', source: 'signature', rejectSecondLayer: true })), T0);
  const main = report(inv);

  it('plans one click to accept, and settings then the panel’s reject control to refuse', () => {
    expect(clickPlan(main.banner, 'accept')).toEqual({ steps: [{ selector: '#accept', text: 'Tout accepter' }] });
    expect(clickPlan(main.banner, 'reject')).toEqual({ steps: [{ selector: '#perso', text: 'Personnaliser' }, { secondLayer: 'reject', selector: '#tarteaucitronAllDenied' }] });
    expect(clickPlan(null, 'reject')).toEqual({ error: expect.stringMatching(/aucun bandeau/) });
  });

  it('lists trackers that need consent seen after the choice, not deletions nor those from before', () => {
    const after = visit();
    pixel(after); // before the click
    recordInteraction(after, T0 + 1000);
    recordScriptCookies(after, HOME, [{ name: '_gcl_au', valueHash: 'h', path: '/', expiresAt: T0 + 90 * DAY_MS, partitioned: false, at: T0 + 2000 }], T0 + 2000);
    recordScriptCookies(after, HOME, [{ name: '_fbc', valueHash: 'h', path: '/', expiresAt: T0 - DAY_MS, partitioned: false, at: T0 + 2000 }], T0 + 2000);
    recordRequest(after, 'https://www.facebook.com/tr?id=1&ev=PageView', 'image', T0 + 3000);
    const s = scenarioOf('reject', report(after), ['Tout refuser']);
    expect(s.trackersAfterChoice).toEqual(['cookie _gcl_au (ent.lycee-demo.fr)', 'www.facebook.com']);
    expect(s.trackers).toContain('cookie _fbp (lycee-demo.fr)');
    expect(s.trackers.join(' ')).not.toContain('_fbc');
  });

  it('decides the refusal finding from the reject scenario, and replaces the default choice lifetime by the observed one', () => {
    const honoured = visit();
    recordScan(honoured, scanWith(banner([control('accept', 'Tout accepter'), control('reject', 'Tout refuser')], { cmp: 'tarteaucitron', source: 'signature' })), T0);
    recordInteraction(honoured, T0 + 1000);
    recordScriptCookies(honoured, HOME, [{ name: 'tarteaucitron', valueHash: 'h', path: '/', expiresAt: T0 + 1000 + 180 * DAY_MS, partitioned: false, at: T0 + 1000 }], T0 + 1000);
    const rejectReport = report(honoured);
    const merged = mergeScenarios(main, [
      { scenario: scenarioOf('reject', rejectReport, ['Personnaliser', 'Tout refuser']), report: rejectReport },
      { scenario: scenarioOf('accept', null, [], 'aucun bouton'), report: null },
    ]);
    expect(validateReport(merged)).toEqual({ ok: true });
    expect(merged.scenarios?.map((s) => s.id)).toEqual(['none', 'reject', 'accept']);
    expect(merged.findings.find((f) => f.rule === 'consent.refusal-honoured')?.status).toBe('pass');
    const life = merged.findings.find((f) => f.rule === 'consent.choice-lifetime')!;
    expect([life.status, life.evidence.at(-1)]).toEqual(['pass', 'observé après le scénario « reject »']);
    expect(merged.banner?.consentCookie).toEqual({ name: 'tarteaucitron', lifetimeDays: 180, source: 'observed' });

    const betrayed = mergeScenarios(main, [{ scenario: { ...scenarioOf('reject', rejectReport, ['Tout refuser']), trackersAfterChoice: ['www.facebook.com'] }, report: rejectReport }]);
    expect(betrayed.findings.find((f) => f.rule === 'consent.refusal-honoured')?.status).toBe('fail');
    const untested = mergeScenarios(main, [{ scenario: scenarioOf('reject', null, [], 'aucun bouton de refus'), report: null }]);
    expect(untested.findings.find((f) => f.rule === 'consent.refusal-honoured')?.status).toBe('manual');
  });
});
