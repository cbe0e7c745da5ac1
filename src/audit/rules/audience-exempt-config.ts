/**
 * cookies.audience-exempt-config — conditions C1 and C3 (kit ENT §4.10):
 * the tool measures audience for the publisher alone and produces anonymous
 * statistics only. Vendors that reuse data fail; a user id or an identified
 * visitor fails; the exempt mode observed in the hits passes.
 */
import type { AuditFacts, AudienceTool } from '../facts.ts';
import { both, finding } from '../finding.ts';
import type { Finding } from '../../report/types.ts';

const RULE = 'cookies.audience-exempt-config';
const REFS = ['kit-4.10', 'cnil-2020-091', 'cnil-audience-2025'];

function one(f: AuditFacts, t: AudienceTool): Finding {
  const v = t.exemption;
  const seen = both(
    `observé : ${t.cookies.length} cookie(s), ${t.storage.length} clé(s) de stockage, ${t.hosts.reduce((n, h) => n + h.record.requests, 0)} requête(s) de collecte`,
    `observed: ${t.cookies.length} cookie(s), ${t.storage.length} storage key(s), ${t.hosts.reduce((n, h) => n + h.record.requests, 0)} collection request(s)`,
  );
  const base = { rule: RULE, subject: t.name, refs: REFS, evidence: [...v.reasons, seen] };
  if (v.status === 'fail') {
    return finding(f.k, {
      ...base,
      status: 'fail',
      severity: 'high',
      title: both(`${t.name} ne peut pas être exempté de consentement tel qu'il est configuré`, `${t.name} cannot be exempt from consent as configured`),
      fix: t.vendor?.reusesData || t.vendor?.exemptCapable === false
        ? both(`Soumettre ${t.name} au consentement, ou le remplacer par un outil configurable en mode exempté (Matomo, Piano Analytics…).`, `Put ${t.name} behind consent, or replace it with a tool that can be configured in exempt mode (Matomo, Piano Analytics…).`)
        : both("Ne plus transmettre d'identifiant utilisateur à l'outil (statistiques anonymes uniquement), ou le soumettre au consentement.", 'Stop sending a user id to the tool (anonymous statistics only), or put it behind consent.'),
    });
  }
  if (v.status === 'pass') {
    return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both(`${t.name} fonctionne en mode exempté`, `${t.name} runs in exempt mode`) });
  }
  return finding(f.k, {
    ...base,
    status: 'manual',
    severity: 'medium',
    title: both(`${t.name} : configuration exemptée à vérifier auprès de l'éditeur`, `${t.name}: exempt configuration to check with the publisher`),
    fix: both(
      `Demander à l'éditeur la configuration de ${t.name} : anonymisation de l'adresse IP, aucun identifiant utilisateur, pas de recoupement, mesure pour le seul compte de l'éditeur (grille d'auto-évaluation de la CNIL).`,
      `Ask the publisher for ${t.name}'s configuration: IP anonymisation, no user id, no combining, measurement for the publisher alone (CNIL self-assessment grid).`,
    ),
  });
}

export function audienceExemptConfig(f: AuditFacts): Finding[] {
  if (!f.audience.length) {
    return [finding(f.k, { rule: RULE, status: 'na', severity: 'info', title: both("Aucun outil de mesure d'audience observé", 'No audience-measurement tool observed'), refs: REFS })];
  }
  return f.audience.map((t) => one(f, t));
}
