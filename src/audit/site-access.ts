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

/** The findings as the access allows them: unchanged with access to all sites. */
export function withinSiteAccess(findings: Finding[], access: SiteAccess | undefined): Finding[] {
  if (access !== 'restricted') return findings;
  return findings.map((f) =>
    restsOnAbsence(f)
      ? {
          ...f,
          status: 'manual',
          severity: 'low',
          evidence: [WHY.fr, ...f.evidence],
          fix: FIX.fr,
          en: { ...f.en, evidence: [WHY.en, ...f.en.evidence], fix: FIX.en },
        }
      : f,
  );
}
