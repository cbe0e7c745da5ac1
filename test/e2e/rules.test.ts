/**
 * The rules engine end to end: the built extension in Chromium against the
 * demo ENT and the audience-measurement fixture sites, each visited twice as
 * the command line does. Each site must produce the expected findings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOME } from '../../src/demo-ent/server.ts';
import { thirteenMonthsInDays } from '../../src/audit/months.ts';
import { validateReport } from '../../src/cli/validate.ts';
import type { Finding, Report } from '../../src/report/types.ts';
import { FIXTURE } from '../fixtures/sites.ts';
import { reportToHtml } from '../../src/report/html.ts';
import { reportToCsv } from '../../src/report/csv.ts';
import { cookieTableDraft } from '../../src/report/cookie-table.ts';
import { auditTwice, cookieOf, secretValues, startFixtureHarness, type FixtureHarness } from './harness.ts';
import { getReport, waitForSettle } from '../../src/cli/driver.ts';

let h: FixtureHarness;
const reports: Record<string, Report> = {};

beforeAll(async () => {
  h = await startFixtureHarness();
  reports.demo = await auditTwice(h, DEMO_HOME);
  reports.exempt = await auditTwice(h, FIXTURE.exempt);
  reports.matomo = await auditTwice(h, FIXTURE.matomo);
  reports.dnma = await auditTwice(h, FIXTURE.dnma);
  reports.portailHome = await auditTwice(h, FIXTURE.portail);
  reports.portailAfterLogin = await auditTwice(h, `${FIXTURE.portail}portail`);
  reports.portailNotice = await auditTwice(h, `${FIXTURE.portail}documents/politique-2024`);
  reports.cmp = await auditTwice(h, FIXTURE.cmp);
  reports.uid = await auditTwice(h, FIXTURE.uid);
  reports.video = await auditTwice(h, FIXTURE.video);
  reports.popover = await auditTwice(h, FIXTURE.popover);
  reports.pdf = await auditTwice(h, FIXTURE.pdf);
  reports.loginWall = await auditTwice(h, FIXTURE.loginWall);
  reports.hostile = await auditTwice(h, FIXTURE.hostile);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

function find(r: Report, rule: string, subject?: string): Finding {
  const f = r.findings.find((x) => x.rule === rule && (subject === undefined || x.subject === subject || x.subject?.startsWith(subject)));
  if (!f) throw new Error(`no ${rule} ${subject ?? ''} in ${r.findings.map((x) => `${x.rule}/${x.subject}`).join(', ')}`);
  return f;
}

describe('demo ENT: Google-Analytics-like _ga (2 years, renewed) and Matomo-like _pk_id (393 days, re-set on every hit)', () => {
  it('classifies the cookies from the knowledge base', () => {
    const r = reports.demo!;
    expect(cookieOf(r, '_ga')).toMatchObject({ category: 'audience', vendor: 'Google Analytics', classifiedBy: 'overlay' });
    expect(cookieOf(r, '_pk_id.1.a1b2')).toMatchObject({ category: 'audience', vendor: 'Matomo' });
    expect(cookieOf(r, 'oneSessionId')).toMatchObject({ category: 'necessary' });
    expect(cookieOf(r, 'ent_prefs')).toMatchObject({ category: 'unknown', vendor: null, classifiedBy: null });
    expect(r.thirdParties.find((t) => t.host === 'analytics.mesure-demo.com')).toMatchObject({ vendor: 'Google Analytics', category: 'audience' });
  });

  it('fails _ga on lifetime, with the overshoot in days counted from when it was set', () => {
    const f = find(reports.demo!, 'cookies.audience-lifetime', '_ga');
    expect(f.status).toBe('fail');
    const setAt = Date.parse(cookieOf(reports.demo!, '_ga').firstSeenAt);
    const overshoot = 730 - thirteenMonthsInDays(setAt);
    expect(f.evidence.join('\n')).toMatch(new RegExp(`dépassement : (${overshoot - 1}|${overshoot}|${overshoot + 1}) j au-delà de 13 mois`));
    expect(f.references.join('\n')).toMatch(/Kit juridique ENT.*§4\.10/);
    expect(f.en.title).toMatch(/more than 13 months/);
  });

  it('passes _pk_id on lifetime (393 days) but fails it on renewal, like _ga', () => {
    expect(find(reports.demo!, 'cookies.audience-lifetime', '_pk_id.1.a1b2').status).toBe('pass');
    expect(find(reports.demo!, 'cookies.audience-no-renewal', '_pk_id.1.a1b2').status).toBe('fail');
    expect(find(reports.demo!, 'cookies.audience-no-renewal', '_ga').status).toBe('fail');
  });

  it('fails Google Analytics on exemption and on third-party collection; Matomo, whose _pk_id is renewed, cannot be exempt either', () => {
    expect(find(reports.demo!, 'cookies.audience-exempt-config', 'Google Analytics')).toMatchObject({ status: 'fail', severity: 'high' });
    expect(find(reports.demo!, 'cookies.audience-first-party', 'Google Analytics').status).toBe('fail');
    const matomo = find(reports.demo!, 'cookies.audience-exempt-config', 'Matomo');
    expect(matomo.status).toBe('fail');
    expect(matomo.evidence.join('\n')).toMatch(/durée de vie non prorogée à chaque visite : « _pk_id\.1\.a1b2 »/);
    expect(cookieOf(reports.demo!, '_pk_id.1.a1b2').needsConsent).toBe(true);
    expect(find(reports.demo!, 'cookies.audience-first-party', 'Matomo').status).toBe('pass');
    // Asked only of tools that may still be exempt: none here.
    expect(reports.demo!.findings.some((f) => f.rule === 'cookies.audience-data-retention')).toBe(false);
  });

  it('fails "no tracker before consent" on _ga, and lists the unknown cookies to review', () => {
    const f = find(reports.demo!, 'consent.no-tracker-before-consent');
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/cookie « _ga » sur lycee-demo\.fr \(Google Analytics\)/);
    expect(f.evidence.join('\n')).toMatch(/à examiner : cookie « ent_prefs »/);
    expect(f.evidence.join('\n')).not.toMatch(/oneSessionId/);
  });
});

describe('AT Internet / Piano in CNIL exempt mode', () => {
  it('passes every audience condition the browser can see, and leaves the rest as manual checks', () => {
    const r = reports.exempt!;
    expect(cookieOf(r, 'atuserid')).toMatchObject({ category: 'audience', vendor: 'Piano Analytics / AT Internet (XiTi)', renewedOnRevisit: false });
    expect(cookieOf(r, 'atauthority').category).toBe('consent');
    const tool = 'Piano Analytics / AT Internet (XiTi)';
    const exempt = find(r, 'cookies.audience-exempt-config', tool);
    expect(exempt.status).toBe('pass');
    expect(exempt.evidence.join('\n')).toMatch(/visitor_privacy_mode=exempt/);
    expect(find(r, 'cookies.audience-lifetime', 'atuserid').status).toBe('pass');
    expect(find(r, 'cookies.audience-no-renewal', 'atuserid').status).toBe('pass');
    expect(find(r, 'cookies.audience-first-party', tool).status).toBe('pass');
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('pass');
    expect(find(r, 'cookies.audience-data-retention').status).toBe('manual');
  });
});

describe('an exempt-configured tag that deletes the cookies its exempt mode does not allow', () => {
  it('reports the deletions, not the deleted cookies, and still passes the exemption', () => {
    const r = reports.exempt!;
    expect(r.cookies.map((c) => c.name)).not.toContain('atidvisitor');
    expect(r.cookies.map((c) => c.name)).not.toContain('pa_user');
    const deleted = (r.deletions ?? []).filter((d) => d.by === 'script').map((d) => d.name);
    expect(deleted).toEqual(expect.arrayContaining(['atidvisitor', 'pa_user']));
    expect(find(r, 'cookies.audience-exempt-config', 'Piano').status).toBe('pass');
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('pass');
  });
});

describe('the whole ENT: every audited page judged', () => {
  it('fails the footer of a page after login that lacks the privacy link, for that page', () => {
    const r = reports.portailAfterLogin!;
    expect(r.pages.map((p) => p.role)).toEqual(['portal', 'portal']);
    const f = find(r, 'info.footer-privacy-link', 'page après connexion');
    expect(f.status).toBe('fail');
    expect(f.subject).toContain('https://www.ent-portail.fr/portail');
    expect(find(r, 'info.legal-notice-link', 'page après connexion').status).toBe('pass');
  });

  it('analyses a privacy page audited directly as a notice, whatever its path', () => {
    const r = reports.portailNotice!;
    expect(r.pages[0]!.role).toBe('notice');
    const notice = r.notices.find((n) => n.url === 'https://www.ent-portail.fr/documents/politique-2024');
    expect(notice).toMatchObject({ kind: 'notice', source: 'page' });
    expect(notice!.items).toMatchObject({ controller: true, rights: true, cnilComplaint: true });
    expect(find(r, 'info.footer-privacy-link', "page de la notice").status).toBe('pass');
  });

  it('lists the footer button that reopens the consent panel as a consent-settings entry, not dead; finds the way to log in', () => {
    const r = reports.portailHome!;
    expect(r.links.find((l) => l.category === 'consent-settings')).toMatchObject({ text: 'Gestion des cookies', dead: false });
    expect(find(r, 'info.footer-privacy-link', "page d'accueil").status).toBe('pass');
    expect(r.coverage).toMatchObject({ home: 'https://www.ent-portail.fr/', login: null, loginEntry: { text: 'Se connecter' } });
    expect(r.coverage!.loginEntry!.href).toMatch(/^https:\/\/cas\.academie-demo\.fr\/cas\/login\?service=…$/);
  });
});

describe("the popup's « Ouvrir la page de connexion »", () => {
  it('follows the page\'s own login link in the audited tab, and the CAS page on another domain joins the same audit', async () => {
    const { tabId, page } = await h.ext.openTab(FIXTURE.portail);
    await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.ext.id}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('#open-login').click();
    await page.waitForURL(/cas\.academie-demo\.fr\/cas\/login\?service=/, { timeout: 15_000 });
    await waitForSettle(h.ext, tabId, page, { expectedPages: 2 });
    const r = await getReport(h.ext, tabId);
    expect(r.site).toBe('ent-portail.fr');
    expect(r.pages.map((p) => p.role)).toEqual(['home', 'login']);
    expect(r.coverage?.login).toBe('https://cas.academie-demo.fr/cas/login?service=…');
    expect(find(r, 'info.footer-privacy-link', 'page de connexion').status).toBe('fail');
    await popup.close();
    await page.close();
  });

  it('opens the home page and the same page again, each ticking its step', async () => {
    const { tabId, page } = await h.ext.openTab(`${FIXTURE.portail}mentions-legales`);
    await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
    const popup = await h.context.newPage();
    const path = `chrome-extension://${h.ext.id}/src/popup/index.html?tabId=${tabId}`;
    await popup.goto(path);
    expect(await popup.locator('[data-step="home"]').getAttribute('class')).toBe('missing');
    await popup.locator('#open-home').click();
    await page.waitForURL(FIXTURE.portail, { timeout: 15_000 });
    await waitForSettle(h.ext, tabId, page, { expectedPages: 2 });
    await popup.goto(path);
    await expect.poll(() => popup.locator('[data-step="home"]').getAttribute('class')).toBe('seen');
    await popup.locator('#open-revisit').click();
    await waitForSettle(h.ext, tabId, page, { expectedPages: 3 });
    await popup.goto(path);
    await expect.poll(() => popup.locator('[data-step="revisit"]').getAttribute('class')).toBe('seen');
    expect(await popup.locator('#open-revisit').count()).toBe(0);
    const r = await getReport(h.ext, tabId);
    expect(r.pages.map((p) => p.url)).toEqual([`${FIXTURE.portail}mentions-legales`, FIXTURE.portail, FIXTURE.portail]);
    await popup.close();
    await page.close();
  });
});

describe('SmartTag as the DNMA deploys it in CNIL exempt mode', () => {
  it('reads the exempt mode stored in atauthority, and passes what the browser can see', () => {
    const r = reports.dnma!;
    const tool = 'Piano Analytics / AT Internet (XiTi)';
    const f = find(r, 'cookies.audience-exempt-config', tool);
    expect(f.status).toBe('pass');
    expect(f.evidence.join('\n')).toMatch(/mode exempté enregistré par l'outil dans le cookie « atauthority » \(exempt\)/);
    expect(find(r, 'cookies.audience-first-party', tool).status).toBe('pass');
    expect(find(r, 'cookies.audience-no-renewal', 'atuserid').status).toBe('pass');
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('pass');
    expect(JSON.stringify(r)).not.toMatch(/visitor_mode|authority_name/);
  });
});

describe('Matomo re-writing _pk_id on every page with the same visitor id, no banner', () => {
  it('fails the renewal, cannot be exempt, and so fails "no tracker before consent"', () => {
    const r = reports.matomo!;
    expect(cookieOf(r, '_pk_id.1.f00d')).toMatchObject({ category: 'audience', vendor: 'Matomo', valueChanged: false, renewedOnRevisit: true, needsConsent: true });
    expect(find(r, 'cookies.audience-lifetime', '_pk_id.1.f00d').status).toBe('pass');
    const renewal = find(r, 'cookies.audience-no-renewal', '_pk_id.1.f00d');
    expect(renewal.status).toBe('fail');
    expect(renewal.title).toMatch(/ne peut pas être exempté de consentement/);
    expect(find(r, 'cookies.audience-exempt-config', 'Matomo').status).toBe('fail');
    const b1 = find(r, 'consent.no-tracker-before-consent');
    expect(b1.status).toBe('fail');
    expect(b1.evidence.join('\n')).toMatch(/cookie « _pk_id\.1\.f00d » .*\(Matomo\)/);
    expect(b1.evidence.join('\n')).toMatch(/requête\(s\) vers stats\.college-matomo\.fr \(Matomo\)/);
  });
});

describe("a consent manager whose vendor sets a per-visitor id", () => {
  it('does not call the per-visitor id a consent cookie: it is to review before any choice', () => {
    const r = reports.cmp!;
    expect(r.banner?.detected).toBe(true);
    const c = cookieOf(r, 'consentUUID');
    expect(c.category).not.toBe('consent');
    expect(c.needsConsent).toBeNull();
    const b1 = find(r, 'consent.no-tracker-before-consent');
    expect(b1.status).toBe('warn');
    expect(b1.evidence.join('\n')).toMatch(/consentUUID/);
  });
});

describe('Matomo with a user id', () => {
  it('fails the exemption on the uid parameter, and the renewal of _pk_id', () => {
    const r = reports.uid!;
    const f = find(r, 'cookies.audience-exempt-config', 'Matomo');
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/identifiant utilisateur envoyé à stats\.lycee-uid\.fr \(paramètre uid\)/);
    expect(find(r, 'cookies.audience-no-renewal', '_pk_id.3.c0de').status).toBe('fail');
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('fail');
    expect(JSON.stringify(r)).not.toContain('camille.dupont');
  });
});

describe('YouTube-like embed', () => {
  it('fails "no tracker before consent" on the advertising cookie of the embed', () => {
    const r = reports.video!;
    expect(cookieOf(r, 'VISITOR_INFO1_LIVE')).toMatchObject({ category: 'advertising', vendor: 'YouTube', party: 'third' });
    const f = find(r, 'consent.no-tracker-before-consent');
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/VISITOR_INFO1_LIVE.*YouTube.*publicité/);
    expect(r.thirdParties.find((t) => t.host === 'www.youtube.com')).toMatchObject({ vendor: 'YouTube', category: 'advertising' });
    expect(find(r, 'cookies.audience-lifetime').status).toBe('na');
  });
});

describe('footer links in a hidden popover, and a dead one', () => {
  it('reports the hidden legal-notice link as hidden, and the # privacy link as dead', () => {
    const r = reports.popover!;
    expect(r.links.find((l) => l.text === 'Mentions légales')).toMatchObject({ category: 'legal', hidden: true, inFooter: true, dead: false, httpStatus: 200 });
    expect(r.links.find((l) => l.text === 'Données personnelles')).toMatchObject({ category: 'privacy', hidden: false, dead: true });
    expect(find(r, 'info.legal-notice-link', "page d'accueil")).toMatchObject({ status: 'warn' });
    expect(find(r, 'info.legal-notice-link', "page d'accueil").evidence[0]).toMatch(/\(masqué, HTTP 200\)/);
    expect(find(r, 'info.footer-privacy-link', "page d'accueil")).toMatchObject({ status: 'fail', severity: 'high' });
    expect(find(r, 'info.footer-privacy-link', "page d'accueil").title).toMatch(/mort/);
  });

  it('marks a link whose target answers 404 as dead, with the status', () => {
    const r = reports.popover!;
    expect(r.links.find((l) => l.text === 'Cookies')).toMatchObject({ category: 'cookies', httpStatus: 404, dead: true });
    const f = find(r, 'info.cookie-policy-link', "page d'accueil");
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/HTTP 404/);
  });
});

describe('a notice published as a PDF', () => {
  it('is located and reported as a PDF to check by hand', () => {
    const r = reports.pdf!;
    const pdf = r.notices.find((n) => n.format === 'pdf');
    expect(pdf).toMatchObject({ url: 'https://www.ecole-pdf.fr/docs/rgpd.pdf', kind: 'notice', source: 'link' });
    const f = find(r, 'info.notice-content', 'https://www.ecole-pdf.fr/docs/rgpd.pdf');
    expect(f).toMatchObject({ status: 'manual', title: 'La notice est un PDF : à vérifier à la main' });
  });
});

describe('a notice behind a login wall', () => {
  it('fails the notice as unreadable without logging in, instead of analysing the login form', () => {
    const r = reports.loginWall!;
    expect(r.notices).toEqual([]);
    const f = find(r, 'info.notice-content', 'https://www.lycee-connexion.fr/donnees-personnelles');
    expect(f).toMatchObject({ status: 'fail', severity: 'high', title: "La notice n'est pas lisible sans être connecté" });
    expect(f.references[0]).toMatch(/pied de page des écrans d'accueil et de connexion/);
  });
});

describe('a page that puts markup in every string it controls', () => {
  it('is reported as text, and every export escapes it', () => {
    const r = reports.hostile!;
    expect(r.pages[0]!.title).toBe('<img src=x onerror=alert(1)> Accueil');
    expect(r.storage.map((s) => s.key)).toContain('<img src=x onerror=alert(1)>');
    expect(r.cookies.map((c) => c.name)).toEqual(expect.arrayContaining(['<img src', '<svg onload']));
    expect(r.links.map((l) => l.text)).toContain('Données personnelles <img src=x onerror=alert(1)>');
    expect(r.banner?.controls.map((c) => c.text)).toContain('Tout accepter <b>');
    for (const out of [reportToHtml(r, 'fr'), reportToHtml(r, 'en'), cookieTableDraft(r, 'fr')]) {
      expect(out).not.toMatch(/<img|<svg|<b>/i);
      expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    const csv = reportToCsv(r);
    expect(csv).toContain('<img src=x onerror=alert(1)>'); // CSV is data, read as text by a spreadsheet
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });
});

describe('every report', () => {
  it('validates against the schema and carries no cookie value', async () => {
    const secrets = await secretValues(h, h.sites);
    for (const r of Object.values(reports)) {
      expect(validateReport(r)).toEqual({ ok: true });
      const json = JSON.stringify(r);
      for (const s of secrets) expect(json).not.toContain(s);
    }
  });
});
