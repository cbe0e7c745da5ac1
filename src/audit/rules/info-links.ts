/**
 * info.footer-privacy-link, info.legal-notice-link, info.cookie-policy-link —
 * rule A1 (kit ENT §2.2): the information notice is reachable from the footer
 * of the home page and of the login page, visible before logging in. One
 * finding per rule and page role.
 */
import type { AuditFacts, LinkFact } from '../facts.ts';
import { both, finding, type Bilingual } from '../finding.ts';
import type { LinkCategory } from '../links.ts';
import type { Finding, FindingStatus, Severity } from '../../report/types.ts';
import type { PageRole } from '../../shared/inventory.ts';

interface LinkRule {
  rule: string;
  category: LinkCategory;
  what: Bilingual;
  /** Status and severity when the link is missing from a page of that role. */
  missing: [FindingStatus, Severity];
  refs: string[];
}

const LINK_RULES: LinkRule[] = [
  { rule: 'info.footer-privacy-link', category: 'privacy', what: both("lien vers la notice d'information (données personnelles)", 'link to the privacy notice'), missing: ['fail', 'high'], refs: ['kit-2.2', 'gdpr-13'] },
  { rule: 'info.legal-notice-link', category: 'legal', what: both('lien vers les mentions légales', 'link to the legal notice'), missing: ['fail', 'medium'], refs: ['lcen-1-1'] },
  { rule: 'info.cookie-policy-link', category: 'cookies', what: both('lien vers la page cookies', 'link to the cookie page'), missing: ['warn', 'low'], refs: ['kit-annexe-2', 'cnil-2020-092-information'] },
];

const ROLES: { role: PageRole; name: Bilingual }[] = [
  { role: 'home', name: both("page d'accueil", 'home page') },
  { role: 'login', name: both('page de connexion', 'login page') },
];

const answer = (l: LinkFact, fr: boolean): string => {
  if (!l.check) return '';
  if (l.check.status === null) return fr ? `sans réponse (${l.check.error ?? 'erreur'})` : `no answer (${l.check.error ?? 'error'})`;
  return `HTTP ${l.check.status}`;
};

const describe = (l: LinkFact): Bilingual => {
  const where = [l.record.inShadowDom ? 'shadow DOM' : '', l.record.hidden ? 'masqué' : '', l.record.inFooter ? '' : 'hors pied de page', answer(l, true)].filter(Boolean).join(', ');
  const whereEn = [l.record.inShadowDom ? 'shadow DOM' : '', l.record.hidden ? 'hidden' : '', l.record.inFooter ? '' : 'outside the footer', answer(l, false)].filter(Boolean).join(', ');
  return both(`« ${l.record.text || '(sans texte)'} » → ${l.record.href} sur ${l.page?.url ?? '?'}${where ? ` (${where})` : ''}`, `"${l.record.text || '(no text)'}" → ${l.record.href} on ${l.page?.url ?? '?'}${whereEn ? ` (${whereEn})` : ''}`);
};

function one(f: AuditFacts, r: LinkRule, role: (typeof ROLES)[number]): Finding {
  const base = { rule: r.rule, subject: role.name.fr, refs: r.refs };
  const pages = f.inv.pages.filter((p) => p.role === role.role && p.scanned);
  if (!pages.length) {
    return finding(f.k, {
      ...base,
      status: 'manual',
      severity: 'low',
      title: both(`${r.what.fr} : aucune ${role.name.fr} vue pendant l'audit`, `${r.what.en}: no ${role.name.en} seen during the audit`),
      fix: both(`Ouvrir la ${role.name.fr} de l'ENT pendant l'audit pour que Témoin vérifie son pied de page.`, `Open the ENT's ${role.name.en} during the audit so that Témoin checks its footer.`),
    });
  }
  const onRole = f.links.filter((l) => l.category === r.category && l.page?.role === role.role);
  const good = onRole.filter((l) => l.record.inFooter && !l.record.hidden && !l.dead);
  if (good.length) {
    return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`${r.what.fr} présent en pied de ${role.name.fr}`, `${r.what.en} present in the ${role.name.en} footer`), evidence: dedupe(good.map(describe)) });
  }
  if (onRole.length) {
    const dead = onRole.every((l) => l.dead);
    return finding(f.k, {
      ...base,
      status: dead ? 'fail' : 'warn',
      severity: dead ? r.missing[1] : 'medium',
      title: dead
        ? both(`${r.what.fr} mort en ${role.name.fr} (#, javascript: ou erreur HTTP)`, `${r.what.en} on the ${role.name.en} is dead (#, javascript: or HTTP error)`)
        : both(`${r.what.fr} présent en ${role.name.fr}, mais masqué ou hors du pied de page`, `${r.what.en} on the ${role.name.en}, but hidden or outside the footer`),
      evidence: dedupe(onRole.map(describe)),
      fix: both(`Placer un lien visible et fonctionnel dans le pied de page de la ${role.name.fr}, accessible sans être connecté.`, `Put a visible, working link in the ${role.name.en} footer, reachable without logging in.`),
    });
  }
  return finding(f.k, {
    ...base,
    status: r.missing[0],
    severity: r.missing[1],
    title: both(`Aucun ${r.what.fr} en pied de ${role.name.fr}`, `No ${r.what.en} in the ${role.name.en} footer`),
    evidence: [both(`${f.links.filter((l) => l.page?.role === role.role).length} lien(s) de pied de page examiné(s) sur ${pages.length} page(s)`, `${f.links.filter((l) => l.page?.role === role.role).length} footer link(s) examined on ${pages.length} page(s)`)],
    fix: both(`Ajouter au pied de page de la ${role.name.fr} un ${r.what.fr}, visible même sans être connecté.`, `Add a ${r.what.en} to the ${role.name.en} footer, visible without logging in.`),
  });
}

function dedupe(xs: Bilingual[]): Bilingual[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.fr) ? false : (seen.add(x.fr), true)));
}

export function infoLinks(f: AuditFacts): Finding[] {
  return LINK_RULES.flatMap((r) => ROLES.map((role) => one(f, r, role)));
}
