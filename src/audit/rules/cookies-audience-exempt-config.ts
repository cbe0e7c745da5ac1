/**
 * cookies.audience-exempt-config — can the tool, as observed, be exempt from
 * consent? Every condition the browser can observe must hold (CNIL
 * délibération 2020-091, art. 5: purpose limited to the publisher's audience
 * measurement, anonymous statistics, no cross-site tracking; délibération
 * 2020-092, art. 5: 13 months, no extension). One that fails, or a tool
 * Témoin does not know, and the tool needs consent. The exempt mode seen in
 * the hits passes what the browser can see; the rest stays a manual check
 * (cookies.audience-no-combination, cookies.audience-data-retention).
 */
import type { AuditFacts, AudienceTool } from '../facts.ts';
import { both, finding } from '../finding.ts';
import type { Finding } from '../../report/types.ts';
import { failedCondition, noAudienceTool } from './cookies-audience-common.ts';
import type { Rule } from './rule.ts';

const RULE = 'cookies.audience-exempt-config';
const REFS = ['cnil-2020-091', 'cnil-2020-092', 'kit-4.10', 'cnil-audience-2025'];

function one(f: AuditFacts, t: AudienceTool): Finding {
  const v = t.exemption;
  const seen = both(
    `observé : ${t.cookies.length} cookie(s), ${t.storage.length} clé(s) de stockage, ${t.hosts.reduce((n, h) => n + h.record.requests, 0)} requête(s) de collecte`,
    `observed: ${t.cookies.length} cookie(s), ${t.storage.length} storage key(s), ${t.hosts.reduce((n, h) => n + h.record.requests, 0)} collection request(s)`,
  );
  const base = { rule: RULE, subject: t.name, refs: REFS };
  if (v.status === 'fail') {
    const { status, consequence } = failedCondition(t);
    const purposeFails = v.conditions.some((c) => c.id === 'purpose' && c.status === 'fail');
    return finding(f.k, {
      ...base,
      status,
      severity: 'high',
      title: both(`${t.name} ne peut pas être exempté de consentement tel qu'il est observé`, `${t.name} cannot be exempt from consent as observed`),
      evidence: [...v.reasons, consequence, seen],
      fix: purposeFails
        ? both(`Soumettre ${t.name} au consentement, ou le remplacer par un outil configurable en mode exempté (Matomo, Piano Analytics…).`, `Put ${t.name} behind consent, or replace it with a tool that can be configured in exempt mode (Matomo, Piano Analytics…).`)
        : both("Corriger la configuration de l'outil sur chaque point ci-dessus, ou le soumettre au consentement.", "Fix the tool's configuration on each point above, or put it behind consent."),
    });
  }
  if (v.status === 'pass') {
    return finding(f.k, {
      ...base,
      status: 'pass',
      severity: 'info',
      title: both(`${t.name} fonctionne en mode exempté : aucun manquement observé`, `${t.name} runs in exempt mode: no issue observed`),
      evidence: [...v.reasons, both("ce que le navigateur ne voit pas reste à vérifier (recoupement, transmission à des tiers, durée de conservation)", 'what the browser cannot see remains to be checked (combining, passing to third parties, retention)'), seen],
    });
  }
  return finding(f.k, {
    ...base,
    status: 'manual',
    severity: 'medium',
    title: both(`${t.name} : configuration exemptée à vérifier auprès de l'éditeur`, `${t.name}: exempt configuration to check with the publisher`),
    evidence: [...v.reasons, seen],
    fix: both(
      `Demander à l'éditeur la configuration de ${t.name} : anonymisation de l'adresse IP, aucun identifiant utilisateur, pas de recoupement, mesure pour le seul compte de l'éditeur (grille d'auto-évaluation de la CNIL).`,
      `Ask the publisher for ${t.name}'s configuration: IP anonymisation, no user id, no combining, measurement for the publisher alone (CNIL self-assessment grid).`,
    ),
  });
}

function judge(f: AuditFacts): Finding[] {
  return f.audience.length ? f.audience.map((t) => one(f, t)) : [noAudienceTool(f, RULE, REFS)];
}

export const audienceExemptConfig: Rule = { ids: ['cookies.audience-exempt-config'], references: ['kit-4.10', 'cnil-2020-091', 'cnil-2020-092', 'cnil-audience-2025'], judge };
