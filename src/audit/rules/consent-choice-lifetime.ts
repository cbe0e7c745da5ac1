/**
 * consent.choice-lifetime — the stored choice (consent or refusal)
 * kept 6 months at most (CNIL good practice: a warning, not a legal cap). A
 * localStorage choice never expires.
 */
import type { AuditFacts } from '../facts.ts';
import { both, finding, type Bilingual } from '../finding.ts';
import type { Finding } from '../../report/types.ts';
import type { Rule } from './rule.ts';

const RULE = 'consent.choice-lifetime';
/** Six calendar months, rounded up (the longest six-month span is 184 days). */
export const CHOICE_MAX_DAYS = 184;

/** The verdict on a known lifetime of the choice cookie, observed or configured. */
function judged(f: AuditFacts, base: { rule: string; refs: string[] }, who: string, name: string, days: number | null, evidence: Bilingual, configured: boolean): Finding {
  if (days !== null && days > CHOICE_MAX_DAYS) {
    return finding(f.k, {
      ...base,
      status: 'warn',
      severity: 'low',
      subject: name,
      title: both(`Choix conservé ${Math.round(days)} jours : plus que les 6 mois recommandés`, `Choice kept ${Math.round(days)} days: longer than the 6 months recommended`),
      evidence: [evidence],
      fix: both(`Réduire la durée de conservation du choix à 6 mois (${who} le permet dans sa configuration).`, `Reduce the choice lifetime to 6 months (${who} allows it in its configuration).`),
    });
  }
  const title = configured
    ? both('Choix conservé 6 mois au plus (configuration du gestionnaire de consentement)', "Choice kept 6 months at most (the consent manager's configuration)")
    : both('Choix conservé 6 mois au plus', 'Choice kept 6 months at most');
  return finding(f.k, { ...base, status: 'pass', severity: 'info', subject: name, title, evidence: [evidence] });
}

function judge(f: AuditFacts): Finding[] {
  const b = f.banner;
  const base = { rule: RULE, refs: ['cnil-2020-092-duree-choix'] };
  if (!b || !b.detected || b.kind === 'info-only' || b.kind === 'implied-consent') return [finding(f.k, { ...base, status: 'na', severity: 'info', title: both('Pas de bandeau de consentement : pas de choix conservé', 'No consent banner: no choice kept') })];
  const s = b.consentStorage;
  const who = b.cmpName ?? b.cmp ?? '';
  if (!s || !s.observed) {
    // Before any choice the cookie does not exist; the lifetime the live consent manager is configured with says it.
    const cc = b.consentCookie;
    if (cc?.source === 'config' && cc.lifetimeDays !== null) {
      const d = Math.round(cc.lifetimeDays);
      const read = both(`durée configurée dans ${who}, lue dans la page avant tout choix : ${d} jours (cookie « ${cc.name} »)`, `lifetime configured in ${who}, read in the page before any choice: ${d} days (cookie "${cc.name}")`);
      return [judged(f, base, who, cc.name, cc.lifetimeDays, read, true)];
    }
    const dflt = b.defaultLifetimeDays;
    const ev = dflt !== null ? [both(`Durée par défaut de ${who} : ${dflt} jours${dflt > CHOICE_MAX_DAYS ? ' (plus de 6 mois si elle n’a pas été réduite)' : ''}`, `${who} default: ${dflt} days${dflt > CHOICE_MAX_DAYS ? ' (over 6 months unless reduced)' : ''}`)] : [];
    return [finding(f.k, { ...base, status: 'manual', severity: 'low', title: both('Choix non encore enregistré : durée de conservation à vérifier après un choix (--scenarios)', 'Choice not stored yet: lifetime to check after a choice (--scenarios)'), evidence: ev })];
  }
  if (s.kind === 'localStorage')
    return [finding(f.k, { ...base, status: 'warn', severity: 'low', title: both(`Choix conservé dans le localStorage (« ${s.name} ») sans date d’expiration`, `Choice kept in localStorage ("${s.name}") with no expiry`), fix: both('Redemander le choix au bout de 6 mois (date enregistrée avec le choix, ou cookie de 6 mois).', 'Ask again after 6 months (a date stored with the choice, or a 6-month cookie).') })];
  const days = s.lifetimeDays;
  const what = both(`cookie « ${s.name} » : ${days === 0 ? 'session' : `${Math.round(days ?? 0)} jours`}`, `cookie "${s.name}": ${days === 0 ? 'session' : `${Math.round(days ?? 0)} days`}`);
  return [judged(f, base, who, s.name, days, what, false)];
}

export const consentChoiceLifetime: Rule = { ids: ['consent.choice-lifetime'], references: ['cnil-2020-092-duree-choix'], judge };
