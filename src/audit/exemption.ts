/**
 * Can this audience-measurement tool, as observed, be exempt from consent?
 * Exemption needs every condition (CNIL délibération 2020-091, art. 5, for
 * the purpose, the publisher alone, no cross-site tracking, anonymous
 * statistics; délibération 2020-092, art. 5, made conditions for ENTs by the
 * kit §4.10, for the 13-month lifetime and no extension on new visits). Each
 * condition the browser can observe is judged here, once; the rules read it.
 *
 * "fail": a condition fails as observed, or Témoin does not know the tool
 * (never presumed exempt): the tool needs consent, and its cookies, storage
 * keys and hits count as trackers that need it. "pass": the exempt mode is
 * observed and no observable condition fails or is in doubt. "manual":
 * nothing observed fails, but what is left only the publisher can show.
 */
import { both, type Bilingual } from './finding.ts';
import type { AudienceTool, Condition, ConditionId, ConditionStatus, CookieFact, ExemptionVerdict } from './fact-types.ts';

export type { Condition, ConditionId, ConditionStatus, ExemptionVerdict } from './fact-types.ts';
import { judgeCookieLifetime } from './months.ts';
import { renewalOf } from './renewal.ts';
import type { Inventory } from '../shared/inventory.ts';
import { worseStatus } from '../report/status.ts';

type Tool = Omit<AudienceTool, 'exemption' | 'beforeConsent'>;


/** What a condition's name is in a sentence. */
export const CONDITION_LABEL: Record<ConditionId, Bilingual> = {
  purpose: both("finalité limitée à la mesure d'audience pour le seul éditeur", 'purpose limited to audience measurement for the publisher alone'),
  'cross-site': both("pas de suivi d'un site à l'autre", 'no tracking across sites'),
  anonymous: both('statistiques anonymes uniquement', 'anonymous statistics only'),
  lifetime: both('durée de vie de 13 mois au plus', 'lifetime of 13 months at most'),
  'no-renewal': both('durée de vie non prorogée à chaque visite', 'lifetime not extended on new visits'),
  'exempt-mode': both('mode exempté de consentement', 'consent-exempt mode'),
};

export function userIdEvidence(tool: Tool): Bilingual[] {
  const v = tool.vendor;
  if (!v) return [];
  const out: Bilingual[] = [];
  for (const h of tool.hosts) {
    const keys = h.record.params.filter((p) => v.userIdParams.includes(p));
    if (keys.length) out.push(both(`identifiant utilisateur envoyé à ${h.record.host} (paramètre ${keys.join(', ')})`, `user id sent to ${h.record.host} (parameter ${keys.join(', ')})`));
  }
  for (const c of tool.cookies) {
    if (v.identifiedCookies.includes(c.report.name)) out.push(both(`cookie de visiteur identifié « ${c.report.name} »`, `identified-visitor cookie "${c.report.name}"`));
  }
  for (const s of tool.storage) {
    if (v.identifiedCookies.includes(s.record.key)) out.push(both(`clé de visiteur identifié « ${s.record.key} » (${s.record.area})`, `identified-visitor key "${s.record.key}" (${s.record.area})`));
  }
  return out;
}

export function exemptMarkers(tool: Tool): Bilingual[] {
  const markers = new Set((tool.vendor?.exemptMarkers ?? []).map((m) => `${m.key}=${m.value}`));
  const out: Bilingual[] = [];
  for (const h of tool.hosts) {
    for (const kv of h.record.observed ?? []) {
      if (markers.has(kv)) out.push(both(`mode exempté observé dans les requêtes vers ${h.record.host} (${kv})`, `exempt mode observed in requests to ${h.record.host} (${kv})`));
    }
  }
  const exemptModes = tool.vendor?.privacyModes?.exempt ?? [];
  for (const m of tool.storedModes) {
    if (exemptModes.includes(m.mode)) out.push(both(`mode exempté enregistré par l'outil dans le cookie « ${m.cookie} » (${m.mode})`, `exempt mode stored by the tool in the cookie "${m.cookie}" (${m.mode})`));
  }
  return out;
}

function purpose(tool: Tool): Condition {
  const v = tool.vendor;
  const c = (status: ConditionStatus, fr: string, en: string): Condition => ({ id: 'purpose', status, reasons: [both(fr, en)] });
  if (!v) return c('fail', `outil « ${tool.name} » inconnu de Témoin : son exemption n'est pas établie, il est soumis au consentement sauf preuve contraire`, `tool "${tool.name}" unknown to Témoin: its exemption is not established, it needs consent unless shown otherwise`);
  if (v.reusesData) return c('fail', `${v.name} réutilise les données pour son propre compte`, `${v.name} reuses the data for its own purposes`);
  if (v.exemptCapable === false) return c('fail', `${v.name} n'a pas de configuration exemptée de consentement`, `${v.name} has no consent-exempt configuration`);
  if (v.exemptCapable === null) return c('fail', `aucune configuration exemptée de ${v.name} n'est publiée : son exemption n'est pas établie, il est soumis au consentement sauf preuve contraire`, `no exempt configuration of ${v.name} is published: its exemption is not established, it needs consent unless shown otherwise`);
  return c('manual', `${v.name} peut être configuré pour la seule mesure d'audience de l'éditeur ; le navigateur ne voit pas l'usage fait des données`, `${v.name} can be configured for the publisher's audience measurement alone; the browser cannot see what is done with the data`);
}

function crossSite(tool: Tool): Condition {
  const bad: Bilingual[] = [];
  for (const c of tool.cookies) if (c.report.party === 'third') bad.push(both(`cookie tiers « ${c.report.name} » sur ${c.report.domain}`, `third-party cookie "${c.report.name}" on ${c.report.domain}`));
  for (const h of tool.hosts) {
    if (h.party !== 'third') continue;
    const params = h.record.params.length ? ` (paramètres : ${h.record.params.slice(0, 12).join(', ')})` : '';
    const paramsEn = h.record.params.length ? ` (parameters: ${h.record.params.slice(0, 12).join(', ')})` : '';
    bad.push(both(`${h.record.requests} requête(s) de collecte vers le domaine tiers ${h.record.host}${params}`, `${h.record.requests} collection request(s) to the third-party domain ${h.record.host}${paramsEn}`));
  }
  if (bad.length) return { id: 'cross-site', status: 'fail', reasons: bad };
  const good = [
    ...tool.cookies.map((c) => both(`cookie propre « ${c.report.name} » sur ${c.report.domain}`, `first-party cookie "${c.report.name}" on ${c.report.domain}`)),
    ...tool.hosts.map((h) => both(`collecte sur ${h.record.host} (même site)`, `collection on ${h.record.host} (same site)`)),
  ];
  return good.length ? { id: 'cross-site', status: 'pass', reasons: good } : { id: 'cross-site', status: 'manual', reasons: [both('aucune collecte observée', 'no collection observed')] };
}

function anonymous(tool: Tool): Condition {
  const ids = userIdEvidence(tool);
  if (ids.length) return { id: 'anonymous', status: 'fail', reasons: ids };
  if (!tool.hosts.length) return { id: 'anonymous', status: 'manual', reasons: [both("aucune requête de collecte observée : l'envoi d'un identifiant utilisateur n'a pas pu être vérifié", 'no collection request observed: whether a user id is sent could not be checked')] };
  return { id: 'anonymous', status: 'pass', reasons: [both("aucun identifiant utilisateur observé dans les requêtes de collecte ni dans le stockage", 'no user id observed in the collection requests or in storage')] };
}

/** The identifier cookies of a tool: persistent (a day or more), the ones whose lifetime and renewal matter. */
export const identifierCookies = (tool: Pick<Tool, 'cookies'>): CookieFact[] =>
  tool.cookies.filter((c) => !c.report.session && Math.max(c.report.declaredLifetimeDays ?? 0, c.report.storedLifetimeDays ?? 0, c.report.remainingDays ?? 0) >= 1);

function lifetime(tool: Tool, now: number): Condition {
  if (!tool.cookies.length) return { id: 'lifetime', status: 'na', reasons: [both('aucun cookie', 'no cookie')] };
  let status: ConditionStatus = 'pass';
  const reasons: Bilingual[] = [];
  for (const c of tool.cookies) {
    const v = judgeCookieLifetime(c.report, now);
    const s: ConditionStatus = v.status === 'session' ? 'pass' : v.status === 'unknown' ? 'manual' : v.status;
    status = worseStatus(status, s);
    if (s === 'fail' || s === 'warn') {
      const d = Math.round('lifetimeDays' in v ? v.lifetimeDays : 0);
      reasons.push(both(`« ${c.report.name} » : ${d} j${'lowerBound' in v && v.lowerBound ? ' au moins' : ''}, au-delà de 13 mois`, `"${c.report.name}": ${d} d${'lowerBound' in v && v.lowerBound ? ' at least' : ''}, over 13 months`));
    }
  }
  return { id: 'lifetime', status, reasons };
}

function noRenewal(tool: Tool, inv: Inventory): Condition {
  const ids = identifierCookies(tool);
  if (!ids.length) return { id: 'no-renewal', status: 'na', reasons: [both("aucun cookie d'identifiant", 'no identifier cookie')] };
  const statuses = ids.map((c) => ({ c, status: renewalOf(c.record, inv).status }));
  const renewed = statuses.filter((x) => x.status === 'renewed').map((x) => x.c);
  if (renewed.length) return { id: 'no-renewal', status: 'fail', reasons: renewed.map((c) => both(`« ${c.report.name} » : même identifiant, expiration repoussée lors d'une nouvelle visite`, `"${c.report.name}": same identifier, expiry pushed forward on a new visit`)) };
  if (statuses.some((x) => x.status === 'one-visit')) return { id: 'no-renewal', status: 'manual', reasons: [both('une seule visite observée', 'only one visit observed')] };
  return { id: 'no-renewal', status: 'pass', reasons: [] };
}

function exemptMode(tool: Tool): Condition {
  const markers = exemptMarkers(tool);
  if (markers.length) return { id: 'exempt-mode', status: 'pass', reasons: markers };
  const v = tool.vendor;
  return {
    id: 'exempt-mode',
    status: 'manual',
    reasons: [v?.exemptCapable ? both(`${v.name} peut être configuré en mode exempté, mais le navigateur ne voit pas cette configuration`, `${v.name} can be configured in exempt mode, but the browser cannot see that configuration`) : both("mode exempté non observé", 'exempt mode not observed')],
  };
}

/** The reasons of these conditions, each prefixed with its condition's name. */
const labelled = (conditions: Condition[]): Bilingual[] =>
  conditions.flatMap((c) => c.reasons.map((r) => both(`${CONDITION_LABEL[c.id].fr} : ${r.fr}`, `${CONDITION_LABEL[c.id].en}: ${r.en}`)));

export function exemption(tool: Tool, inv: Inventory): ExemptionVerdict {
  const mode = exemptMode(tool);
  const conditions = [purpose(tool), crossSite(tool), anonymous(tool), lifetime(tool, inv.updatedAt), noRenewal(tool, inv), mode];
  const failed = conditions.filter((c) => c.status === 'fail');
  if (failed.length) return { status: 'fail', reasons: labelled(failed), conditions };
  // Seen in exempt mode, and nothing observed in doubt (a condition not observable in this audit, such as
  // renewal after a single visit, stays a manual check in its own rule).
  if (mode.status === 'pass' && !conditions.some((c) => c.status === 'warn')) return { status: 'pass', reasons: mode.reasons, conditions };
  return { status: 'manual', reasons: labelled(conditions.filter((c) => c.status === 'warn' || c.status === 'manual')), conditions };
}
