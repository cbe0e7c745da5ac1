/**
 * info.footer-privacy-link, info.legal-notice-link, info.cookie-policy-link:
 * the information notice, the legal notice and the cookie page are reachable
 * from the footer of every audited page — the kit ENT §2.2 names the home and
 * the login page, visible before logging in. One finding per rule and page.
 */
import type { AuditFacts, LinkFact } from '../facts.ts';
import { both, finding, type Bilingual } from '../finding.ts';
import type { LinkCategory } from '../links.ts';
import type { Finding, FindingStatus, Severity } from '../../report/types.ts';
import { STATUS_ORDER, worseStatus } from '../../report/status.ts';
import type { PageRole, PageVisit } from '../../shared/inventory.ts';
import { FINDING_LIMITS } from '../../shared/limits.ts';
import type { Rule } from './rule.ts';

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

/** What each role is called in a sentence; the kit ENT §2.2 names the home and the login page. */
const ROLE_NAMES: Record<PageRole, Bilingual> = {
  home: both("page d'accueil", 'home page'),
  login: both('page de connexion', 'login page'),
  portal: both('page après connexion', 'page after login'),
  notice: both("page de la notice d'information", 'privacy notice page'),
  cookies: both('page cookies', 'cookie page'),
  legal: both('page des mentions légales', 'legal notice page'),
  other: both('page', 'page'),
};
const KIT_PAGES: PageRole[] = ['home', 'login'];
/** The page a link category leads to: that page need not link to itself. */
const TARGET_ROLE: Partial<Record<LinkCategory, PageRole>> = { privacy: 'notice', cookies: 'cookies', legal: 'legal' };

const answer = (l: LinkFact, fr: boolean): string => {
  if (!l.check) return '';
  if (l.check.status === null) return fr ? `sans réponse (${l.check.error ?? 'erreur'})` : `no answer (${l.check.error ?? 'error'})`;
  return `HTTP ${l.check.status}`;
};

const describe = (l: LinkFact): Bilingual => {
  const where = [l.record.inShadowDom ? 'shadow DOM' : '', l.record.hidden ? 'masqué' : '', l.record.inFooter ? '' : 'hors pied de page', answer(l, true)].filter(Boolean).join(', ');
  const whereEn = [l.record.inShadowDom ? 'shadow DOM' : '', l.record.hidden ? 'hidden' : '', l.record.inFooter ? '' : 'outside the footer', answer(l, false)].filter(Boolean).join(', ');
  return both(`« ${l.record.text || '(sans texte)'} » → ${l.record.href}${where ? ` (${where})` : ''}`, `"${l.record.text || '(no text)'}" → ${l.record.href}${whereEn ? ` (${whereEn})` : ''}`);
};

/**
 * The verdict of one rule on one audited page. Every audited page is judged:
 * the kit names the home and login pages (a missing link there is the most
 * serious); every page should carry the links.
 */
function onPage(f: AuditFacts, r: LinkRule, page: PageVisit, index: number): Finding {
  const name = ROLE_NAMES[page.role];
  const kit = KIT_PAGES.includes(page.role);
  const base = { rule: r.rule, subject: `${name.fr} — ${page.url}`, refs: kit ? r.refs : [...r.refs, 'kit-2.2'].filter((x, i, a) => a.indexOf(x) === i) };
  const requirement = kit
    ? both(`le kit ENT (§2.2) demande ce lien en pied de ${name.fr}`, `the kit ENT (§2.2) asks for this link in the ${name.en} footer`)
    : both('chaque page devrait porter ce lien en pied de page', 'every page should carry this link in its footer');
  if (TARGET_ROLE[r.category] === page.role) {
    return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`${name.fr} : elle est elle-même la page visée par ce lien`, `${name.en}: it is itself the page this link leads to`) });
  }
  const here = f.links.filter((l) => l.category === r.category && l.record.page === index);
  const good = here.filter((l) => l.record.inFooter && !l.record.hidden && !l.dead);
  if (good.length) {
    return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`${r.what.fr} présent en pied de ${name.fr}`, `${r.what.en} present in the ${name.en} footer`), evidence: dedupe(good.map(describe)) });
  }
  if (here.length) {
    const dead = here.every((l) => l.dead);
    return finding(f.k, {
      ...base,
      status: dead ? 'fail' : 'warn',
      severity: dead ? (kit ? r.missing[1] : 'medium') : 'medium',
      title: dead
        ? both(`${r.what.fr} mort en ${name.fr} (#, javascript: ou erreur HTTP)`, `${r.what.en} on the ${name.en} is dead (#, javascript: or HTTP error)`)
        : both(`${r.what.fr} présent en ${name.fr}, mais masqué ou hors du pied de page`, `${r.what.en} on the ${name.en}, but hidden or outside the footer`),
      evidence: [...dedupe(here.map(describe)), requirement],
      fix: both(`Placer un lien visible et fonctionnel dans le pied de page de la ${name.fr}, accessible sans être connecté.`, `Put a visible, working link in the ${name.en} footer, reachable without logging in.`),
    });
  }
  const examined = f.links.filter((l) => l.record.page === index).length;
  return finding(f.k, {
    ...base,
    status: r.missing[0],
    severity: kit ? r.missing[1] : r.missing[1] === 'high' ? 'medium' : r.missing[1],
    title: both(`Aucun ${r.what.fr} en pied de ${name.fr}`, `No ${r.what.en} in the ${name.en} footer`),
    evidence: [both(`${examined} lien(s) de pied de page examiné(s) sur cette page`, `${examined} footer link(s) examined on this page`), requirement],
    fix: both(`Ajouter au pied de page de la ${name.fr} un ${r.what.fr}, visible même sans être connecté.`, `Add a ${r.what.en} to the ${name.en} footer, visible without logging in.`),
  });
}


function forRule(f: AuditFacts, r: LinkRule): Finding[] {
  const pages = f.inv.pages.map((page, index) => ({ page, index })).filter(({ page }) => page.scanned);
  if (!pages.length) {
    return [
      finding(f.k, {
        rule: r.rule,
        status: 'manual',
        severity: 'low',
        subject: null,
        title: both(`${r.what.fr} : aucune page analysée pendant l'audit`, `${r.what.en}: no page analysed during the audit`),
        fix: both("Ouvrir les pages de l'ENT pendant l'audit pour que Témoin vérifie leur pied de page.", "Open the ENT's pages during the audit so that Témoin checks their footers."),
        refs: r.refs,
      }),
    ];
  }
  const all = pages.map(({ page, index }) => onPage(f, r, page, index));
  if (all.length <= FINDING_LIMITS.pages) return all;
  // The pages the kit names and the worst first; the rest summed up.
  const kept = all
    .map((x, i) => ({ x, kit: KIT_PAGES.includes(pages[i]!.page.role) }))
    .sort((a, b) => Number(b.kit) - Number(a.kit) || STATUS_ORDER.indexOf(a.x.status) - STATUS_ORDER.indexOf(b.x.status))
    .slice(0, FINDING_LIMITS.pages - 1)
    .map((e) => e.x);
  const rest = all.filter((x) => !kept.includes(x));
  const worst = rest.reduce((w, x) => worseStatus(w, x.status), 'pass' as FindingStatus);
  const counts = (s: FindingStatus) => rest.filter((x) => x.status === s).length;
  kept.push(
    finding(f.k, {
      rule: r.rule,
      status: worst,
      severity: worst === 'pass' ? 'info' : 'low',
      subject: `${rest.length} autres pages`,
      title: both(`${rest.length} autre(s) page(s) : ${counts('fail')} sans ${r.what.fr}, ${counts('warn')} à examiner`, `${rest.length} other page(s): ${counts('fail')} without the ${r.what.en}, ${counts('warn')} to review`),
      refs: r.refs,
    }),
  );
  return kept;
}
function dedupe(xs: Bilingual[]): Bilingual[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.fr) ? false : (seen.add(x.fr), true)));
}

/** One finding per rule and audited page; the overall verdict of a rule is the worst of its pages. */
function judge(f: AuditFacts): Finding[] {
  return LINK_RULES.flatMap((r) => forRule(f, r));
}

export const infoLinks: Rule = { ids: ['info.footer-privacy-link', 'info.legal-notice-link', 'info.cookie-policy-link'], references: ['kit-2.2', 'gdpr-13', 'kit-annexe-2', 'cnil-2020-092-information', 'lcen-1-1'], judge };
