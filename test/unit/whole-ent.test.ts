/** The whole ENT: every audited page judged, the login page found and kept, consent entries as links. */
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.ts';
import { pageRole } from '../../src/audit/page-role.ts';
import { headingKind, isIdentityProviderUrl, isLoginEntry, isLogout } from '../../src/audit/session-links.ts';
import { recordNavigation, recordScan } from '../../src/background/record.ts';
import type { PageScan } from '../../src/shared/messages.ts';
import type { Report } from '../../src/report/types.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const HOME = 'https://www.ent-portail.fr/';
const scan = (url: string, over: Partial<PageScan> = {}): PageScan => ({ url, title: 'ENT', hasPasswordField: false, roleHint: 'other', links: [], truncated: false, ...over });
const link = (text: string, href: string) => ({ text, href, inFooter: true, inShadowDom: false, hidden: false });
const report = (inv: Parameters<typeof audit>[0]): Report => {
  const r = audit(inv, TEST_CONTEXT);
  expect(validateReport(r)).toEqual({ ok: true });
  return r;
};

describe('the way to log in, and a logged-in page', () => {
  it('recognises login links by their text or their target (CAS, ÉduConnect, SAML, OpenID Connect)', () => {
    expect(isLoginEntry('Se connecter', 'https://ent.fr/')).toBe(true);
    expect(isLoginEntry('Connexion', 'https://ent.fr/x')).toBe(true);
    expect(isLoginEntry('Accès', 'https://cas.academie.fr/cas/login?service=https%3A%2F%2Fent.fr')).toBe(true);
    expect(isLoginEntry('Élève ou parent', 'https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO')).toBe(true);
    expect(isLoginEntry('Personnels', 'https://sso.academie.fr/realms/x/protocol/openid-connect/auth?client_id=ent')).toBe(true);
    expect(isLoginEntry('Messagerie', 'https://ent.fr/messagerie')).toBe(false);
    expect(isLoginEntry('Se connecter', 'javascript:void(0)')).toBe(false);
    expect(isLogout('Se déconnecter', '')).toBe(true);
    expect(isLogout('Quitter', 'https://ent.fr/auth/logout')).toBe(true);
    expect(isLogout('Connexion', 'https://ent.fr/auth/login')).toBe(false);
    expect(isIdentityProviderUrl('https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO?SAMLRequest=x')).toBe(true);
    expect(isIdentityProviderUrl('https://www.ent-portail.fr/portail')).toBe(false);
  });

  it('gives pages a role that says which requirement applies: portal after login, legal, a notice by its headings', () => {
    expect(pageRole(HOME, 'Accueil', false)).toBe('home');
    expect(pageRole(HOME, 'Accueil', false, { loggedIn: true })).toBe('portal');
    expect(pageRole(`${HOME}mentions-legales`, 'Mentions', false)).toBe('legal');
    expect(pageRole(`${HOME}documents/p-2024`, 'ENT', false, { contentKind: 'notice' })).toBe('notice');
    expect(pageRole(`${HOME}connexion`, 'ENT', true, { loggedIn: true })).toBe('login');
    expect(headingKind('Politique de confidentialité')).toBe('notice');
    expect(headingKind('Mentions légales')).toBe('legal');
    expect(headingKind('Gestion des cookies et traceurs')).toBe('cookies');
    expect(headingKind("Fil d'actualités")).toBeNull();
  });
});

describe('the login page, kept in the audit', () => {
  it('keeps the inventory when the tab goes to the login page the site linked to, or to an identity provider, on another domain', () => {
    let inv = visit(HOME, 7, null, T0);
    recordScan(inv, scan(HOME, { loginEntry: { text: 'Se connecter', href: 'https://login.academie-demo.fr/auth?from=ent' } }), T0);
    inv = recordNavigation(inv, 7, 'https://login.academie-demo.fr/auth?from=ent', T0 + 1000)!;
    expect(inv.site).toBe('ent-portail.fr');
    expect(inv.pages.map((p) => p.url)).toEqual([HOME, 'https://login.academie-demo.fr/auth?from=…']);
    const idp = recordNavigation(visit(HOME, 8, null, T0), 8, 'https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO?SAMLRequest=abc', T0 + 1000)!;
    expect(idp.pages).toHaveLength(2);
    // Anywhere else is another audit.
    const other = recordNavigation(visit(HOME, 9, null, T0), 9, 'https://www.autre-site.fr/', T0 + 1000)!;
    expect(other.site).toBe('autre-site.fr');
    expect(other.pages).toHaveLength(1);
  });

  it('says in the coverage which pages of the path were seen, and the way to the login page, masked', () => {
    const inv = visit(HOME, 7, null, T0);
    recordScan(inv, scan(HOME, { loginEntry: { text: 'Se connecter', href: 'https://cas.academie-demo.fr/cas/login?service=https%3A%2F%2Fwww.ent-portail.fr%2F' } }), T0);
    const r = report(inv);
    expect(r.coverage).toEqual({ home: HOME, login: null, portal: null, notice: null, loginEntry: { text: 'Se connecter', href: 'https://cas.academie-demo.fr/cas/login?service=…' } });
    expect(JSON.stringify(r)).not.toContain('service=https');
  });
});

describe('every audited page is judged', () => {
  it('fails a page after login that lacks the privacy link, passes the home page that has it; the worst of its pages is the rule\'s', () => {
    let inv = visit(HOME, 7, null, T0);
    recordScan(inv, scan(HOME, { title: 'Accueil', links: [link('Données personnelles', `${HOME}donnees-personnelles`)] }), T0);
    inv = visit(`${HOME}portail`, 7, inv, T0 + 1000);
    recordScan(inv, scan(`${HOME}portail`, { hasLogout: true, links: [link('Aide', `${HOME}aide`)] }), T0 + 1000);
    const fs = report(inv).findings.filter((f) => f.rule === 'info.footer-privacy-link');
    expect(fs.map((f) => `${f.status} ${f.subject}`)).toEqual([`pass page d'accueil — ${HOME}`, `fail page après connexion — ${HOME}portail`]);
    expect(fs[1]!.evidence.join('\n')).toMatch(/chaque page devrait porter ce lien/);
    expect(fs[1]!.severity).toBe('medium'); // high on the pages the kit names
  });

  it('does not ask a notice page to link to itself', () => {
    const inv = visit(`${HOME}donnees-personnelles`, 7, null, T0);
    recordScan(inv, scan(`${HOME}donnees-personnelles`, { title: 'Données personnelles', links: [link('Mentions légales', `${HOME}mentions-legales`)] }), T0);
    const f = report(inv).findings.find((x) => x.rule === 'info.footer-privacy-link')!;
    expect(f.status).toBe('pass');
    expect(f.title).toMatch(/elle-même la page visée/);
  });

  it('sums up the pages beyond forty, keeping the home and login pages and the worst', () => {
    let inv = visit(HOME, 7, null, T0);
    recordScan(inv, scan(HOME, { title: 'Accueil', links: [link('Données personnelles', `${HOME}dp`)] }), T0);
    for (let i = 1; i <= 45; i++) {
      inv = visit(`${HOME}page-${i}`, 7, inv, T0 + i);
      recordScan(inv, scan(`${HOME}page-${i}`, { links: i === 45 ? [] : [link('Données personnelles', `${HOME}dp`)] }), T0 + i);
    }
    const fs = report(inv).findings.filter((f) => f.rule === 'info.footer-privacy-link');
    expect(fs).toHaveLength(40);
    expect(fs[0]!.subject).toMatch(/^page d'accueil/);
    expect(fs.some((f) => f.status === 'fail' && f.subject?.endsWith('page-45'))).toBe(true);
    expect(fs.at(-1)).toMatchObject({ subject: '7 autres pages', status: 'pass' });
  });

  it('lists the consent manager\'s entries as links, present and not dead; a # privacy link stays dead', () => {
    const inv = visit(HOME, 7, null, T0);
    recordScan(inv, scan(HOME, { links: [link('Données personnelles', '#'), link('Gestion des cookies', '#')], manage: [{ text: 'Paramétrer les cookies', selector: '#tac', source: 'vocabulary', visible: true }] }), T0);
    const r = report(inv);
    expect(r.links.map((l) => `${l.category} ${l.text} ${l.dead}`)).toEqual(['privacy Données personnelles true', 'consent-settings Gestion des cookies false', 'consent-settings Paramétrer les cookies false']);
  });
});
