/** info.* rules: on inventories built from header, cookie and hit samples shaped like the real ones (vendor documentation). */
import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/audit/audit.ts';
import { recordScan } from '../../../src/background/record.ts';
import { T0, TEST_CONTEXT, visit } from '../../helpers/inventory.ts';
import { noticeFixtures } from '../../helpers/notices.ts';
import { HOME, run, find } from '../../helpers/rules.ts';

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
