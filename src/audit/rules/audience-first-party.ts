/**
 * cookies.audience-first-party — condition C2 (kit ENT §4.10): no tracking
 * across sites. An audience identifier in a third-party cookie, or hits sent
 * to a third-party collection domain that several sites share, fail.
 */
import type { AuditFacts, AudienceTool } from '../facts.ts';
import { both, finding, type Bilingual } from '../finding.ts';
import type { Finding } from '../../report/types.ts';

const RULE = 'cookies.audience-first-party';
const REFS = ['kit-4.10', 'cnil-2020-091', 'cnil-audience-2025'];

function one(f: AuditFacts, t: AudienceTool): Finding {
  const base = { rule: RULE, subject: t.name, refs: REFS };
  const bad: Bilingual[] = [];
  for (const c of t.cookies) {
    if (c.report.party === 'third') bad.push(both(`cookie tiers « ${c.report.name} » sur ${c.report.domain}`, `third-party cookie "${c.report.name}" on ${c.report.domain}`));
  }
  for (const h of t.hosts) {
    if (h.party === 'third') {
      const params = h.record.params.length ? ` (paramètres : ${h.record.params.slice(0, 12).join(', ')})` : '';
      const paramsEn = h.record.params.length ? ` (parameters: ${h.record.params.slice(0, 12).join(', ')})` : '';
      bad.push(both(`${h.record.requests} requête(s) de collecte vers le domaine tiers ${h.record.host}${params}`, `${h.record.requests} collection request(s) to the third-party domain ${h.record.host}${paramsEn}`));
    }
  }
  if (bad.length) {
    return finding(f.k, {
      ...base,
      status: 'fail',
      severity: 'high',
      title: both(`${t.name} collecte sur un domaine tiers : suivi possible d'un site à l'autre`, `${t.name} collects on a third-party domain: cross-site tracking possible`),
      evidence: bad,
      fix: both(
        `Collecter sur un domaine propre au site (sous-domaine de collecte dédié) et ne déposer l'identifiant qu'en cookie propre.`,
        `Collect on the site's own domain (a dedicated collection subdomain) and keep the identifier in a first-party cookie only.`,
      ),
    });
  }
  const good = [
    ...t.cookies.map((c) => both(`cookie propre « ${c.report.name} » sur ${c.report.domain}`, `first-party cookie "${c.report.name}" on ${c.report.domain}`)),
    ...t.hosts.map((h) => both(`collecte sur ${h.record.host} (même site)`, `collection on ${h.record.host} (same site)`)),
  ];
  if (!good.length) {
    return finding(f.k, { ...base, status: 'manual', severity: 'low', title: both(`${t.name} : aucune collecte observée`, `${t.name}: no collection observed`) });
  }
  return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`${t.name} : identifiant et collecte sur le domaine du site`, `${t.name}: identifier and collection on the site's own domain`), evidence: good });
}

export function audienceFirstParty(f: AuditFacts): Finding[] {
  if (!f.audience.length) {
    return [finding(f.k, { rule: RULE, status: 'na', severity: 'info', title: both("Aucun outil de mesure d'audience observé", 'No audience-measurement tool observed'), refs: REFS })];
  }
  return f.audience.map((t) => one(f, t));
}
