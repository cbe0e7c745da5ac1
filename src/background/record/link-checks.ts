/**
 * Link checks: which footer links may be fetched (the public web only), and
 * what their targets answered (a notice or cookie page's analysis, a PDF's).
 */
import { maskUrl } from '../../audit/mask-url.ts';
import { shortHash } from '../../audit/hash.ts';
import { parseUrl } from '../../audit/url.ts';
import { siteOf } from '../../audit/party.ts';
import type { NoticeAnalysis } from '../../audit/notice.ts';
import { linkCategory, noticeKind, type LinkCategory } from '../../audit/links.ts';
import { clip, type Inventory, type LinkCheck } from '../../shared/inventory.ts';
import type { PageScan } from '../../shared/messages.ts';
import { INVENTORY_LIMITS as LIMITS } from '../../shared/limits.ts';
import { note } from './common.ts';
import { isLoginHandoff } from './navigation.ts';

export function safeOrigin(url: string): string | null {
  const u = parseUrl(url);
  return u && (u.protocol === 'http:' || u.protocol === 'https:') ? u.origin : null;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LOCAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/;

/**
 * An address on the public web: http(s), its default port, a host name (not
 * an IP address) that is not a local one. The link checker fetches nothing
 * else: a page must not make it reach the auditor's own network.
 */
export function publicWebUrl(href: string): boolean {
  const url = parseUrl(href);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.port !== '' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return host.includes('.') && !IPV4.test(host) && !host.includes(':') && !host.startsWith('[') && !LOCAL_NAME.test(host);
}

/**
 * The key of a link's check: its masked address, and when it has a query, a
 * short hash of the exact one (`?page=a` and `?page=b` are two pages; the
 * values themselves are never kept).
 */
export function linkCheckKey(href: string): string {
  const masked = maskUrl(href);
  return parseUrl(href)?.search ? `${masked} #${shortHash(href)}` : masked;
}

/**
 * The footer links of a top-frame scan worth fetching: categorised, on the
 * public web, on the audited site or a host the audit saw, not checked yet
 * (raw URLs, kept in memory only).
 */
export function linksToCheck(inv: Inventory, links: PageScan['links']): { url: string; key: string; category: LinkCategory }[] {
  const out: { url: string; key: string; category: LinkCategory }[] = [];
  const budget = LIMITS.linkChecks - Object.keys(inv.linkChecks ?? {}).length;
  for (const l of links) {
    if (out.length >= budget) break;
    const category = linkCategory(l.text, l.href);
    const url = parseUrl(l.href);
    if (!category || category === 'consent-settings' || !url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
    if (!publicWebUrl(url.href) || (siteOf(url.hostname) !== inv.site && !inv.hosts[url.hostname] && !isLoginHandoff(inv, url))) {
      note(inv, `Lien non vérifié (hors du site audité, adresse IP, locale ou autre port) : ${clip(maskUrl(l.href), 200)} / link not checked (off the audited site, an IP, local address or another port)`);
      continue;
    }
    const key = linkCheckKey(l.href);
    if (inv.linkChecks?.[key] || out.some((o) => o.key === key)) continue;
    out.push({ url: url.href, key, category });
  }
  return out;
}

/** The result of fetching a footer link (and, for a notice or cookie page, what its text says). */
export function recordLinkCheck(inv: Inventory, key: string, check: LinkCheck): void {
  inv.linkChecks ??= {};
  if (Object.keys(inv.linkChecks).length >= LIMITS.linkChecks && !inv.linkChecks[key]) return;
  inv.linkChecks[key] = check;
  inv.updatedAt = check.checkedAt;
}

/**
 * The analysis of a PDF notice the audit's link check found (read by the
 * command line): kept with that link check, as for an HTML notice. Only a PDF
 * the audit found may be given one.
 */
export function recordPdfNotice(inv: Inventory, key: string, analysis: NoticeAnalysis, now: number): boolean {
  const check = inv.linkChecks?.[key];
  const kind = check ? noticeKind(check.category) : null;
  if (!check || check.format !== 'pdf' || !kind) return false;
  check.notice = { kind, analysis };
  inv.updatedAt = now;
  return true;
}
