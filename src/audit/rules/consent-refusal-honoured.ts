/**
 * consent.refusal-honoured — after refusing, no tracker that needs
 * consent. The extension never clicks: observed only by the command line's
 * `--scenarios` (a fresh profile, the reject control clicked, the page
 * visited again); otherwise a manual check.
 */
import type { AuditFacts } from '../facts.ts';
import { both, finding } from '../finding.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { Finding, ReportScenario } from '../../report/types.ts';
import { consentTrackers, list } from './consent-common.ts';

const RULE = 'consent.refusal-honoured';
const refs = ['cnil-refus-effectif', 'lil-82'];

export function consentRefusalHonoured(f: AuditFacts): Finding[] {
  const b = f.banner;
  const t = consentTrackers(f);
  if ((!b || !b.detected || b.kind !== 'choice') && !t.needs.length && !t.maybe.length)
    return [finding(f.k, { rule: RULE, refs, status: 'na', severity: 'info', title: both('Aucun bandeau ni traceur soumis au consentement observé', 'No banner and no tracker needing consent observed') })];
  return [
    finding(f.k, {
      rule: RULE,
      refs,
      status: 'manual',
      severity: 'info',
      title: both('Refus à tester : cliquer « Tout refuser » puis ré-auditer, ou lancer la ligne de commande avec --scenarios', 'Refusal to test: click "Reject all" then audit again, or run the command line with --scenarios'),
      evidence: [both("L'extension ne clique jamais dans la page d'un utilisateur.", 'The extension never clicks in a user’s page.')],
    }),
  ];
}

/** The finding from the scenarios: what appeared after clicking reject, compared with no interaction and with accepting. */
export function refusalFromScenarios(k: Knowledge, scenarios: ReportScenario[]): Finding {
  const reject = scenarios.find((s) => s.id === 'reject');
  const accept = scenarios.find((s) => s.id === 'accept');
  const none = scenarios.find((s) => s.id === 'none');
  const context = [
    both(`Sans interaction : ${none?.trackers.length ?? 0} traceur(s) soumis au consentement`, `No interaction: ${none?.trackers.length ?? 0} tracker(s) needing consent`),
    ...(accept?.ran ? [both(`Après « accepter » : ${accept.trackers.length} traceur(s) soumis au consentement${accept.trackers.length ? ` (${list(accept.trackers)})` : ''}`, `After "accept": ${accept.trackers.length} tracker(s) needing consent${accept.trackers.length ? ` (${list(accept.trackers)})` : ''}`)] : []),
  ];
  if (!reject?.ran)
    return finding(k, { rule: RULE, refs, status: 'manual', severity: 'low', title: both('Refus non testé : aucun bouton de refus à cliquer', 'Refusal not tested: no reject control to click'), evidence: [both(reject?.error ?? 'scénario non exécuté', reject?.error ?? 'scenario not run'), ...context] });
  const clicked = both(`Clic sur : ${reject.clicked.map((c) => `« ${c} »`).join(' puis ')}`, `Clicked: ${reject.clicked.map((c) => `"${c}"`).join(' then ')}`);
  if (reject.trackersAfterChoice.length)
    return finding(k, {
      rule: RULE,
      refs,
      status: 'fail',
      severity: 'high',
      title: both(`${reject.trackersAfterChoice.length} traceur(s) soumis au consentement présent(s) après le refus`, `${reject.trackersAfterChoice.length} tracker(s) needing consent present after refusing`),
      evidence: [clicked, both(`Après refus : ${list(reject.trackersAfterChoice, 20)}`, `After refusing: ${list(reject.trackersAfterChoice, 20)}`), ...context],
      fix: both('Ne charger ces services que si l’utilisateur les accepte ; vérifier la configuration du gestionnaire de consentement.', 'Load these services only if the user accepts them; check the consent manager’s configuration.'),
    });
  return finding(k, { rule: RULE, refs, status: 'pass', severity: 'info', title: both('Après le refus, aucun traceur soumis au consentement observé', 'After refusing, no tracker needing consent observed'), evidence: [clicked, ...context] });
}
