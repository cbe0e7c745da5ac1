/**
 * cookies.audience-lifetime — an audience cookie lives 13 months at most,
 * counted in calendar months from when it is set, for it to be exempt from
 * consent (CNIL délibération 2020-092, art. 5; a condition for ENTs by the
 * kit ENT §4.10). The judgement is audit/months.ts's, the one the popup and
 * the command line use too.
 */
import type { AuditFacts, AudienceTool, CookieFact } from '../facts.ts';
import { both, days, duration, finding, isoDay } from '../finding.ts';
import { judgeCookieLifetime, SPREAD_DAYS } from '../months.ts';
import { BROWSER_CAP_DAYS } from '../lifetime.ts';
import type { Finding } from '../../report/types.ts';
import { failedCondition, noAudienceTool } from './cookies-audience-common.ts';
import type { Rule } from './rule.ts';

const RULE = 'cookies.audience-lifetime';
const REFS = ['cnil-2020-092', 'kit-4.10', 'browser-400-days'];

function one(f: AuditFacts, t: AudienceTool, c: CookieFact): Finding {
  const r = c.report;
  const base = { rule: RULE, subject: `${r.name} (${r.domain})`, refs: REFS };
  const v = judgeCookieLifetime(r, f.inv.updatedAt);
  if (v.status === 'session') {
    return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`« ${r.name} » : cookie de session`, `"${r.name}": session cookie`) });
  }
  const declared = r.declaredLifetimeDays;
  const stored = r.storedLifetimeDays;
  const facts = [
    both(
      `durée demandée par le site : ${declared === null ? 'non observée' : duration(declared).fr} ; durée conservée par le navigateur : ${stored === null ? 'non observée' : duration(stored).fr}`,
      `lifetime asked by the site: ${declared === null ? 'not observed' : duration(declared).en}; kept by the browser: ${stored === null ? 'not observed' : duration(stored).en}`,
    ),
  ];
  if (v.status === 'unknown') {
    return finding(f.k, {
      ...base,
      status: 'manual',
      severity: 'low',
      title: both(`« ${r.name} » : durée de vie non observée`, `"${r.name}": lifetime not observed`),
      evidence: facts,
      fix: both("Vérifier la durée de ce cookie dans la configuration de l'outil.", "Check this cookie's lifetime in the tool's configuration."),
    });
  }
  if (v.lowerBound) {
    facts.push(
      both(
        `déposé avant le début de l'audit, à une date inconnue ; il lui reste ${days(v.lifetimeDays)} j à vivre : sa durée de vie est d'au moins ${days(v.lifetimeDays)} j`,
        `set before the audit began, on an unknown date; ${days(v.lifetimeDays)} d left: its lifetime is at least ${days(v.lifetimeDays)} d`,
      ),
    );
    if (v.status === 'manual') {
      return finding(f.k, {
        ...base,
        status: 'manual',
        severity: 'low',
        title: both(`« ${r.name} » : déposé avant le début de l'audit, durée de vie inconnue`, `"${r.name}": set before the audit began, lifetime unknown`),
        evidence: facts,
        fix: both(
          "Supprimer les cookies du site (ou auditer dans une fenêtre de navigation privée où l'extension est autorisée), puis recharger la page : Témoin verra alors le cookie déposé et sa durée.",
          'Delete the site’s cookies (or audit in a private window where the extension is allowed), then reload the page: Témoin will then see the cookie set and its lifetime.',
        ),
      });
    }
  } else {
    facts.push(both(`déposé le ${isoDay(v.setAt)} ; 13 mois calendaires à compter de ce jour : ${v.limitDays} j`, `set on ${isoDay(v.setAt)}; 13 calendar months from that day: ${v.limitDays} d`));
  }
  if (v.status === 'fail') {
    const capped = declared === null && stored !== null && stored >= BROWSER_CAP_DAYS - 0.5;
    if (capped) facts.push(both(`durée réelle d'au moins ${BROWSER_CAP_DAYS} j : le navigateur l'a plafonnée`, `real lifetime at least ${BROWSER_CAP_DAYS} d: the browser capped it`));
    facts.push(both(`dépassement : ${days(v.overshootDays)} j au-delà de 13 mois`, `overshoot: ${days(v.overshootDays)} d beyond 13 months`));
    const { status, consequence } = failedCondition(t);
    facts.push(consequence);
    return finding(f.k, {
      ...base,
      status,
      severity: 'medium',
      title: both(
        `« ${r.name} » vit ${v.lowerBound ? 'au moins ' : ''}${days(v.lifetimeDays)} jours : plus de 13 mois, il ne peut pas être exempté de consentement`,
        `"${r.name}" lives ${v.lowerBound ? 'at least ' : ''}${days(v.lifetimeDays)} days: more than 13 months, it cannot be exempt from consent`,
      ),
      evidence: facts,
      fix: both(
        `Limiter la durée de vie de « ${r.name} » à 13 mois (${c.cls.vendorName ?? "l'outil"} le permet en général dans sa configuration), ou le soumettre au consentement.`,
        `Limit "${r.name}" to 13 months (${c.cls.vendorName ?? 'the tool'} usually allows it in its configuration), or put it behind consent.`,
      ),
    });
  }
  if (v.status === 'warn') {
    facts.push(
      both(
        `dépasse de ${days(v.overshootDays)} j les 13 mois calendaires (aucun texte n'accorde de tolérance ; un outil qui écrit « 13 mois » en jours fixes peut dépasser de ${SPREAD_DAYS} j au plus selon la date de dépôt)`,
        `${days(v.overshootDays)} d beyond 13 calendar months (no text grants a tolerance; a tool that writes "13 months" as a fixed number of days can be over by ${SPREAD_DAYS} d at most, depending on the set date)`,
      ),
    );
    return finding(f.k, {
      ...base,
      status: 'warn',
      severity: 'low',
      title: both(`« ${r.name} » vit ${days(v.lifetimeDays)} jours : ${days(v.overshootDays)} j de plus que 13 mois`, `"${r.name}" lives ${days(v.lifetimeDays)} days: ${days(v.overshootDays)} d more than 13 months`),
      evidence: facts,
      fix: both(`Configurer la durée de « ${r.name} » en mois calendaires (13 mois) plutôt qu'en jours fixes.`, `Configure "${r.name}"'s lifetime in calendar months (13 months) rather than a fixed number of days.`),
    });
  }
  return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`« ${r.name} » vit ${duration(v.lifetimeDays).fr} : 13 mois au plus`, `"${r.name}" lives ${duration(v.lifetimeDays).en}: 13 months at most`), evidence: facts });
}

function judge(f: AuditFacts): Finding[] {
  const out = f.audience.flatMap((t) => t.cookies.map((c) => one(f, t, c)));
  return out.length ? out : [noAudienceTool(f, RULE, REFS, both("Aucun cookie de mesure d'audience observé", 'No audience-measurement cookie observed'))];
}

export const audienceLifetime: Rule = { ids: ['cookies.audience-lifetime'], references: ['kit-4.10', 'cnil-2020-092', 'browser-400-days'], judge };
