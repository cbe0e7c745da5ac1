/** Each rule on inventories built from header, cookie and hit samples shaped like the real ones (vendor documentation). */
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { requestFacts } from '../../src/audit/request-facts.ts';
import { KNOWLEDGE } from '../../src/knowledge/index.ts';
import {
  recordInteraction,
  recordRequest,
  recordScan,
  recordScriptCookies,
  recordSetCookieHeaders,
  recordStoreCookie,
  recordStorage,
} from '../../src/background/record.ts';
import type { Finding } from '../../src/report/types.ts';
import type { Inventory } from '../../src/shared/inventory.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';
import { noticeFixtures } from '../helpers/notices.ts';

const HOME = 'https://ent.lycee-demo.fr/';
const W = KNOWLEDGE.observedKeys;
const run = (inv: Inventory) => {
  const r = audit(inv, TEST_CONTEXT);
  expect(validateReport(r)).toEqual({ ok: true });
  return r.findings;
};
const find = (fs: Finding[], rule: string, subject?: string) => {
  const f = fs.find((x) => x.rule === rule && (subject === undefined || x.subject?.startsWith(subject)));
  if (!f) throw new Error(`no ${rule} ${subject ?? ''}: ${fs.map((x) => `${x.rule}/${x.subject}`).join(', ')}`);
  return f;
};
const gaWrite = (at: number, value = 'h1', days = 730) => ({ name: '_ga', valueHash: value, domain: 'lycee-demo.fr', path: '/', expiresAt: at + days * DAY_MS, partitioned: false, at });

describe('cookies.audience-lifetime', () => {
  it('fails a 2-year _ga written from script, with the overshoot in days', () => {
    const inv = visit();
    recordScriptCookies(inv, HOME, [gaWrite(T0)], T0);
    const f = find(run(inv), 'cookies.audience-lifetime', '_ga');
    expect(f).toMatchObject({ status: 'fail', severity: 'medium', subject: '_ga (lycee-demo.fr)' });
    expect(f.evidence.join('\n')).toContain('dépassement : 335 j au-delà de 13 mois'); // set 22 Nov 2026: 13 months = 395 days
    expect(f.en.evidence.join('\n')).toContain('overshoot: 335 d beyond 13 months');
    expect(f.references[0]).toMatch(/^CNIL, délibération n° 2020-092 .*art\. 5/);
    expect(f.references[1]).toMatch(/^Kit juridique ENT.*§4\.10/);
    expect(f.title).toMatch(/ne peut pas être exempté de consentement/);
    expect(f.evidence.join('\n')).toMatch(/fonctionne avant tout consentement/);
    expect(f.fix).toMatch(/13 mois/);
  });

  it('passes Matomo (393 d) and Piano (395 d); AT Internet\'s 397 d is 2 days over 13 months from 22 November: a warning, no tolerance', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=5f2b.1763800000.; Max-Age=33955200; Path=/', 'pa_vid=abc; Max-Age=34128000; Path=/', 'atuserid=%7B%22val%22%3A%22x%22%7D; Max-Age=34300800; Path=/'], T0);
    const fs = run(inv);
    expect(find(fs, 'cookies.audience-lifetime', '_pk_id').status).toBe('pass');
    expect(find(fs, 'cookies.audience-lifetime', 'pa_vid').status).toBe('pass');
    const at = find(fs, 'cookies.audience-lifetime', 'atuserid');
    expect(at.status).toBe('warn');
    expect(at.evidence.join('\n')).toMatch(/dépasse de 2 j les 13 mois calendaires \(aucun texte n'accorde de tolérance/);
    expect(at.en.evidence.join('\n')).not.toMatch(/CNIL accepted/);
  });

  it('fails 400 days (5 over), and a cookie the browser capped at 400 days whose write was not seen', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['atuserid=x; Max-Age=34560000; Path=/'], T0);
    recordStoreCookie(inv, { name: '_pk_id.9.ffff', domain: 'ent.lycee-demo.fr', hostOnly: true, path: '/', session: false, expirationDate: (T0 + 400 * DAY_MS) / 1000, secure: false, httpOnly: false, sameSite: 'lax' }, { removed: false, cause: 'explicit' }, T0);
    const fs = run(inv);
    expect(find(fs, 'cookies.audience-lifetime', 'atuserid').status).toBe('fail');
    const capped = find(fs, 'cookies.audience-lifetime', '_pk_id');
    expect(capped.status).toBe('fail');
    expect(capped.evidence.join('\n')).toMatch(/au moins 400 j : le navigateur l'a plafonnée/);
  });

  it('passes session cookies and says "not applicable" when there is no audience cookie', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['atsession=1; Path=/'], T0);
    expect(find(run(inv), 'cookies.audience-lifetime', 'atsession').status).toBe('pass');
    expect(find(run(visit()), 'cookies.audience-lifetime').status).toBe('na');
  });
});

describe('cookies.audience-no-renewal', () => {
  it('fails an identifier whose expiry is pushed forward on a later visit with the same value', () => {
    let inv = visit();
    recordScriptCookies(inv, HOME, [gaWrite(T0)], T0);
    inv = visit(HOME, 7, inv, T0 + 60_000);
    recordScriptCookies(inv, HOME, [gaWrite(T0 + 60_000)], T0 + 60_000);
    const f = find(run(inv), 'cookies.audience-no-renewal', '_ga');
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toMatch(/même identifiant ; expiration repoussée .* entre la page 1 et la page 2/);
  });

  it('passes a new identifier with a new expiry (a new cookie, not a renewal), passes when not re-set, asks for a revisit with one page', () => {
    let inv = visit();
    recordScriptCookies(inv, HOME, [gaWrite(T0)], T0);
    inv = visit(HOME, 7, inv, T0 + 60_000);
    recordScriptCookies(inv, HOME, [gaWrite(T0 + 60_000, 'h2')], T0 + 60_000);
    const fresh = find(run(inv), 'cookies.audience-no-renewal', '_ga');
    expect(fresh.status).toBe('pass');
    expect(fresh.evidence[0]).toMatch(/un nouveau cookie, pas une prolongation/);

    let fixed = visit();
    recordSetCookieHeaders(fixed, HOME, ['atuserid=x; Max-Age=34128000; Path=/'], T0);
    fixed = visit(HOME, 7, fixed, T0 + 60_000);
    expect(find(run(fixed), 'cookies.audience-no-renewal', 'atuserid').status).toBe('pass');

    const once = visit();
    recordSetCookieHeaders(once, HOME, ['atuserid=x; Max-Age=34128000; Path=/'], T0);
    expect(find(run(once), 'cookies.audience-no-renewal', 'atuserid').status).toBe('manual');
  });

  it('leaves 30-minute session cookies out', () => {
    let inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_ses.1.a1b2=1; Max-Age=1800; Path=/'], T0);
    inv = visit(HOME, 7, inv, T0 + 60_000);
    recordSetCookieHeaders(inv, HOME, ['_pk_ses.1.a1b2=1; Max-Age=1800; Path=/'], T0 + 60_000);
    expect(find(run(inv), 'cookies.audience-no-renewal').status).toBe('na');
  });
});

describe('cookies.audience-exempt-config', () => {
  it('fails vendors that reuse data (Google Analytics, Hotjar, Clarity)', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_ga=GA1.1.1.1; Max-Age=100; Path=/', '_hjSessionUser_123=x; Max-Age=100; Path=/', '_clck=x; Max-Age=100; Path=/'], T0);
    const fs = run(inv);
    for (const t of ['Google Analytics', 'Hotjar', 'Microsoft Clarity']) {
      const f = find(fs, 'cookies.audience-exempt-config', t);
      expect(f.status, t).toBe('fail');
      expect(f.evidence[0]).toMatch(/réutilise les données pour son propre compte/);
    }
  });

  it('fails Matomo when a user id is sent (uid=), and leaves plain Matomo as a manual check', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=5f2b.1763800000.; Max-Age=33955200; Path=/'], T0);
    recordRequest(inv, 'https://stats.lycee-demo.fr/matomo.php?idsite=1&rec=1&_id=5f2b&_idts=1763800000', 'image', T0, null, W);
    expect(find(run(inv), 'cookies.audience-exempt-config', 'Matomo').status).toBe('manual');
    recordRequest(inv, 'https://stats.lycee-demo.fr/matomo.php?idsite=1&rec=1&_id=5f2b&uid=camille.d', 'image', T0, null, W);
    const f = find(run(inv), 'cookies.audience-exempt-config', 'Matomo');
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toBe('statistiques anonymes uniquement : identifiant utilisateur envoyé à stats.lycee-demo.fr (paramètre uid)');
  });

  it('passes Piano when its hits carry visitor_privacy_mode=exempt, and fails an identified visitor', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['atuserid=x; Max-Age=34128000; Path=/'], T0);
    const body = JSON.stringify({ events: [{ name: 'page.display', data: { visitor_privacy_mode: 'exempt', visitor_privacy_consent: false } }] });
    recordRequest(inv, 'https://collecte.lycee-demo.fr/event?s=612345&idclient=abc', 'ping', T0, body, W);
    const ok = find(run(inv), 'cookies.audience-exempt-config', 'Piano');
    expect(ok.status).toBe('pass');
    expect(ok.evidence[0]).toMatch(/visitor_privacy_mode=exempt/);
    recordSetCookieHeaders(inv, HOME, ['atidvisitor=%7B%22an%22%3A%2212%22%7D; Max-Age=15552000; Path=/'], T0);
    const f = find(run(inv), 'cookies.audience-exempt-config', 'Piano');
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/cookie de visiteur identifié « atidvisitor »/);
  });

  it('fails legacy XiTi hits of an identified visitor (an= / ac=)', () => {
    const inv = visit();
    recordRequest(inv, 'https://logs1412.xiti.com/hit.xiti?s=123&s2=1&p=accueil&an=42&ac=eleves', 'image', T0, null, W);
    expect(find(run(inv), 'cookies.audience-exempt-config', 'Piano').status).toBe('fail');
  });
});

describe('cookies.audience-first-party', () => {
  it('fails an identifier on a shared third-party collection domain, passes a first-party one', () => {
    const inv = visit();
    recordRequest(inv, 'https://logs1412.xiti.com/hit.xiti?s=123&idclient=x', 'image', T0, null, W);
    recordSetCookieHeaders(inv, 'https://logs1412.xiti.com/hit.xiti', ['idrxvr=abc; Domain=xiti.com; Max-Age=34128000; Path=/; Secure; SameSite=None'], T0);
    const f = find(run(inv), 'cookies.audience-first-party', 'Piano');
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/cookie tiers « idrxvr » sur xiti\.com/);
    expect(f.evidence.join('\n')).toMatch(/requête\(s\) de collecte vers le domaine tiers logs1412\.xiti\.com/);

    const fp = visit();
    recordSetCookieHeaders(fp, HOME, ['_pk_id.1.a1b2=x; Max-Age=100; Path=/'], T0);
    recordRequest(fp, 'https://stats.lycee-demo.fr/matomo.php?idsite=1&rec=1', 'image', T0, null, W);
    expect(find(run(fp), 'cookies.audience-first-party', 'Matomo').status).toBe('pass');
  });
});

describe('consent.no-tracker-before-consent', () => {
  it('fails advertising, social and non-exempt audience trackers present before any interaction', () => {
    const inv = visit();
    recordRequest(inv, 'https://www.youtube.com/embed/x', 'sub_frame', T0, null, W);
    recordSetCookieHeaders(inv, 'https://www.youtube.com/embed/x', ['VISITOR_INFO1_LIVE=x; Domain=.youtube.com; Max-Age=15552000; Secure; SameSite=None'], T0);
    recordRequest(inv, 'https://www.facebook.com/tr?id=1&ev=PageView', 'image', T0, null, W);
    recordScan(inv, { url: HOME, title: 'x', hasPasswordField: false, roleHint: 'other', links: [], truncated: false }, T0);
    recordStorage(inv, HOME, [{ area: 'localStorage', key: '_fbp' }], T0);
    const f = find(run(inv), 'consent.no-tracker-before-consent');
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    const ev = f.evidence.join('\n');
    expect(ev).toMatch(/cookie « VISITOR_INFO1_LIVE » sur youtube\.com \(YouTube\) — publicité/);
    expect(ev).toMatch(/requête\(s\) vers www\.facebook\.com \(Meta \(Facebook\) Pixel\) — publicité/);
    expect(ev).toMatch(/clé localStorage « _fbp »/);
    expect(f.references[0]).toMatch(/article 82/);
  });

  it('does not count what appeared after the first interaction', () => {
    const inv = visit();
    recordInteraction(inv, T0 + 10);
    recordSetCookieHeaders(inv, HOME, ['_fbp=fb.1.1.1; Max-Age=7776000; Path=/'], T0 + 20);
    expect(find(run(inv), 'consent.no-tracker-before-consent').status).toBe('pass');
  });

  it('warns on unknown trackers (to review, never exempt) and passes strictly necessary ones', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['oneSessionId=s; HttpOnly; Path=/', 'JSESSIONID=j; Path=/auth', 'ent_prefs=fr; Max-Age=63072000; Path=/'], T0);
    const f = find(run(inv), 'consent.no-tracker-before-consent');
    expect(f.status).toBe('warn');
    expect(f.evidence).toEqual(['cookie « ent_prefs » sur ent.lycee-demo.fr — inconnu']);
    const clean = visit();
    recordSetCookieHeaders(clean, HOME, ['oneSessionId=s; HttpOnly; Path=/'], T0);
    expect(find(run(clean), 'consent.no-tracker-before-consent').status).toBe('pass');
  });

  it('counts exempt-capable audience tools as conditional, not as failures', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=x; Max-Age=100; Path=/'], T0);
    const f = find(run(inv), 'consent.no-tracker-before-consent');
    expect(f.status).toBe('pass');
    expect(f.evidence[0]).toMatch(/Sous réserve des conditions d'exemption/);
  });
});

describe('manual checks', () => {
  it('asks the DPO the questions the browser cannot answer, only when an exemptable tool is used', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=x; Max-Age=100; Path=/'], T0);
    const fs = run(inv);
    expect(find(fs, 'cookies.audience-no-combination')).toMatchObject({ status: 'manual', subject: 'Matomo' });
    expect(find(fs, 'cookies.audience-data-retention').fix).toMatch(/25 mois/);
    const ga = visit();
    recordSetCookieHeaders(ga, HOME, ['_ga=x; Max-Age=100; Path=/'], T0);
    expect(run(ga).some((f) => f.rule === 'cookies.audience-data-retention')).toBe(false);
  });
});

describe('requestFacts', () => {
  it('keeps key names from query and JSON or form bodies, and only whitelisted enumeration values', () => {
    const f = requestFacts('https://c.fr/event?s=1&idclient=SECRET', JSON.stringify({ events: [{ data: { visitor_privacy_mode: 'exempt', user_id: 'camille', visitor_privacy_consent: false } }] }), ['visitor_privacy_mode', 'user_id']);
    expect(f.keys).toEqual(expect.arrayContaining(['s', 'idclient', 'events', 'data', 'visitor_privacy_mode', 'user_id']));
    expect(f.observed).toEqual([['visitor_privacy_mode', 'exempt'], ['user_id', 'camille']]);
    expect(requestFacts('https://c.fr/', 'a=1&uid=42', []).keys).toEqual(['a', 'uid']);
  });

  it('does not record values that look like identifiers, and bounds hostile bodies', () => {
    const f = requestFacts('https://c.fr/?visitor_privacy_mode=' + 'x'.repeat(100), null, ['visitor_privacy_mode']);
    expect(f.observed).toEqual([]);
    const deep = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ [`k${i}`]: i })));
    expect(requestFacts('https://c.fr/', deep, []).keys.length).toBeLessThanOrEqual(200);
    expect(requestFacts('https://c.fr/', '{not json', []).keys).toEqual([]);
  });
});

describe('info.* rules', () => {
  const scan = (url: string, title: string, links: { text: string; href: string; hidden?: boolean; inShadowDom?: boolean; inFooter?: boolean }[], opts: { password?: boolean; noticeText?: string } = {}) => ({
    url,
    title,
    hasPasswordField: opts.password ?? false,
    roleHint: 'other' as const,
    links: links.map((l) => ({ text: l.text, href: l.href, inFooter: l.inFooter ?? true, inShadowDom: l.inShadowDom ?? false, hidden: l.hidden ?? false })),
    storage: [],
    truncated: false,
    ...(opts.noticeText ? { noticeText: opts.noticeText } : {}),
  });

  it('passes footer links found on home and login pages, and says in the coverage which pages were not seen', () => {
    let inv = visit();
    recordScan(inv, scan(HOME, 'Accueil', [{ text: 'Données personnelles', href: `${HOME}donnees-personnelles` }, { text: 'Mentions légales', href: `${HOME}mentions-legales` }]), T0);
    let fs = run(inv);
    expect(find(fs, 'info.footer-privacy-link', "page d'accueil").status).toBe('pass');
    expect(fs.some((f) => f.subject?.startsWith('page de connexion'))).toBe(false);
    expect(audit(inv, TEST_CONTEXT).coverage).toMatchObject({ home: HOME, login: null });
    expect(find(fs, 'info.cookie-policy-link', "page d'accueil")).toMatchObject({ status: 'warn', severity: 'low' });
    inv = visit(`${HOME}auth/login`, 7, inv, T0 + 1000);
    recordScan(inv, scan(`${HOME}auth/login`, 'Connexion', [{ text: 'Aide', href: `${HOME}aide` }], { password: true }), T0 + 1000);
    fs = run(inv);
    const login = find(fs, 'info.footer-privacy-link', 'page de connexion');
    expect(login).toMatchObject({ status: 'fail', severity: 'high' });
    expect(login.references[0]).toMatch(/pied de page des écrans d'accueil et de connexion/);
    expect(find(fs, 'info.legal-notice-link', 'page de connexion')).toMatchObject({ status: 'fail', severity: 'medium' });
  });

  it('warns on a link that is hidden or outside the footer, fails a dead one', () => {
    const inv = visit();
    recordScan(inv, scan(HOME, 'Accueil', [{ text: 'Mentions légales', href: `${HOME}ml`, hidden: true }, { text: 'Données personnelles', href: 'javascript:void(0)' }, { text: 'Cookies', href: `${HOME}cookies`, inFooter: false }]), T0);
    const fs = run(inv);
    expect(find(fs, 'info.legal-notice-link', "page d'accueil").status).toBe('warn');
    expect(find(fs, 'info.footer-privacy-link', "page d'accueil").status).toBe('fail');
    expect(find(fs, 'info.cookie-policy-link', "page d'accueil").evidence[0]).toMatch(/hors pied de page/);
  });

  it('judges the notice read on the page, item by item, and the audience retention it declares', () => {
    const complete = noticeFixtures().find((n) => n.file === 'english-notice.txt')!.text;
    let inv = visit(`${HOME}privacy`);
    recordScan(inv, scan(`${HOME}privacy`, 'Privacy notice', [], { noticeText: complete }), T0);
    let fs = run(inv);
    expect(find(fs, 'info.notice-content', `${HOME}privacy`).status).toBe('pass');
    const retention = find(fs, 'info.audience-retention');
    expect(retention).toMatchObject({ status: 'fail', title: "Données de mesure d'audience conservées 30 mois : plus de 25 mois" });

    inv = visit(`${HOME}confidentialite`);
    recordScan(inv, scan(`${HOME}confidentialite`, 'Confidentialité', [], { noticeText: noticeFixtures().find((n) => n.file === 'partial-notice.txt')!.text }), T0);
    fs = run(inv);
    const partial = find(fs, 'info.notice-content', `${HOME}confidentialite`);
    expect(partial).toMatchObject({ status: 'fail', severity: 'high' });
    expect(partial.title).toMatch(/manque coordonnées du responsable du traitement, base légale, destinataires, durée de conservation, contact du délégué à la protection des données, réclamation auprès de la CNIL/);
    expect(partial.evidence.join('\n')).toMatch(/présent — identité du responsable du traitement \(art\. 13\(1\)\(a\)\) : « Le lycée Victor Hugo, responsable de traitement/);
    expect(find(fs, 'info.audience-retention').status).toBe('manual');
  });

  it('fails the kit\'s model as published (no contact details of the controllers), warns once they are given and only transfers are missing; asks for a notice when none was read', () => {
    const annex = noticeFixtures().find((n) => n.file === 'kit-ent-annexe2.txt')!.text + '\nContact du délégué à la protection des données : dpo@exemple.fr';
    let inv = visit(`${HOME}donnees-personnelles`);
    recordScan(inv, scan(`${HOME}donnees-personnelles`, 'Données personnelles', [], { noticeText: annex }), T0);
    const model = find(run(inv), 'info.notice-content', `${HOME}donnees-personnelles`);
    expect(model.status).toBe('fail');
    expect(model.title).toBe('Notice incomplète : manque coordonnées du responsable du traitement');
    inv = visit(`${HOME}donnees-personnelles`);
    recordScan(inv, scan(`${HOME}donnees-personnelles`, 'Données personnelles', [], { noticeText: annex.replace('assument conjointement', '(Hôtel de Région, 1 esplanade, 69002 Lyon) assument conjointement') }), T0);
    const f = find(run(inv), 'info.notice-content', `${HOME}donnees-personnelles`);
    expect(f.status).toBe('warn');
    expect(f.title).toMatch(/transferts hors de l’Union européenne/);
    expect(find(run(visit()), 'info.notice-content')).toMatchObject({ status: 'manual', subject: null });
  });

  it('never keeps the text of a page, only what it says', () => {
    const inv = visit(`${HOME}donnees-personnelles`);
    const secret = 'Élève Camille Dupont, 3e B, absente le 12 novembre';
    recordScan(inv, scan(`${HOME}donnees-personnelles`, 'Données personnelles', [], { noticeText: `${secret}. Le responsable de traitement est la Région.` }), T0);
    expect(JSON.stringify(inv)).not.toContain('absente le 12 novembre');
    expect(JSON.stringify(audit(inv, TEST_CONTEXT))).not.toContain('absente le 12 novembre');
  });
});
