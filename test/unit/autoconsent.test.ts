/** Autoconsent, detect-only (the consent-banner logic that needs no browser). */
import { describe, expect, it } from 'vitest';
import { recordAutoconsent, recordScan, wantsCmpNames } from '../../src/background/record.ts';
import { initAnswer, isIndexedRuleset } from '../../src/background/autoconsent-config.ts';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json' with { type: 'json' };
import type { Report } from '../../src/report/types.ts';
import { parseMessage } from '../../src/shared/messages.ts';
import { T0, visit } from '../helpers/inventory.ts';
import { HOME, control, banner, scanWith, report, status } from '../helpers/banner.ts';

describe('autoconsent, detect-only', () => {
  it('is configured never to click nor hide, and gets only the rules for the page', () => {
    expect(isIndexedRuleset(compactRules)).toBe(true);
    const rules = isIndexedRuleset(compactRules) ? compactRules : null;
    const a = initAnswer('https://www.lycee.fr/', true, rules);
    expect(a.config).toMatchObject({ autoAction: null, enablePrehide: false, enableHeuristicDetection: false });
    const frame = initAnswer('https://www.lycee.fr/', false, rules);
    expect(frame.rules.compact.r.length).toBeLessThan(a.rules.compact.r.length);
    expect(a.rules.compact.r.length).toBeGreaterThan(100);
  });

  it('answers with no rules when the rules file could not be read, and tells a broken file from the rules', () => {
    expect(initAnswer('https://www.lycee.fr/', true, null).rules.compact.r).toEqual([]);
    expect(isIndexedRuleset({ s: [], r: [] })).toBe(false);
    expect(isIndexedRuleset('not json')).toBe(false);
  });

  it('passes on only names, eval requests by snippet id, and its click count', () => {
    expect(parseMessage({ type: 'autoconsent', message: { type: 'popupFound', cmp: 'Sirdata', url: 'x' } })).toEqual({ type: 'autoconsent', message: { type: 'popupFound', cmp: 'Sirdata' } });
    expect(parseMessage({ type: 'autoconsent', message: { type: 'eval', id: '1', code: 'fetch("//evil")', snippetId: 'EVAL_COOKIEBOT_1' } })).toEqual({ type: 'autoconsent', message: { type: 'eval', id: '1', snippetId: 'EVAL_COOKIEBOT_1' } });
    expect(parseMessage({ type: 'autoconsent', message: { type: 'report', state: { clicks: 2 } } })).toEqual({ type: 'autoconsent', message: { type: 'report', clicks: 2 } });
    expect(parseMessage({ type: 'autoconsent', message: { type: 'optOutResult', cmp: 'x' } })).toBeNull();
    expect(parseMessage({ type: 'autoconsent', message: 'init' })).toBeNull();
  });

  it('is run only on a page showing a banner our table does not name, once', () => {
    const inv = visit();
    expect(wantsCmpNames(inv, scanWith(null))).toBe(false);
    expect(wantsCmpNames(inv, scanWith(banner([control('accept', 'OK')], { cmp: 'tarteaucitron', source: 'signature' })))).toBe(false);
    expect(wantsCmpNames(inv, scanWith(banner([control('accept', 'OK')], { visible: false })))).toBe(false);
    expect(wantsCmpNames(inv, scanWith(banner([control('accept', 'OK')])))).toBe(true);
    expect(wantsCmpNames(inv, scanWith(banner([control('accept', 'OK')])))).toBe(false); // already handed over
    visit(HOME, 7, inv, T0 + 5000);
    expect(wantsCmpNames(inv, scanWith(banner([control('accept', 'OK')])))).toBe(true); // a new page
  });

  it('names a banner our table does not know, prefixed so that it is not taken for ours', () => {
    const inv = visit();
    recordScan(inv, scanWith(banner([control('accept', 'Accepter'), control('reject', 'Continuer sans accepter')])), T0);
    recordAutoconsent(inv, { type: 'popupFound', cmp: 'Sirdata' });
    recordAutoconsent(inv, { type: 'report', clicks: 0 });
    const r = report(inv);
    expect(r.banner).toMatchObject({ cmp: 'autoconsent:sirdata', cmpName: 'Sirdata', autoconsent: { popups: ['Sirdata'], clicks: 0 } });
    const only = visit();
    recordAutoconsent(only, { type: 'popupFound', cmp: 'consentmanager.net' });
    const r2 = report(only);
    expect(r2.banner).toMatchObject({ detected: true, cmp: 'autoconsent:consentmanager-net', source: 'autoconsent', kind: null });
    expect(status(r2, 'consent.reject-first-layer')).toBe('manual');
    // The findings say who named the banner, whether our scan saw it too or autoconsent alone did.
    const said = (x: Report, lang: 'fr' | 'en') => {
      const f = x.findings.find((g) => g.rule === 'consent.reject-first-layer')!;
      const text = lang === 'en' ? f.en : f;
      return [text.title, ...text.evidence].join(' | ');
    };
    expect(said(r, 'fr')).toContain('bandeau Sirdata (nommé par autoconsent)');
    expect(said(r, 'en')).toContain('Sirdata banner (named by autoconsent)');
    expect(said(r2, 'fr')).toContain('bandeau consentmanager.net (nommé par autoconsent)');
  });
});
