/** Control roles (the consent-banner logic that needs no browser). */
import { describe, expect, it } from 'vitest';
import { controlRole, isManageText, mentionsCookies, saysImpliedConsent } from '../../src/audit/banner.ts';
import { BANNER_VOCABULARY } from '../../src/knowledge/cmps.ts';

describe('control roles', () => {
  it.each([
    ['Tout refuser', 'reject'],
    ['Continuer sans accepter →', 'reject'],
    ['Refuser', 'reject'],
    ['Non merci', 'reject'],
    ['Uniquement les cookies nécessaires', 'reject'],
    ['Reject all', 'reject'],
    ['Tout accepter', 'accept'],
    ["J'accepte", 'accept'],
    ['Accept all cookies', 'accept'],
    ['Personnaliser', 'settings'],
    ['Paramétrer mes choix', 'settings'],
    ['Configurer', 'settings'],
    ['Continuer', 'continue'],
    ["J'ai compris", 'acknowledge'],
    ['Politique de confidentialité', 'other'],
    ['', 'other'],
  ])('%s → %s', (text, role) => {
    expect(controlRole(text)).toBe(role);
  });

  it('has prefilters that let through every text the vocabulary recognises', () => {
    const cookie = new RegExp(BANNER_VOCABULARY.prefilter.cookie, 'i');
    const manage = new RegExp(BANNER_VOCABULARY.prefilter.manage, 'i');
    for (const t of ['Ce site utilise des témoins de connexion', 'Nous utilisons des traceurs', 'We use cookies', 'Votre consentement', 'Trackers']) expect([t, cookie.test(t), mentionsCookies(t)]).toEqual([t, true, true]);
    for (const t of ['Gestion des cookies', 'Paramétrer les traceurs', 'Modifier mes choix', 'Cookie settings', 'Manage consent', 'Privacy settings', 'Préférences cookies']) expect([t, manage.test(t), isManageText(t)]).toEqual([t, true, true]);
  });

  it('recognises cookie talk, implied consent and manage links, in French and English', () => {
    expect(mentionsCookies('Ce site utilise des témoins de connexion')).toBe(true);
    expect(mentionsCookies('Bienvenue sur le nouvel ENT !')).toBe(false);
    expect(saysImpliedConsent("En poursuivant votre navigation, vous acceptez l'utilisation de cookies")).toBe(true);
    expect(saysImpliedConsent('Si vous continuez à naviguer sur ce site…')).toBe(true);
    expect(saysImpliedConsent('Vous pouvez accepter ou refuser.')).toBe(false);
    expect(isManageText('Gestion des cookies')).toBe(true);
    expect(isManageText('Cookie settings')).toBe(true);
    expect(isManageText('Mentions légales')).toBe(false);
  });
});
