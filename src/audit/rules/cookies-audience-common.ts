/**
 * What the cookies.audience-* rules share: the "no audience tool" finding,
 * and how a failing exemption condition is judged. A condition that fails
 * means the tool cannot be exempt from consent; it is a breach only when the
 * tool ran before any interaction (a consent). Seen only after one, it is for
 * the consent to cover: a manual check, not a pass.
 */
import type { AuditFacts, AudienceTool } from '../facts.ts';
import { both, finding, type Bilingual } from '../finding.ts';
import type { Finding, FindingStatus } from '../../report/types.ts';

export function noAudienceTool(f: AuditFacts, rule: string, refs: string[], what: Bilingual = both("Aucun outil de mesure d'audience observé", 'No audience-measurement tool observed')): Finding {
  return finding(f.k, { rule, status: 'na', severity: 'info', title: what, refs });
}

/** The status of a failed condition, and the sentence that says what follows from it. */
export function failedCondition(t: Pick<AudienceTool, 'beforeConsent' | 'name'>): { status: FindingStatus; consequence: Bilingual } {
  if (t.beforeConsent) {
    return {
      status: 'fail',
      consequence: both(
        `${t.name} ne peut donc pas être exempté de consentement, et il fonctionne avant tout consentement`,
        `${t.name} therefore cannot be exempt from consent, and it runs before any consent`,
      ),
    };
  }
  return {
    status: 'manual',
    consequence: both(
      `${t.name} ne peut donc pas être exempté de consentement ; il n'a été observé qu'après une interaction : le consentement doit le couvrir (à vérifier : cette interaction était-elle un consentement ?)`,
      `${t.name} therefore cannot be exempt from consent; it was only observed after an interaction: consent must cover it (to check: was that interaction a consent?)`,
    ),
  };
}

