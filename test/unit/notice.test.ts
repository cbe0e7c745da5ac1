import { describe, expect, it } from 'vitest';
import { analyseNotice, durationMonths, NOTICE_ITEMS } from '../../src/audit/notice.ts';
import { isDeadHref, linkCategory } from '../../src/audit/links.ts';
import { fold } from '../../src/audit/text.ts';
import { noticeFixtures } from '../helpers/notices.ts';

describe('analyseNotice on the seeds and fixtures (expected items written before the detectors)', () => {
  for (const n of noticeFixtures()) {
    it(`${n.file} — ${n.what}`, () => {
      const a = analyseNotice(n.text);
      expect(Object.fromEntries(NOTICE_ITEMS.map((i) => [i, a.items[i]]))).toEqual(n.items);
      expect(a.rights).toEqual(n.rights);
      expect(a.declaredAudienceRetentionMonths).toBe(n.audienceRetentionMonths);
      if (n.file !== 'demo:cookies.html') expect(a.language).toBe(n.language);
      for (const i of NOTICE_ITEMS) if (a.items[i]) expect(a.excerpts[i], i).toBeTruthy();
    });
  }

  it('gives excerpts of the original text, bounded', () => {
    const a = analyseNotice(noticeFixtures().find((n) => n.file.startsWith('001'))!.text);
    expect(a.excerpts.dpo).toMatch(/dpo|Délégué/i);
    expect(a.excerpts.cnilComplaint).toMatch(/CNIL/);
    expect(Object.values(a.excerpts).every((e) => e!.length <= 160)).toBe(true);
    expect(a.cookieTools).toEqual(expect.arrayContaining(['xiti', 'dnma']));
  });

  it('stays bounded and quiet on hostile input', () => {
    const a = analyseNotice('cookie '.repeat(200_000));
    expect(a.length).toBe(300_000);
    expect(analyseNotice('').items.controller).toBe(false);
    expect(analyseNotice('<script>alert(1)</script>').language).toBeNull();
  });
});

describe('durationMonths', () => {
  it.each([
    ['conservees 25 mois', 25],
    ['pendant deux ans', 24],
    ['retained for 30 months', 30],
    ['kept for 1 year', 12],
    ['90 jours', 3],
    ['treize mois', 13],
    ['sans duree', null],
  ] as const)('%s → %s', (s, m) => expect(durationMonths(fold(s))).toBe(m));
});

describe('linkCategory', () => {
  it.each([
    ['Données personnelles', '/donnees-personnelles', 'privacy'],
    ['Politique de confidentialité', '/x', 'privacy'],
    ['Protection des données personnelles', '', 'privacy'],
    ['RGPD', '/rgpd', 'privacy'],
    ['Privacy policy', '/privacy', 'privacy'],
    ['Mentions légales', '/mentions-legales', 'legal'],
    ['Legal notice', '/legal', 'legal'],
    ['Cookies', '/cookies', 'cookies'],
    ['Politique de cookies', '/x', 'cookies'],
    ['Gestion des cookies', '#', 'consent-settings'],
    ['Paramétrer les cookies', '#', 'consent-settings'],
    ['Cookie settings', '#', 'consent-settings'],
    ['CGU', '/cgu', 'terms'],
    ["Charte d'utilisation", '/charte', 'terms'],
    ['Accessibilité : partiellement conforme', '/accessibilite', 'accessibility'],
    ['En savoir plus', 'https://ent.fr/protection-des-donnees', 'privacy'],
    ['🍪', 'javascript:tarteaucitron.userInterface.openPanel();', 'consent-settings'],
    ['Messagerie', '/messagerie', null],
  ] as const)('%s (%s) → %s', (text, href, cat) => expect(linkCategory(text, href.startsWith('/') ? `https://ent.fr${href}` : href)).toBe(cat));

  it('calls #, empty and javascript: links dead, except a consent manager handler', () => {
    expect(isDeadHref('#')).toBe(true);
    expect(isDeadHref('')).toBe(true);
    expect(isDeadHref('javascript:void(0)')).toBe(true);
    expect(isDeadHref('javascript:tarteaucitron.userInterface.openPanel()')).toBe(false);
    expect(isDeadHref('javascript:Didomi.preferences.show()')).toBe(false);
    expect(isDeadHref('https://ent.fr/x')).toBe(false);
  });
});
