/**
 * The consent-banner logic that needs no browser: control roles from their
 * words, the kind of box, prominence, the four consent rules on inventories
 * built as the collectors build them, the message contract for banners, and
 * the --scenarios plan and merge.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { bannerKind, compareProminence, contrastRatio, controlRole, isManageText, mentionsCookies, saysImpliedConsent } from '../../src/audit/banner.ts';
import { audit } from '../../src/audit/audit.ts';
import { clickPlan, mergeScenarios, scenarioOf } from '../../src/audit/scenarios.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { recordAutoconsent, recordInteraction, recordRequest, recordScan, recordScriptCookies, recordStorage, wantsCmpNames } from '../../src/background/record.ts';
import { initAnswer } from '../../src/background/autoconsent-config.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { BANNER_VOCABULARY, CMP_SIGNATURES } from '../../src/knowledge/cmps.ts';
import type { Report } from '../../src/report/types.ts';
import type { Inventory } from '../../src/shared/inventory.ts';
import { parseMessage, type BannerControl, type BannerScan, type PageScan } from '../../src/shared/messages.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const HOME = 'https://ent.lycee-demo.fr/';

const control = (role: BannerControl['role'], text: string, over: Partial<BannerControl> = {}): BannerControl => ({
  role,
  text,
  selector: `#${role}`,
  kind: 'button',
  visible: true,
  width: 160,
  height: 40,
  fontSize: 16,
  contrast: 8,
  filled: true,
  ...over,
});

const banner = (controls: BannerControl[], over: Partial<BannerScan> = {}): BannerScan => ({
  cmp: null,
  cmpsPresent: [],
  source: 'generic',
  visible: true,
  selector: '#bandeau',
  text: 'Nous utilisons des cookies.',
  impliedConsent: false,
  controls,
  rejectSecondLayer: false,
  ...over,
});

const scanWith = (b: BannerScan | null, manage: PageScan['manage'] = [], links: PageScan['links'] = []): PageScan => ({
  url: HOME,
  title: 'Accueil',
  hasPasswordField: false,
  roleHint: 'home',
  links,
  truncated: false,
  banner: b,
  manage,
});

const pixel = (inv: Inventory, at = T0) => {
  recordScriptCookies(inv, HOME, [{ name: '_fbp', valueHash: 'h', domain: 'lycee-demo.fr', path: '/', expiresAt: at + 90 * DAY_MS, partitioned: false, at }], at);
  recordRequest(inv, 'https://www.facebook.com/tr?id=1&ev=PageView', 'image', at);
};

const report = (inv: Inventory) => {
  const r = audit(inv, TEST_CONTEXT);
  expect(validateReport(r)).toEqual({ ok: true });
  return r;
};
const status = (r: Report, rule: string) => r.findings.find((f) => f.rule === rule)?.status;

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

describe('the CMP signature table', () => {
  it('has unique ids, a source and valid selectors for every CMP', () => {
    const document = new Window().document;
    expect(new Set(CMP_SIGNATURES.map((s) => s.id)).size).toBe(CMP_SIGNATURES.length);
    for (const s of CMP_SIGNATURES) {
      expect(s.source.length, s.id).toBeGreaterThan(10);
      expect(s.storage.length, s.id).toBeGreaterThan(0);
      for (const sel of [s.present, s.banner, s.accept, s.reject, s.settings, s.rejectSecondLayer, s.manage]) {
        if (sel) expect(() => document.querySelector(sel), `${s.id}: ${sel}`).not.toThrow();
      }
    }
  });
});

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

describe('autoconsent, detect-only', () => {
  it('is configured never to click nor hide, and gets only the rules for the page', () => {
    const a = initAnswer('https://www.lycee.fr/', true);
    expect(a.config).toMatchObject({ autoAction: null, enablePrehide: false, enableHeuristicDetection: false });
    const frame = initAnswer('https://www.lycee.fr/', false);
    expect(frame.rules.compact.r.length).toBeLessThan(a.rules.compact.r.length);
    expect(a.rules.compact.r.length).toBeGreaterThan(100);
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

describe('the banner in the message contract', () => {
  const msg = (b: unknown) => parseMessage({ type: 'page-scan', scan: { ...scanWith(null), banner: b } });

  it('keeps a well-formed banner and clamps its measures', () => {
    const m = msg(banner([control('reject', 'Tout refuser', { width: 1e9, contrast: 99 })]));
    expect(m?.type === 'page-scan' && m.scan.banner?.controls[0]).toMatchObject({ role: 'reject', width: 100_000, contrast: 21 });
  });

  it('drops a malformed banner or control instead of trusting half of it', () => {
    expect(msg({ cmp: 42, controls: [] })).toMatchObject({ scan: { banner: null } });
    expect(msg('<script>')).toMatchObject({ scan: { banner: null } });
    const m = msg(banner([control('reject', 'x'), { role: 'click-me', text: 'y' } as never, ...Array.from({ length: 100 }, () => control('other', 'z'))]));
    expect(m?.type === 'page-scan' && m.scan.banner?.controls.length).toBe(29); // 30 read, the bad one dropped
    expect(m?.type === 'page-scan' && m.scan.banner?.controls.every((c) => c.role !== ('click-me' as never))).toBe(true);
  });
});

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
