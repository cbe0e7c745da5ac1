/** Consent rules (the consent-banner logic that needs no browser). */
import { describe, expect, it } from 'vitest';
import { saysImpliedConsent } from '../../../src/audit/banner.ts';
import { DAY_MS } from '../../../src/audit/lifetime.ts';
import { recordRequest, recordScan, recordScriptCookies, recordStorage } from '../../../src/background/record.ts';
import type { Inventory } from '../../../src/shared/inventory.ts';
import { parseMessage } from '../../../src/shared/messages.ts';
import { T0, visit } from '../../helpers/inventory.ts';
import { HOME, control, banner, scanWith, pixel, report, status } from '../../helpers/banner.ts';

describe('consent rules', () => {
  it('fail a site with trackers that need consent and no banner at all', () => {
    const inv = visit();
    pixel(inv);
    recordScan(inv, scanWith(null), T0);
    const r = report(inv);
    expect(r.banner).toMatchObject({ detected: false, cmp: null, kind: null });
    expect(status(r, 'consent.reject-first-layer')).toBe('fail');
    expect(status(r, 'consent.no-tracker-before-consent')).toBe('fail');
    expect(r.cookies.find((c) => c.name === '_fbp')?.needsConsent).toBe(true);
    expect(r.thirdParties.find((t) => t.host === 'www.facebook.com')).toMatchObject({ needsConsent: true, seenAfterInteraction: false });
  });

  it('are not applicable to a site with no banner and nothing that needs one', () => {
    const inv = visit();
    recordScan(inv, scanWith(null), T0);
    const r = report(inv);
    for (const rule of ['consent.reject-first-layer', 'consent.withdraw-link', 'consent.refusal-honoured', 'consent.choice-lifetime']) expect(status(r, rule), rule).toBe('na');
  });

  it('fail accept + settings with no refusal, and say refusing takes two clicks through the panel', () => {
    const inv = visit();
    recordScan(inv, scanWith(banner([control('accept', 'Tout accepter'), control('settings', 'Personnaliser')], { cmp: 'tarteaucitron', source: 'signature', rejectSecondLayer: true })), T0);
    const r = report(inv);
    expect(r.banner).toMatchObject({ cmp: 'tarteaucitron', buttons: { accept: true, reject: false, settings: true }, rejectClicks: 2, defaultLifetimeDays: 365 });
    const f = r.findings.find((x) => x.rule === 'consent.reject-first-layer')!;
    expect(f.status).toBe('fail');
    expect(f.en.evidence.join(' ')).toMatch(/2 clicks/);
    expect(f.references.join(' ')).toMatch(/2020-092/);
    expect(status(r, 'consent.withdraw-link')).toBe('fail');
    expect(status(r, 'consent.choice-lifetime')).toBe('manual');
  });

  it('pass twin buttons, accept a footer "Gestion des cookies" link as the way back, and judge the choice cookie lifetime', () => {
    const inv = visit();
    const link = { text: 'Gestion des cookies', href: 'javascript:tarteaucitron.userInterface.openPanel()', inFooter: true, inShadowDom: false, hidden: false };
    recordScan(inv, scanWith(banner([control('accept', 'Tout accepter'), control('reject', 'Tout refuser')], { cmp: 'tarteaucitron', source: 'signature' }), [], [link]), T0);
    recordScriptCookies(inv, HOME, [{ name: 'tarteaucitron', valueHash: 'h', path: '/', expiresAt: T0 + 365 * DAY_MS, partitioned: false, at: T0 }], T0);
    const r = report(inv);
    expect(status(r, 'consent.reject-first-layer')).toBe('pass');
    expect(r.banner?.manage).toEqual([expect.objectContaining({ text: 'Gestion des cookies', source: 'footer-link' })]);
    expect(status(r, 'consent.withdraw-link')).toBe('pass');
    expect(r.banner?.consentCookie).toEqual({ name: 'tarteaucitron', lifetimeDays: 365, source: 'observed' });
    const life = r.findings.find((x) => x.rule === 'consent.choice-lifetime')!;
    expect([life.status, life.subject]).toEqual(['warn', 'tarteaucitron']);
  });

  it('warn a choice kept in localStorage without expiry', () => {
    const inv = visit();
    const scan = scanWith(banner([control('accept', 'Tout accepter'), control('reject', 'Tout refuser')], { cmp: 'dsfr', source: 'signature' }));
    recordScan(inv, scan, T0);
    recordStorage(inv, HOME, [{ area: 'localStorage', key: '@codegouvfr/react-dsfr finalityConsent analytics' }], T0);
    const r = report(inv);
    expect(r.banner?.consentStorage).toEqual({ kind: 'localStorage', name: '@codegouvfr/react-dsfr finalityConsent analytics', lifetimeDays: null, observed: true });
    expect(status(r, 'consent.choice-lifetime')).toBe('warn');
  });

  it('fail implied consent when trackers are set, and keep the first banner seen visible when a later scan finds it gone', () => {
    const inv = visit();
    pixel(inv);
    recordScan(inv, scanWith(banner([control('continue', 'Continuer')], { impliedConsent: true })), T0);
    recordScan(inv, scanWith(null), T0 + 2000);
    const r = report(inv);
    // "Continuer" is not information: the box asks for consent without a refusal (délibération 2020-091, art. 2).
    expect(r.banner).toMatchObject({ detected: true, cmp: 'custom', kind: 'implied-consent' });
    expect(status(r, 'consent.reject-first-layer')).toBe('fail');
  });

  it('keeps the fuller sight of a banner still shown: a box drawn before its buttons is judged on its buttons', () => {
    const inv = visit();
    pixel(inv);
    // The consent manager draws its box, the scan sees it empty; the buttons come a moment later.
    recordScan(inv, scanWith(banner([], { cmp: 'cookieconsent', source: 'signature' })), T0);
    recordScan(inv, scanWith(banner([control('accept', 'Tout accepter'), control('reject', 'Tout refuser')], { cmp: 'cookieconsent', source: 'signature' })), T0 + 300);
    const r = report(inv);
    expect(r.banner).toMatchObject({ detected: true, kind: 'choice', buttons: { accept: true, reject: true } });
    expect(status(r, 'consent.reject-first-layer')).toBe('pass');
    // Gone after a choice, it stays as it was seen.
    recordScan(inv, scanWith(null), T0 + 2000);
    expect(report(inv).banner).toMatchObject({ kind: 'choice', buttons: { reject: true } });
  });

  it('takes the later sight too when the first saw the buttons not yet shown', () => {
    const inv = visit();
    pixel(inv);
    const hidden = { visible: false };
    recordScan(inv, scanWith(banner([control('accept', 'Tout accepter', hidden), control('reject', 'Tout refuser', hidden)], { cmp: 'cookieconsent', source: 'signature' })), T0);
    recordScan(inv, scanWith(banner([control('accept', 'Tout accepter'), control('reject', 'Tout refuser')], { cmp: 'cookieconsent', source: 'signature' })), T0 + 300);
    expect(report(inv).banner).toMatchObject({ kind: 'choice', buttons: { accept: true, reject: true } });
  });

  it('never takes the panel opened from a first layer for the first layer: its reject button stays a second-layer one', () => {
    const inv = visit();
    pixel(inv);
    recordScan(inv, scanWith(banner([control('accept', 'Tout accepter'), control('settings', 'Personnaliser')], { cmp: 'tarteaucitron', source: 'signature' })), T0);
    // The person clicks "Personnaliser": the panel, still the banner, now shows "Tout refuser".
    recordScan(inv, scanWith(banner([control('accept', 'Tout accepter'), control('reject', 'Tout refuser'), control('settings', 'Enregistrer')], { cmp: 'tarteaucitron', source: 'signature' })), T0 + 3000);
    const r = report(inv);
    expect(r.banner).toMatchObject({ kind: 'choice', buttons: { accept: true, reject: false, settings: true } });
    expect(status(r, 'consent.reject-first-layer')).toBe('fail');
  });

  it('keeps info-only for a box that asks for nothing, and reads more implied-consent wordings', () => {
    const inv = visit();
    recordScan(inv, scanWith(banner([control('acknowledge', 'Fermer')])), T0);
    expect(report(inv).banner).toMatchObject({ cmp: 'info-only', kind: 'info-only' });
    expect(saysImpliedConsent('En continuant sur ce site, vous acceptez nos cookies')).toBe(true);
    expect(saysImpliedConsent('En naviguant sur ce portail, vous acceptez le dépôt de traceurs')).toBe(true);
    expect(saysImpliedConsent('En cliquant sur OK, vous acceptez les cookies')).toBe(true);
    expect(saysImpliedConsent('Pour continuer, choisissez vos préférences.')).toBe(false);
  });

  it('judges refusal in the extension only after the person says they refused, and once a page was shown after it; it never clicks', () => {
    const refusal = (inv: Inventory) => report(inv).findings.find((x) => x.rule === 'consent.refusal-honoured')!;
    const inv = visit();
    recordScan(inv, scanWith(banner([control('accept', 'Tout accepter'), control('reject', 'Tout refuser')])), T0);
    // Nothing said: a manual check that says what to do, never pointing a référent to the command line.
    expect(refusal(inv).status).toBe('manual');
    expect(refusal(inv).title).toMatch(/J’ai cliqué « Tout refuser »/);
    expect(refusal(inv).title).not.toMatch(/--scenarios|ligne de commande/);
    // Refusal marked, nothing shown since: still manual.
    inv.refusalMarkedAt = T0 + 1000;
    expect(refusal(inv).status).toBe('manual');
    // A page shown after it with no tracker: no breach observed.
    const clean = visit('https://ent.lycee-demo.fr/accueil', 7, structuredClone(inv), T0 + 2000);
    expect(refusal(clean).status).toBe('pass');
    // A tracker contacted after it: non-compliant, the moment and the tracker shown.
    const dirty = visit('https://ent.lycee-demo.fr/accueil', 7, structuredClone(inv), T0 + 2000);
    recordRequest(dirty, 'https://www.facebook.com/tr?id=1&ev=PageView', 'image', T0 + 3000);
    expect(refusal(dirty)).toMatchObject({ status: 'fail', evidence: expect.arrayContaining([expect.stringMatching(/Refus noté par vous/), expect.stringMatching(/www\.facebook\.com/)]) });
    // A tracker seen only before the refusal does not count against it.
    const before = visit();
    recordScan(before, scanWith(banner([control('accept', 'Tout accepter'), control('reject', 'Tout refuser')])), T0);
    recordRequest(before, 'https://www.facebook.com/tr?id=1&ev=PageView', 'image', T0 + 10);
    before.refusalMarkedAt = T0 + 1000;
    expect(refusal(visit('https://ent.lycee-demo.fr/accueil', 7, before, T0 + 2000)).status).toBe('pass');
    expect(parseMessage({ type: 'mark-refusal', tabId: 3 })).toEqual({ type: 'mark-refusal', tabId: 3 });
  });
});
