/**
 * cookies.audience-first-party — no tracking across sites, for an audience
 * tool to be exempt from consent (CNIL délibération 2020-091, art. 5; kit ENT
 * §4.10): an identifier in a third-party cookie, or hits sent to a
 * third-party collection domain that several sites can share, fail.
 */
import type { AuditFacts, AudienceTool } from '../facts.ts';
import { both, finding } from '../finding.ts';
import type { Finding } from '../../report/types.ts';
import { failedCondition, noAudienceTool } from './cookies-audience-common.ts';
import type { Rule } from './rule.ts';

const RULE = 'cookies.audience-first-party';
const REFS = ['cnil-2020-091', 'kit-4.10', 'cnil-audience-2025'];

function one(f: AuditFacts, t: AudienceTool): Finding {
  const base = { rule: RULE, subject: t.name, refs: REFS };
  const c = t.exemption.conditions.find((x) => x.id === 'cross-site')!;
  if (c.status === 'fail') {
    const { status, consequence } = failedCondition(t);
    return finding(f.k, {
      ...base,
      status,
      severity: 'high',
      title: both(`${t.name} collecte sur un domaine tiers : suivi possible d'un site à l'autre, il ne peut pas être exempté de consentement`, `${t.name} collects on a third-party domain: cross-site tracking possible, it cannot be exempt from consent`),
      evidence: [...c.reasons, consequence],
      fix: both(
        `Collecter sur un domaine propre au site (sous-domaine de collecte dédié) et ne déposer l'identifiant qu'en cookie propre.`,
        `Collect on the site's own domain (a dedicated collection subdomain) and keep the identifier in a first-party cookie only.`,
      ),
    });
  }
  if (c.status === 'pass') {
    return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`${t.name} : identifiant et collecte sur le domaine du site`, `${t.name}: identifier and collection on the site's own domain`), evidence: c.reasons });
  }
  return finding(f.k, { ...base, status: 'manual', severity: 'low', title: both(`${t.name} : aucune collecte observée`, `${t.name}: no collection observed`) });
}

function judge(f: AuditFacts): Finding[] {
  return f.audience.length ? f.audience.map((t) => one(f, t)) : [noAudienceTool(f, RULE, REFS)];
}

export const audienceFirstParty: Rule = { ids: ['cookies.audience-first-party'], references: ['kit-4.10', 'cnil-2020-091', 'cnil-audience-2025'], judge };
