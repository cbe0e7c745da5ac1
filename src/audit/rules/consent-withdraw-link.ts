/** consent.withdraw-link (RGPD art. 7(3)): a persistent link or icon to change one's choice at any time. */
import type { AuditFacts } from '../facts.ts';
import { both, finding } from '../finding.ts';
import type { Finding } from '../../report/types.ts';
import { consentTrackers, list } from './consent-common.ts';
import type { Rule } from './rule.ts';

const RULE = 'consent.withdraw-link';

function judge(f: AuditFacts): Finding[] {
  const b = f.banner;
  const base = { rule: RULE, refs: ['gdpr-7-3'] };
  if (!b) return [finding(f.k, { ...base, status: 'manual', severity: 'info', title: both('Non analysé (aucune page examinée)', 'Not analysed (no page scanned)') })];
  const entries = b.manage.map((m) => {
    const how = m.source === 'signature' ? both(`icône ou bouton du gestionnaire${m.visible ? '' : ' (affiché après le choix)'}`, `consent manager icon or button${m.visible ? '' : ' (shown after the choice)'}`) : m.source === 'footer-link' ? both('lien de pied de page', 'footer link') : both('lien ou bouton', 'link or button');
    return both(`« ${m.text} » — ${how.fr}`, `"${m.text}" — ${how.en}`);
  });
  if (entries.length) return [finding(f.k, { ...base, status: 'pass', severity: 'info', title: both('Un moyen persistant de modifier son choix est proposé', 'A persistent way to change one’s choice is offered'), evidence: entries.slice(0, 10) })];
  const consentCollected = b.detected && b.kind === 'choice';
  if (consentCollected)
    return [finding(f.k, { ...base, status: 'fail', severity: 'medium', title: both('Aucun lien ni icône pour retirer son consentement après le choix', 'No link or icon to withdraw consent after the choice'), evidence: [both(`Bandeau ${b.cmp ?? ''} ; aucun lien « Gestion des cookies », aucune icône du gestionnaire trouvés sur les pages auditées`, `Banner ${b.cmp ?? ''}; no "Manage cookies" link nor consent manager icon found on the audited pages`)], fix: both('Ajouter en pied de page un lien « Gestion des cookies » qui rouvre le gestionnaire, sur toutes les pages.', 'Add a "Manage cookies" footer link that reopens the consent manager, on every page.') })];
  const t = consentTrackers(f);
  if (!consentCollected && !t.needs.length && !t.maybe.length) return [finding(f.k, { ...base, status: 'na', severity: 'info', title: both('Aucun consentement recueilli ni traceur soumis au consentement observé', 'No consent collected and no tracker needing consent observed') })];
  return [finding(f.k, { ...base, status: 'manual', severity: 'low', title: both('Aucun moyen de modifier son choix trouvé : à vérifier à la main', 'No way to change one’s choice found: to check by hand'), evidence: t.needs.length || t.maybe.length ? [both(`Traceurs concernés : ${list([...t.needs, ...t.maybe])}`, `Trackers concerned: ${list([...t.needs, ...t.maybe])}`)] : [] })];
}

export const consentWithdrawLink: Rule = { ids: ['consent.withdraw-link'], references: ['gdpr-7-3'], judge };
