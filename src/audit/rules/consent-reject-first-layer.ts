/**
 * consent.reject-first-layer — refusing is as easy as accepting: a
 * reject control on the banner's first layer, as prominent as the accept
 * control. A "continue browsing" box is not consent; an information box with
 * no choice is not a consent banner.
 */
import type { AuditFacts } from '../facts.ts';
import { both, finding } from '../finding.ts';
import { compareProminence, firstOf } from '../banner.ts';
import type { Finding } from '../../report/types.ts';
import { CMP_LABEL, consentTrackers, list } from './consent-common.ts';
import type { Rule } from './rule.ts';

const RULE = 'consent.reject-first-layer';
const refs = ['cnil-2020-092-refus', 'lil-82'];

function judge(f: AuditFacts): Finding[] {
  const b = f.banner;
  const t = consentTrackers(f);
  const base = { rule: RULE, refs };
  if (!b) return [finding(f.k, { ...base, status: 'manual', severity: 'info', title: both('Bandeau non analysé (aucune page examinée)', 'Banner not analysed (no page scanned)') })];
  if (!b.detected) {
    if (t.needs.length)
      return [finding(f.k, { ...base, status: 'fail', severity: 'high', title: both('Aucun bandeau de consentement alors que des traceurs soumis au consentement sont utilisés', 'No consent banner although trackers that need consent are used'), evidence: [both(`Traceurs : ${list(t.needs)}`, `Trackers: ${list(t.needs)}`)], fix: both('Recueillir le consentement (bandeau offrant « Tout accepter » et « Tout refuser ») avant de déposer ces traceurs, ou les retirer.', 'Collect consent (a banner offering "Accept all" and "Reject all") before setting these trackers, or remove them.') })];
    if (t.maybe.length)
      return [finding(f.k, { ...base, status: 'manual', severity: 'low', title: both('Aucun bandeau détecté : à vérifier si les traceurs observés ne sont pas tous exemptés', 'No banner detected: to check if the trackers observed are not all exempt'), evidence: [both(`À examiner : ${list(t.maybe)}`, `To review: ${list(t.maybe)}`), both('Certains bandeaux ne s’affichent pas dans un navigateur automatisé : vérifier à la main.', 'Some banners do not show in an automated browser: check by hand.')] })];
    return [finding(f.k, { ...base, status: 'na', severity: 'info', title: both('Aucun bandeau, et aucun traceur soumis au consentement observé', 'No banner, and no tracker needing consent observed') })];
  }
  const label = CMP_LABEL(b);
  const controls = b.controls.filter((c) => c.visible).map((c) => `« ${c.text} » (${c.role})`);
  const seen = both(`${label.fr} — boutons : ${controls.join(', ') || 'aucun'}`, `${label.en} — controls: ${controls.join(', ') || 'none'}`);
  if (!b.visible && b.controls.every((c) => !c.visible))
    return [finding(f.k, { ...base, status: 'manual', severity: 'low', title: both(`${label.fr} présent mais non affiché (choix déjà enregistré ?) : auditer dans un profil neuf`, `${label.en} present but not shown (choice already stored?): audit in a fresh profile`), evidence: [seen] })];
  if (b.kind === null)
    return [finding(f.k, { ...base, status: 'manual', severity: 'low', title: both(`${label.fr} détecté, boutons non inventoriés : vérifier à la main qu'un bouton « Tout refuser » figure au premier niveau`, `${label.en} detected, controls not inventoried: check by hand for a "Reject all" control on the first layer`), evidence: [both(`Nommé par autoconsent : ${b.autoconsent.popups.join(', ')}`, `Named by autoconsent: ${b.autoconsent.popups.join(', ')}`)] })];
  if (b.kind === 'implied-consent') {
    return [finding(f.k, { ...base, refs: ['cnil-2020-091-navigation', ...refs], status: t.needs.length || t.maybe.length ? 'fail' : 'warn', severity: t.needs.length ? 'high' : 'medium', title: both('Le bandeau vaut « consentement » par la poursuite de la navigation : ce n’est pas un consentement valide', 'The banner treats going on browsing as consent: this is not valid consent'), evidence: [seen, both(`Texte : « ${b.text.slice(0, 200)} »`, `Text: "${b.text.slice(0, 200)}"`)], fix: both('Proposer un vrai choix : « Tout accepter » et « Tout refuser » au même niveau, sans rien déposer avant.', 'Offer a real choice: "Accept all" and "Reject all" side by side, setting nothing before.') })];
  }
  if (b.kind === 'info-only') {
    if (t.needs.length)
      return [finding(f.k, { ...base, status: 'fail', severity: 'high', title: both("Boîte d'information sans aucun choix alors que des traceurs soumis au consentement sont utilisés", 'Information box with no choice although trackers that need consent are used'), evidence: [seen, both(`Traceurs : ${list(t.needs)}`, `Trackers: ${list(t.needs)}`)], fix: both('Remplacer la boîte par un bandeau de consentement (accepter / refuser), ou retirer ces traceurs.', 'Replace the box by a consent banner (accept / reject), or remove these trackers.') })];
    return [finding(f.k, { ...base, status: 'na', severity: 'info', title: both("Boîte d'information sans choix : ce n'est pas un bandeau de consentement (aucun traceur soumis au consentement observé)", 'Information box with no choice: not a consent banner (no tracker needing consent observed)'), evidence: [seen] })];
  }
  const reject = firstOf(b, 'reject');
  if (!reject) {
    const clicks = b.rejectClicks === 2 ? both('Refuser demande de passer par le panneau de personnalisation (2 clics).', 'Refusing takes going through the settings panel (2 clicks).') : both('Aucun moyen de refuser trouvé sur le premier niveau.', 'No way to refuse found on the first layer.');
    return [finding(f.k, { ...base, status: 'fail', severity: 'high', title: both('Pas de bouton « Tout refuser » au premier niveau du bandeau', 'No "Reject all" control on the first layer of the banner'), evidence: [seen, clicks], fix: both('Ajouter « Tout refuser » (ou « Continuer sans accepter ») à côté de « Tout accepter », au même format.', 'Add "Reject all" (or "Continue without accepting") next to "Accept all", in the same format.') })];
  }
  const p = compareProminence(firstOf(b, 'accept'), reject);
  if (!p.comparable)
    return [finding(f.k, { ...base, status: 'warn', severity: 'medium', title: both('Refuser est possible au premier niveau, mais moins visible qu’accepter', 'Refusing is possible on the first layer, but less visible than accepting'), evidence: [seen, ...p.gaps], fix: both('Présenter « Tout refuser » au même niveau et sur le même format que « Tout accepter ».', 'Show "Reject all" at the same level and in the same format as "Accept all".') })];
  return [finding(f.k, { ...base, status: 'pass', severity: 'info', title: both('Refuser se fait en un clic, au premier niveau, avec la même visibilité qu’accepter', 'Refusing takes one click on the first layer, as visible as accepting'), evidence: [seen] })];
}

export const consentRejectFirstLayer: Rule = { ids: ['consent.reject-first-layer'], references: ['lil-82', 'cnil-2020-092-refus', 'cnil-2020-091-navigation'], judge };
