/**
 * consent.refusal-honoured — after refusing, no tracker that needs
 * consent. The extension never clicks: the person auditing clicks « Tout
 * refuser » in the page and says so in the popup (the moment is marked);
 * Témoin then judges what was written or contacted after that moment, once
 * a page has been shown after it. The command line's `--scenarios` clicks in
 * a fresh profile. Otherwise a manual check.
 */
import type { AuditFacts } from '../facts.ts';
import { both, finding } from '../finding.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { Finding, ReportScenario } from '../../report/types.ts';
import { consentTrackers, list } from './consent-common.ts';
import type { Rule } from './rule.ts';

const RULE = 'consent.refusal-honoured';
const refs = ['cnil-refus-effectif', 'lil-82'];

function judge(f: AuditFacts): Finding[] {
  const b = f.banner;
  const t = consentTrackers(f);
  if ((!b || !b.detected || b.kind !== 'choice') && !t.needs.length && !t.maybe.length)
    return [finding(f.k, { rule: RULE, refs, status: 'na', severity: 'info', title: both('Aucun bandeau ni traceur soumis au consentement observé', 'No banner and no tracker needing consent observed') })];
  const mark = f.inv.refusalMarkedAt;
  if (mark !== undefined) return [afterMarkedRefusal(f, mark)];
  return [
    finding(f.k, {
      rule: RULE,
      refs,
      status: 'manual',
      severity: 'info',
      title: both('Refus à tester : cliquez « Tout refuser » dans le bandeau, puis « J’ai cliqué « Tout refuser » » dans Témoin, puis rechargez la page', 'Refusal to test: click "Reject all" in the banner, then "I clicked Reject all" in Témoin, then reload the page'),
      evidence: [both("Témoin ne clique jamais dans la page : c'est vous qui refusez, il observe la suite.", 'Témoin never clicks in the page: you refuse, it observes what follows.')],
    }),
  ];
}

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/** What was written or contacted after the moment the person said they refused, once a page was shown after it. */
function afterMarkedRefusal(f: AuditFacts, mark: number): Finding {
  const { needs: after, maybe } = consentTrackers(f, mark);
  const pagesAfter = f.inv.pages.filter((p) => p.visitedAt > mark).length;
  const when = both(`Refus noté par vous à ${hhmm(mark)} (UTC)`, `Refusal marked by you at ${hhmm(mark)} (UTC)`);
  if (after.length)
    return finding(f.k, {
      rule: RULE,
      refs,
      status: 'fail',
      severity: 'high',
      title: both(`${after.length} traceur(s) soumis au consentement écrit(s) ou contacté(s) après votre refus`, `${after.length} tracker(s) needing consent written or contacted after your refusal`),
      evidence: [when, both(`Après le refus : ${list(after, 20)}`, `After refusing: ${list(after, 20)}`), ...(maybe.length ? [both(`À examiner aussi : ${list(maybe)}`, `To review too: ${list(maybe)}`)] : [])],
      fix: both('Ne charger ces services que si l’utilisateur les accepte ; vérifier la configuration du gestionnaire de consentement.', 'Load these services only if the user accepts them; check the consent manager’s configuration.'),
    });
  if (!pagesAfter)
    return finding(f.k, {
      rule: RULE,
      refs,
      status: 'manual',
      severity: 'info',
      title: both('Refus noté : rechargez la page ou visitez-en une autre pour que Témoin observe la suite', 'Refusal marked: reload the page or visit another so that Témoin observes what follows'),
      evidence: [when, both('Aucune page affichée depuis.', 'No page shown since.')],
    });
  if (maybe.length)
    return finding(f.k, { rule: RULE, refs, status: 'manual', severity: 'low', title: both('Après votre refus, des traceurs à examiner', 'After your refusal, trackers to review'), evidence: [when, both(`À examiner : ${list(maybe)}`, `To review: ${list(maybe)}`)] });
  return finding(f.k, {
    rule: RULE,
    refs,
    status: 'pass',
    severity: 'info',
    title: both('Après votre refus, aucun traceur soumis au consentement observé', 'After your refusal, no tracker needing consent observed'),
    evidence: [when, both(`${pagesAfter} page(s) affichée(s) depuis.`, `${pagesAfter} page(s) shown since.`)],
  });
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

export const consentRefusalHonoured: Rule = { ids: ['consent.refusal-honoured'], references: ['lil-82', 'cnil-refus-effectif'], judge };
