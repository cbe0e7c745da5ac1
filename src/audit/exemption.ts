/**
 * Can this audience-measurement tool, as observed, be exempt from consent
 * (kit ENT §4.10, CNIL 2020-091 art. 5)? "fail": it cannot (vendor reuses
 * data, no exempt configuration exists, or a user id / identified visitor is
 * seen); "pass": the exempt mode is observed and nothing contradicts it;
 * "manual": only the vendor or the publisher can say.
 */
import { both, type Bilingual } from './finding.ts';
import type { AudienceTool } from './facts.ts';

type Tool = Omit<AudienceTool, 'exemption'>;

export interface ExemptionVerdict {
  status: 'pass' | 'fail' | 'manual';
  reasons: Bilingual[];
}

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
  return out;
}

export function exemption(tool: Tool): ExemptionVerdict {
  const v = tool.vendor;
  if (!v) return { status: 'manual', reasons: [both(`outil « ${tool.name} » absent de la table des éditeurs de Témoin`, `tool "${tool.name}" is not in Témoin's vendor table`)] };
  const fails: Bilingual[] = [];
  if (v.reusesData) fails.push(both(`${v.name} réutilise les données pour son propre compte : jamais exempté de consentement`, `${v.name} reuses the data for its own purposes: never exempt from consent`));
  else if (v.exemptCapable === false) fails.push(both(`${v.name} n'a pas de configuration exemptée de consentement`, `${v.name} has no consent-exempt configuration`));
  fails.push(...userIdEvidence(tool));
  if (fails.length) return { status: 'fail', reasons: fails };
  const markers = exemptMarkers(tool);
  if (markers.length) return { status: 'pass', reasons: markers };
  return {
    status: 'manual',
    reasons: [
      v.exemptCapable
        ? both(`${v.name} peut être configuré en mode exempté, mais le navigateur ne voit pas cette configuration`, `${v.name} can be configured in exempt mode, but the browser cannot see that configuration`)
        : both(`l'exemption de ${v.name} n'est pas établie`, `whether ${v.name} can be exempt is not established`),
    ],
  };
}
