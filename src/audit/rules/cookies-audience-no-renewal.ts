/**
 * cookies.audience-no-renewal — the lifetime of an audience identifier is not
 * extended on new visits, for it to be exempt from consent (CNIL délibération
 * 2020-092, art. 5; a condition for ENTs by the kit ENT §4.10). Judged on
 * identifier cookies (a day or more); a 30-minute session cookie is re-set by
 * design. "Renewed" is the same identifier with a later expiry (renewal.ts).
 */
import type { AuditFacts, AudienceTool, CookieFact } from '../facts.ts';
import { both, finding, isoDay } from '../finding.ts';
import type { Finding } from '../../report/types.ts';
import { identifierCookies } from '../exemption.ts';
import { renewalOf } from '../renewal.ts';
import { failedCondition, noAudienceTool } from './cookies-audience-common.ts';
import type { Rule } from './rule.ts';

const RULE = 'cookies.audience-no-renewal';
const REFS = ['cnil-2020-092', 'kit-4.10'];

function one(f: AuditFacts, t: AudienceTool, c: CookieFact): Finding {
  const r = c.report;
  const base = { rule: RULE, subject: `${r.name} (${r.domain})`, refs: REFS };
  const renewal = renewalOf(c.record, f.inv);
  if (renewal.status === 'renewed') {
    const m = renewal.move;
    const { status, consequence } = failedCondition(t);
    return finding(f.k, {
      ...base,
      status,
      severity: 'medium',
      title: both(`« ${r.name} » : durée de vie prolongée à chaque visite, il ne peut pas être exempté de consentement`, `"${r.name}": lifetime extended on every visit, it cannot be exempt from consent`),
      evidence: [
        both(
          `même identifiant ; expiration repoussée du ${isoDay(m.from)} au ${isoDay(m.to)} entre la page ${m.fromPage + 1} et la page ${m.toPage + 1} de l'audit`,
          `same identifier; expiry pushed from ${isoDay(m.from)} to ${isoDay(m.to)} between page ${m.fromPage + 1} and page ${m.toPage + 1} of the audit`,
        ),
        both(`${r.writes} écriture(s) observée(s)`, `${r.writes} write(s) observed`),
        consequence,
      ],
      fix: both(
        `Calculer l'expiration de « ${r.name} » à partir de sa date de création et ne pas la repousser (Matomo : extrait de configuration de la CNIL ; Piano : visitorStorageMode « fixed »).`,
        `Compute "${r.name}"'s expiry from its creation date and never push it forward (Matomo: the CNIL configuration snippet; Piano: visitorStorageMode "fixed").`,
      ),
    });
  }
  if (renewal.status === 'new-identifier') {
    return finding(f.k, {
      ...base,
      status: 'pass',
      severity: 'info',
      title: both(`« ${r.name} » : aucune prolongation observée (nouvel identifiant à chaque dépôt)`, `"${r.name}": no extension observed (a new identifier each time it is set)`),
      evidence: [both("l'identifiant a changé entre les visites : un nouveau cookie, pas une prolongation", 'the identifier changed between visits: a new cookie, not an extension')],
    });
  }
  if (renewal.status === 'unchanged') {
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

function judge(f: AuditFacts): Finding[] {
  const out = f.audience.flatMap((t) => identifierCookies(t).map((c) => one(f, t, c)));
  return out.length ? out : [noAudienceTool(f, RULE, REFS, both("Aucun identifiant de mesure d'audience observé", 'No audience-measurement identifier observed'))];
}

export const audienceNoRenewal: Rule = { ids: ['cookies.audience-no-renewal'], references: ['kit-4.10', 'cnil-2020-092'], judge };
