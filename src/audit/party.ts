/**
 * First- or third-party: a cookie or request is first-party when its
 * registrable domain (eTLD+1 from the Public Suffix List, via tldts) equals the
 * audited page's. IP addresses and single-label hosts are their own site.
 */
import { getDomain } from 'tldts';

export function siteOf(host: string): string {
  const h = host.trim().toLowerCase().replace(/^\./, '').replace(/\.$/, '');
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

export function partyOf(host: string, topLevelHost: string): 'first' | 'third' {
  return siteOf(host) === siteOf(topLevelHost) ? 'first' : 'third';
}

/** RFC 6265 domain-match: does a request host fall under a cookie domain? */
export function domainMatches(host: string, cookieDomain: string): boolean {
  const h = host.toLowerCase();
  const d = cookieDomain.toLowerCase().replace(/^\./, '');
  return h === d || h.endsWith('.' + d);
}
