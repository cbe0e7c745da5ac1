/**
 * consent.no-tracker-before-consent (loi Informatique et Libertés, art. 82):
 * no tracker that needs consent is written or read before any interaction.
 * An audience tool that fails an observed exemption condition, or that Témoin
 * does not know, counts (facts.ts). When a consent choice was already stored
 * before the audit began, "before any interaction" cannot be established.
 */
import { consentNeed, toolKey, type AuditFacts } from '../facts.ts';
import { both, finding, type Bilingual } from '../finding.ts';
import type { Finding } from '../../report/types.ts';
import { FINDING_LIMITS } from '../../shared/limits.ts';
import type { Rule } from './rule.ts';

const RULE = 'consent.no-tracker-before-consent';
const CAT_FR: Record<string, string> = { advertising: 'publicité', social: 'réseau social', audience: "mesure d'audience non exemptable", functional: 'fonctionnel', unknown: 'inconnu' };
const CAT_EN: Record<string, string> = { audience: 'audience measurement that cannot be exempt' };

function judge(f: AuditFacts): Finding[] {
  const needs: Bilingual[] = [];
  const review: Bilingual[] = [];
  const conditional: Bilingual[] = [];
  const line = (what: string, whatEn: string, cat: string, vendor: string | null) =>
    both(`${what}${vendor ? ` (${vendor})` : ''} — ${CAT_FR[cat] ?? cat}`, `${whatEn}${vendor ? ` (${vendor})` : ''} — ${CAT_EN[cat] ?? cat}`);

  // Cookies and storage keys are judged alike: by their category, and for audience measurement by their tool.
  const stored = [
    ...f.cookies.map((c) => ({ before: c.report.setBeforeConsent, cls: c.cls, what: both(`cookie « ${c.report.name} » sur ${c.report.domain}`, `cookie "${c.report.name}" on ${c.report.domain}`) })),
    ...f.storage.map((s) => ({ before: s.beforeConsent, cls: s.cls, what: both(`clé ${s.record.area} « ${s.record.key} » de ${s.record.origin}`, `${s.record.area} key "${s.record.key}" of ${s.record.origin}`) })),
  ];
  for (const { before, cls, what } of stored) {
    if (!before) continue;
    const need = consentNeed(cls.category, toolKey(cls), f.audience);
    const list = need === 'needs' ? needs : need === 'conditional' ? conditional : need === 'review' ? review : null;
    list?.push(line(what.fr, what.en, cls.category, cls.vendorName));
  }
  for (const h of f.hosts) {
    if (!h.beforeConsent || !h.vendor || consentNeed(h.vendor.category, h.vendor.id, f.audience) !== 'needs') continue;
    const what = `${h.record.requests} requête(s) vers ${h.record.host}`;
    const whatEn = `${h.record.requests} request(s) to ${h.record.host}`;
    needs.push(line(what, whatEn, h.vendor.category, h.vendor.name));
  }

  const refs = ['lil-82', 'cnil-2020-091', 'kit-4.10'];
  const cap = (xs: Bilingual[]) => (xs.length > FINDING_LIMITS.evidenceLines ? [...xs.slice(0, FINDING_LIMITS.evidenceLines), both(`… et ${xs.length - FINDING_LIMITS.evidenceLines} autre(s)`, `… and ${xs.length - FINDING_LIMITS.evidenceLines} more`)] : xs);
  const condNote = conditional.length
    ? [both(`Sous réserve des conditions d'exemption (voir cookies.audience-*) : ${conditional.length} traceur(s) de mesure d'audience`, `Subject to the exemption conditions (see cookies.audience-*): ${conditional.length} audience tracker(s)`)]
    : [];
  // A choice stored before the audit began: what was seen may rest on that earlier consent.
  const storedChoice = f.cookies.filter((c) => c.report.setBeforeAudit && c.cls.category === 'consent');
  if (storedChoice.length) {
    const names = storedChoice.map((c) => c.report.name).join(', ');
    return [
      finding(f.k, {
        rule: RULE,
        status: 'manual',
        severity: 'medium',
        title: both(
          'Un choix de consentement était déjà enregistré avant l’audit : « avant toute interaction » ne peut pas être établi',
          'A consent choice was already stored before the audit: "before any interaction" cannot be established',
        ),
        evidence: cap([
          both(`cookie(s) de choix présent(s) avant le début de l'audit : ${names}`, `choice cookie(s) present before the audit began: ${names}`),
          ...needs.map((n) => both(`vu : ${n.fr}`, `seen: ${n.en}`)),
          ...review.map((r) => both(`à examiner : ${r.fr}`, `to review: ${r.en}`)),
          ...condNote,
        ]),
        fix: both(
          "Refaire l'audit depuis un état vierge : supprimer les cookies et données du site dans le navigateur, ou ouvrir une fenêtre de navigation privée où l'extension est autorisée, puis « Auditer cet onglet » avant de cliquer quoi que ce soit.",
          'Audit again from a clean state: delete the site’s cookies and data in the browser, or open a private window where the extension is allowed, then "Audit this tab" before clicking anything.',
        ),
        refs,
      }),
    ];
  }
  if (needs.length) {
    return [
      finding(f.k, {
        rule: RULE,
        status: 'fail',
        severity: 'high',
        title: both(`${needs.length} traceur(s) soumis au consentement présent(s) avant toute interaction`, `${needs.length} tracker(s) that need consent present before any interaction`),
        evidence: cap([...needs, ...review.map((r) => both(`à examiner : ${r.fr}`, `to review: ${r.en}`)), ...condNote]),
        fix: both(
          "Ne charger ces services qu'après un consentement explicite (bandeau ou gestionnaire de consentement), ou les retirer.",
          'Load these services only after explicit consent (consent banner or manager), or remove them.',
        ),
        refs,
      }),
    ];
  }
  if (review.length) {
    return [
      finding(f.k, {
        rule: RULE,
        status: 'warn',
        severity: 'medium',
        title: both(`${review.length} traceur(s) non identifié(s) présent(s) avant toute interaction : à examiner`, `${review.length} unidentified tracker(s) present before any interaction: to review`),
        evidence: cap([...review, ...condNote]),
        fix: both(
          "Pour chacun, établir s'il est strictement nécessaire au service demandé ; sinon, le soumettre au consentement. Un traceur inconnu n'est jamais présumé exempté.",
          'For each, establish whether it is strictly necessary to the service requested; otherwise put it behind consent. An unknown tracker is never presumed exempt.',
        ),
        refs,
      }),
    ];
  }
  return [
    finding(f.k, {
      rule: RULE,
      status: 'pass',
      severity: 'info',
      title: both('Aucun traceur soumis au consentement observé avant toute interaction', 'No tracker needing consent observed before any interaction'),
      evidence: condNote,
      refs,
    }),
  ];
}

export const noTrackerBeforeConsent: Rule = { ids: ['consent.no-tracker-before-consent'], references: ['kit-4.10', 'cnil-2020-091', 'lil-82'], judge };
