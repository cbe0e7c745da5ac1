/** cookies.audience-lifetime — condition C5 (kit ENT §4.10): audience cookies live 13 months at most, counted from when they are set. */
import type { AuditFacts, CookieFact } from '../facts.ts';
import { both, days, duration, finding, isoDay } from '../finding.ts';
import { judgeLifetime, TOLERANCE_DAYS } from '../months.ts';
import { BROWSER_CAP_DAYS } from '../lifetime.ts';
import type { Finding } from '../../report/types.ts';

const RULE = 'cookies.audience-lifetime';
const REFS = ['kit-4.10', 'cnil-2020-091', 'browser-400-days'];

function one(f: AuditFacts, c: CookieFact): Finding {
  const r = c.report;
  const subject = `${r.name} (${r.domain})`;
  const base = { rule: RULE, subject, refs: REFS };
  if (r.session) {
    return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`« ${r.name} » : cookie de session`, `"${r.name}": session cookie`) });
  }
  const declared = r.declaredLifetimeDays;
  const stored = r.storedLifetimeDays;
  const lifetime = declared ?? stored;
  const setAt = c.record.declared?.setAt ?? c.record.stored?.setAt ?? c.record.firstSeenAt;
  const facts = [
    both(
      `durée demandée par le site : ${declared === null ? 'non observée' : duration(declared).fr} ; durée conservée par le navigateur : ${stored === null ? 'non observée' : duration(stored).fr}`,
      `lifetime asked by the site: ${declared === null ? 'not observed' : duration(declared).en}; kept by the browser: ${stored === null ? 'not observed' : duration(stored).en}`,
    ),
  ];
  if (lifetime === null) {
    return finding(f.k, {
      ...base,
      status: 'manual',
      severity: 'low',
      title: both(`« ${r.name} » : durée de vie non observée`, `"${r.name}": lifetime not observed`),
      evidence: facts,
      fix: both("Vérifier la durée de ce cookie dans la configuration de l'outil.", "Check this cookie's lifetime in the tool's configuration."),
    });
  }
  const v = judgeLifetime(lifetime, setAt);
  facts.push(both(`déposé le ${isoDay(setAt)} ; 13 mois calendaires à compter de ce jour : ${v.limitDays} j`, `set on ${isoDay(setAt)}; 13 calendar months from that day: ${v.limitDays} d`));
  const capped = declared === null && stored !== null && stored >= BROWSER_CAP_DAYS - 0.5;
  if (v.status === 'fail') {
    if (capped) facts.push(both(`durée réelle d'au moins ${BROWSER_CAP_DAYS} j : le navigateur l'a plafonnée`, `real lifetime at least ${BROWSER_CAP_DAYS} d: the browser capped it`));
    facts.push(both(`dépassement : ${days(v.overshootDays)} j au-delà de 13 mois`, `overshoot: ${days(v.overshootDays)} d beyond 13 months`));
    return finding(f.k, {
      ...base,
      status: 'fail',
      severity: 'medium',
      title: both(`« ${r.name} » vit ${days(lifetime)} jours : plus de 13 mois`, `"${r.name}" lives ${days(lifetime)} days: more than 13 months`),
      evidence: facts,
      fix: both(
        `Limiter la durée de vie de « ${r.name} » à 13 mois (${c.cls.vendorName ?? "l'outil"} le permet en général dans sa configuration), ou le soumettre au consentement.`,
        `Limit "${r.name}" to 13 months (${c.cls.vendorName ?? 'the tool'} usually allows it in its configuration), or put it behind consent.`,
      ),
    });
  }
  if (v.withinTolerance) {
    facts.push(
      both(
        `dépasse de ${days(v.overshootDays)} j les 13 mois calendaires, dans la tolérance de ${TOLERANCE_DAYS} j (durée admise par la CNIL pour AT Internet)`,
        `${days(v.overshootDays)} d beyond 13 calendar months, within the ${TOLERANCE_DAYS}-day tolerance (the lifetime the CNIL accepted from AT Internet)`,
      ),
    );
  }
  return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`« ${r.name} » vit ${duration(lifetime).fr} : 13 mois au plus`, `"${r.name}" lives ${duration(lifetime).en}: 13 months at most`), evidence: facts });
}

export function audienceLifetime(f: AuditFacts): Finding[] {
  const cookies = f.audience.flatMap((t) => t.cookies);
  if (!cookies.length) {
    return [finding(f.k, { rule: RULE, status: 'na', severity: 'info', title: both("Aucun cookie de mesure d'audience observé", 'No audience-measurement cookie observed'), refs: REFS })];
  }
  return cookies.map((c) => one(f, c));
}
