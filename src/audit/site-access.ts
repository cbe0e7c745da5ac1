/**
 * What a report may claim when the browser withholds access to some sites.
 *
 * The user can restrict an extension to some sites (Chromium: the
 * extension's details, "Site access"; Firefox: its permissions). Témoin then
 * sees neither the cookies, nor the requests, nor the storage of the other
 * sites: an embedded video's or an audience tool's among them. What it saw
 * still holds (a tracker observed is a tracker present), but a verdict that
 * rests on having seen nothing ("no tracker needing consent observed",
 * "no audience tool observed") cannot be observed any more: it becomes a
 * manual check, and the report says why.
 */
import type { Finding, ReportEnvironment } from '../report/types.ts';

export type SiteAccess = NonNullable<ReportEnvironment['siteAccess']>;

/**
 * Verdicts that rest on an absence. `na` of the consent and cookie rules
 * says "nothing of the kind observed" (a tracker, an audience tool, a banner,
 * which a third-party frame may show); the passes listed say "no tracker
 * (or no third-party collection) observed".
 */
const ABSENCE_PASSES = new Set(['consent.no-tracker-before-consent', 'consent.refusal-honoured', 'cookies.audience-first-party']);
const restsOnAbsence = (f: Finding) =>
  (f.status === 'na' && (f.rule.startsWith('consent.') || f.rule.startsWith('cookies.'))) || (f.status === 'pass' && ABSENCE_PASSES.has(f.rule));

export const RESTRICTED_ACCESS_NOTE =
  "Accès aux sites restreint par le navigateur : Témoin n'a vu ni les cookies, ni les requêtes, ni le stockage des sites auxquels il n'a pas accès (tiers compris) ; les constats qui reposent sur une absence passent en vérification manuelle / Site access restricted by the browser: Témoin saw no cookie, request or storage of the sites it has no access to (third parties included); findings that rest on an absence are turned into manual checks";

const WHY = {
  fr: "Accès aux sites restreint : ce constat repose sur l'absence d'observation, et Témoin ne voit pas les sites auxquels le navigateur lui refuse l'accès (tiers compris).",
  en: 'Site access restricted: this finding rests on nothing being observed, and Témoin does not see the sites the browser denies it (third parties included).',
};
const FIX = {
  fr: "Autoriser Témoin sur tous les sites (Chromium : Détails de l'extension → Accès aux sites ; Firefox : Modules → Témoin → Permissions), puis refaire l'audit ; ou vérifier à la main.",
  en: 'Allow Témoin on all sites (Chromium: extension details → Site access; Firefox: Add-ons → Témoin → Permissions), then audit again; or check by hand.',
};

const WHY_LIMITS = {
  fr: "Listes d'observation pleines : la page a produit plus d'hôtes, de cookies ou de clés que Témoin n'en garde ; ce constat repose sur l'absence d'observation, et ce qui a été écarté n'a pas pu être vu.",
  en: 'Observation lists full: the page produced more hosts, cookies or keys than Témoin keeps; this finding rests on nothing being observed, and what was dropped could not be seen.',
};
const FIX_LIMITS = {
  fr: 'Refaire l\'audit sur moins de pages, ou vérifier à la main les outils de mesure et les traceurs (outils de développement du navigateur, onglet Réseau et Application).',
  en: 'Audit again on fewer pages, or check the audience tools and trackers by hand (browser developer tools, Network and Application tabs).',
};

export const LIMITS_NOTE =
  "Listes d'observation pleines : les constats qui reposent sur une absence passent en vérification manuelle / Observation lists full: findings that rest on an absence are turned into manual checks";

/**
 * The findings as the observation allows them: unchanged with access to all
 * sites and no list full; else the verdicts resting on an absence become
 * manual checks, saying why.
 */
export function withinObservation(findings: Finding[], access: SiteAccess | undefined, limitsHit: readonly string[] = []): Finding[] {
  const why = access === 'restricted' ? { why: WHY, fix: FIX } : limitsHit.length ? { why: WHY_LIMITS, fix: FIX_LIMITS } : null;
  if (!why) return findings;
  return findings.map((f) =>
    restsOnAbsence(f)
      ? {
          ...f,
          status: 'manual',
          severity: 'low',
          evidence: [why.why.fr, ...f.evidence],
          fix: why.fix.fr,
          en: { ...f.en, evidence: [why.why.en, ...f.en.evidence], fix: why.fix.en },
        }
      : f,
  );
}
