/**
 * What the browser cannot observe about audience measurement (the conditions of kit ENT §4.10 on combining data and on keeping it): the questions the DPO must ask, as manual checks.
 * Asked only when a tool that could be exempt is in use.
 */
import type { AuditFacts } from '../facts.ts';
import { both, finding } from '../finding.ts';
import type { Finding } from '../../report/types.ts';
import type { Rule } from './rule.ts';

function judge(f: AuditFacts): Finding[] {
  const candidates = f.audience.filter((t) => t.exemption.status !== 'fail').map((t) => t.name);
  if (!candidates.length) return [];
  const tools = candidates.join(', ');
  return [
    finding(f.k, {
      rule: 'cookies.audience-no-combination',
      status: 'manual',
      severity: 'medium',
      subject: tools,
      title: both("Vérification manuelle : données de mesure d'audience ni recoupées ni transmises à des tiers", 'Manual check: audience data neither combined nor passed to third parties'),
      evidence: [both(`outil(s) concerné(s) : ${tools} ; le navigateur ne peut pas observer ce que devient la donnée collectée`, `tool(s): ${tools}; the browser cannot observe what becomes of the data collected`)],
      fix: both(
        "Demander à l'éditeur et au prestataire : les données sont-elles recoupées avec d'autres traitements (CRM, publicité) ou transmises à des tiers ? La réponse doit être non, et figurer au contrat.",
        'Ask the publisher and the provider: is the data combined with other processing (CRM, advertising) or passed to third parties? The answer must be no, and be in the contract.',
      ),
      refs: ['cnil-2020-091', 'kit-4.10'],
    }),
    finding(f.k, {
      rule: 'cookies.audience-data-retention',
      status: 'manual',
      severity: 'medium',
      subject: tools,
      title: both("Vérification manuelle : données de mesure d'audience conservées 25 mois au plus", 'Manual check: audience data kept 25 months at most'),
      evidence: [both(`outil(s) concerné(s) : ${tools} ; la durée de conservation côté serveur n'est pas observable`, `tool(s): ${tools}; server-side retention cannot be observed`)],
      fix: both(
        "Vérifier dans la configuration de l'outil (Matomo : suppression des anciennes données brutes ; Piano : durée de conservation du site) que la durée ne dépasse pas 25 mois, et qu'elle est indiquée dans la notice.",
        "Check in the tool's configuration (Matomo: delete old raw data; Piano: site retention) that it does not exceed 25 months, and that the notice says so.",
      ),
      refs: ['cnil-2020-092', 'kit-4.10'],
    }),
  ];
}

export const audienceManualChecks: Rule = { ids: ['cookies.audience-no-combination', 'cookies.audience-data-retention'], references: ['kit-4.10', 'cnil-2020-091', 'cnil-2020-092'], judge };
