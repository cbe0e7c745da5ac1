/**
 * Navigation: a top-level document arriving in the tab (a new page, a new
 * audit when the tab moves to another site, unless it goes to log in), and
 * the person's first interaction with the page.
 */
import { maskUrl } from '../../audit/mask-url.ts';
import { hostOf, parseUrl } from '../../audit/url.ts';
import { siteOf } from '../../audit/party.ts';
import { pageRole } from '../../audit/page-role.ts';
import { isIdentityProviderUrl } from '../../audit/session-links.ts';
import { newInventory, type Inventory } from '../../shared/inventory.ts';
import { INVENTORY_LIMITS as LIMITS, MAX_EARLIER_AUDITS } from '../../shared/limits.ts';
import { note } from './common.ts';

/**
 * Going to log in: the tab moves from the audited site to the login page it
 * offered, or to an identity provider (CAS, ÉduConnect, SAML, OpenID
 * Connect). That page is the site's login page, audited with it (kit ENT
 * §2.2), even on another registrable domain.
 */
export function isLoginHandoff(inv: Inventory, url: URL): boolean {
  return isIdentityProviderUrl(url.href) || inv.pages.some((p) => p.loginEntry && hostOf(p.loginEntry.href) === url.hostname);
}

/**
 * A top-level document arrived in the tab. Starts a new audit when the tab
 * moves to another site (registrable domain), unless it is going to log in;
 * otherwise adds a page visit.
 */
export function recordNavigation(inv: Inventory | null, tabId: number, rawUrl: string, now: number): Inventory | null {
  const url = parseUrl(rawUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return inv;
  const site = siteOf(url.hostname);
  let target = inv && (inv.site === site || isLoginHandoff(inv, url)) ? inv : newInventory(tabId, url, site, now);
  if (inv && target !== inv && inv.pages.length) {
    // The tab went to another site: what was recorded of the one it left stays, in this audit's report.
    const { earlier = [], ...left } = inv;
    const kept = [...earlier, left];
    target.earlier = kept.slice(-MAX_EARLIER_AUDITS);
    note(target, `L'onglet est passé de ${inv.site} (${inv.pages.length} page${inv.pages.length > 1 ? 's' : ''}) à ${site} : l'audit de ${inv.site} est conservé dans ce rapport (earlierAudits) / the tab went from ${inv.site} to ${site}: the audit of ${inv.site} is kept in this report (earlierAudits)`);
    if (kept.length > MAX_EARLIER_AUDITS) note(target, `Plus de ${MAX_EARLIER_AUDITS} sites quittés dans cet onglet : les plus anciens audits ne sont plus gardés / more than ${MAX_EARLIER_AUDITS} sites left in this tab: the oldest audits are no longer kept`);
  }
  if (target.pages.length >= LIMITS.pages) {
    note(target, `Plus de ${LIMITS.pages} pages : les suivantes ne sont pas listées / more than ${LIMITS.pages} pages: later ones not listed`);
    return target;
  }
  target.pages.push({
    url: maskUrl(rawUrl),
    title: '',
    role: pageRole(rawUrl, '', false),
    visitedAt: now,
    hasPasswordField: false,
    scanned: false,
  });
  target.updatedAt = now;
  return target;
}


export function recordInteraction(inv: Inventory, at: number): void {
  if (inv.firstInteractionAt === null || at < inv.firstInteractionAt) inv.firstInteractionAt = at;
}
