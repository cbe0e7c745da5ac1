/**
 * cookies.audience-no-renewal — condition C6 (kit ENT §4.10): the lifetime of
 * an audience identifier is not extended on new visits. Judged on identifier
 * cookies (a day or more); a 30-minute session cookie is re-set by design.
 */
import type { AuditFacts, CookieFact } from '../facts.ts';
import { both, finding, isoDay } from '../finding.ts';
import type { Finding } from '../../report/types.ts';
import { expiryMove } from '../renewal.ts';

const RULE = 'cookies.audience-no-renewal';
const REFS = ['kit-4.10', 'cnil-2020-091'];

function one(f: AuditFacts, c: CookieFact): Finding {
  const r = c.report;
  const base = { rule: RULE, subject: `${r.name} (${r.domain})`, refs: REFS };
  const move = expiryMove(c.record);
  if (move && !r.valueChanged) {
    return finding(f.k, {
      ...base,
      status: 'fail',
      severity: 'medium',
      title: both(`« ${r.name} » : durée de vie prolongée à chaque visite`, `"${r.name}": lifetime extended on every visit`),
      evidence: [
        both(
          `même identifiant ; expiration repoussée du ${isoDay(move.from)} au ${isoDay(move.to)} entre la page ${move.fromPage + 1} et la page ${move.toPage + 1} de l'audit`,
          `same identifier; expiry pushed from ${isoDay(move.from)} to ${isoDay(move.to)} between page ${move.fromPage + 1} and page ${move.toPage + 1} of the audit`,
        ),
        both(`${r.writes} écriture(s) observée(s)`, `${r.writes} write(s) observed`),
      ],
      fix: both(
        `Calculer l'expiration de « ${r.name} » à partir de sa date de création et ne pas la repousser (Matomo : extrait de configuration de la CNIL ; Piano : visitorStorageMode « fixed »).`,
        `Compute "${r.name}"'s expiry from its creation date and never push it forward (Matomo: the CNIL configuration snippet; Piano: visitorStorageMode "fixed").`,
      ),
    });
  }
  if (move && r.valueChanged) {
    return finding(f.k, {
      ...base,
      status: 'warn',
      severity: 'low',
      title: both(`« ${r.name} » : expiration repoussée avec un nouvel identifiant`, `"${r.name}": expiry pushed forward with a new identifier`),
      evidence: [both('la valeur a changé entre les visites (empreintes différentes) : le cookie est recréé plutôt que prolongé', 'the value changed between visits (different fingerprints): the cookie is re-created rather than extended')],
      fix: both("Vérifier que l'outil ne recrée pas l'identifiant à chaque visite.", 'Check that the tool does not re-create the identifier on every visit.'),
    });
  }
  const revisited = f.inv.pages.length > 1 && f.inv.pages.some((p, i) => i > 0 && p.visitedAt > c.record.firstSeenAt);
  if (revisited) {
    return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`« ${r.name} » : expiration inchangée lors d'une nouvelle visite`, `"${r.name}": expiry unchanged on a new visit`) });
  }
  return finding(f.k, {
    ...base,
    status: 'manual',
    severity: 'low',
    title: both(`« ${r.name} » : une seule visite observée`, `"${r.name}": only one visit observed`),
    fix: both('Recharger la page ou visiter une autre page du site, puis relancer le rapport.', 'Reload the page or visit another page of the site, then look at the report again.'),
  });
}

export function audienceNoRenewal(f: AuditFacts): Finding[] {
  const ids = f.audience.flatMap((t) => t.cookies).filter((c) => !c.report.session && (c.report.declaredLifetimeDays ?? c.report.storedLifetimeDays ?? 0) >= 1);
  if (!ids.length) {
    return [finding(f.k, { rule: RULE, status: 'na', severity: 'info', title: both("Aucun identifiant de mesure d'audience observé", 'No audience-measurement identifier observed'), refs: REFS })];
  }
  return ids.map((c) => one(f, c));
}
