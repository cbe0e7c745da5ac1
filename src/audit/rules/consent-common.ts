/** What the consent rules share: which trackers of the audit need consent, and how a banner is named in a sentence. */
import { consentNeed, toolKey, type AuditFacts } from '../facts.ts';
import { both, type Bilingual } from '../finding.ts';
import type { ReportBanner } from '../../report/types.ts';
import { isAutoconsentId } from '../banner-report.ts';

export interface ConsentTrackers {
  /** Need consent whatever the configuration (advertising, social, audience that cannot be exempt). */
  needs: string[];
  /** Audience measurement whose exemption depends on its configuration, or unknown trackers to review. */
  maybe: string[];
}

/**
 * `since` (a moment, such as a refusal the person marked): only what was
 * written or stored, first seen, or contacted after it.
 */
export function consentTrackers(f: AuditFacts, since?: number): ConsentTrackers {
  const needs: string[] = [];
  const maybe: string[] = [];
  const after = (at: number) => since === undefined || at > since;
  const put = (need: ReturnType<typeof consentNeed>, what: string) => (need === 'needs' ? needs : need === 'conditional' || need === 'review' ? maybe : null)?.push(what);
  for (const c of f.cookies) {
    if (since === undefined || c.record.history.some((e) => after(e.at) && (e.kind === 'set' || e.kind === 'stored'))) put(consentNeed(c.cls.category, toolKey(c.cls), f.audience), `cookie ${c.report.name}`);
  }
  for (const s of f.storage) if (after(s.record.firstSeenAt)) put(consentNeed(s.cls.category, toolKey(s.cls), f.audience), `${s.record.area} ${s.record.key}`);
  for (const h of f.hosts) if (h.vendor && after(h.record.lastSeenAt ?? h.record.firstSeenAt) && consentNeed(h.vendor.category, h.vendor.id, f.audience) === 'needs') needs.push(h.record.host);
  return { needs, maybe };
}

/** How a finding names the banner. A CMP named by autoconsent has an `autoconsent:` id (also when autoconsent alone saw it). */
export const CMP_LABEL = (b: ReportBanner): Bilingual => {
  if (!b.cmpName) return b.kind === 'choice' ? both('bandeau propre au site', "the site's own banner") : both("boîte d'information sur les cookies", 'cookie information box');
  const byAutoconsent = isAutoconsentId(b.cmp);
  return both(`bandeau ${b.cmpName}${byAutoconsent ? ' (nommé par autoconsent)' : ''}`, `${b.cmpName} banner${byAutoconsent ? ' (named by autoconsent)' : ''}`);
};

export const list = (xs: string[], max = 8) => (xs.length > max ? `${xs.slice(0, max).join(', ')} … (+${xs.length - max})` : xs.join(', '));
