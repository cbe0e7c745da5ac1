/** Kind of box and prominence (the consent-banner logic that needs no browser). */
import { describe, expect, it } from 'vitest';
import { bannerKind, compareProminence, contrastRatio } from '../../src/audit/banner.ts';
import { control, banner } from '../helpers/banner.ts';

describe('kind of box and prominence', () => {
  it('tells a choice, implied consent and an information box apart', () => {
    expect(bannerKind(banner([control('accept', 'Tout accepter'), control('settings', 'Paramétrer')]))).toBe('choice');
    expect(bannerKind(banner([control('continue', 'Continuer')]))).toBe('implied-consent');
    expect(bannerKind(banner([control('acknowledge', 'OK')], { impliedConsent: true }))).toBe('implied-consent');
    expect(bannerKind(banner([control('accept', 'Accepter')], { impliedConsent: true }))).toBe('implied-consent');
    expect(bannerKind(banner([control('acknowledge', "J'ai compris")]))).toBe('info-only');
    expect(bannerKind(banner([]))).toBe('info-only');
  });

  it('finds a small, pale, unfilled refusal link less prominent, and twin buttons comparable', () => {
    const accept = control('accept', 'Tout accepter');
    expect(compareProminence(accept, control('reject', 'Tout refuser')).comparable).toBe(true);
    const p = compareProminence(accept, control('reject', 'refuser', { kind: 'link', width: 40, height: 14, fontSize: 11, contrast: 1.6, filled: false }));
    expect(p.comparable).toBe(false);
    expect(p.gaps.map((g) => g.en)).toEqual([
      'reject is a link, accept a button',
      'reject control 9% the area of the accept control',
      'smaller text (11 px against 16 px)',
      'accept is a filled button, reject has no background',
      'reject text contrast 1.6:1',
    ]);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBe(21);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    expect(contrastRatio([204, 204, 204], [255, 255, 255])).toBeCloseTo(1.61, 1);
  });
});
