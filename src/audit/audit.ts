/**
 * audit(inventory) → Report. One pure function, no browser API: the
 * extension, the command line, the tests and the benchmarks all run it.
 */
import { lifetimeDays } from './lifetime.ts';
import { partyOf, siteOf } from './party.ts';
import { maskUrl } from './mask-url.ts';
import { SCHEMA_VERSION, type Finding, type Report, type ReportCookie, type ReportEnvironment } from '../report/types.ts';
import type { CookieRecord, Inventory } from '../shared/inventory.ts';

export interface AuditContext {
  toolVersion: string;
  now: number;
  environment: ReportEnvironment;
}

/** A rule: inventory in, findings out (rules arrive with the rules engine). */
export type Rule = (inv: Inventory) => Finding[];
export const RULES: Rule[] = [];

const iso = (ms: number) => new Date(ms).toISOString();

export function reportCookie(inv: Inventory, c: CookieRecord): ReportCookie {
  const session = c.stored ? c.stored.expiresAt === null : c.declared ? c.declared.expiresAt === null : false;
  return {
    name: c.name,
    domain: c.domain,
    path: c.path,
    hostOnly: c.hostOnly,
    party: partyOf(c.domain, inv.topHost),
    category: 'unknown',
    vendor: null,
    session,
    declaredLifetimeDays: c.declared ? lifetimeDays(c.declared.setAt, c.declared.expiresAt) : null,
    storedLifetimeDays: c.stored ? lifetimeDays(c.stored.setAt, c.stored.expiresAt) : null,
    setBeforeConsent: inv.firstInteractionAt === null || c.firstSeenAt < inv.firstInteractionAt,
    renewedOnRevisit: renewedOnRevisit(c),
    source: c.source,
    partitioned: c.partitionKey !== undefined,
    partitionKey: c.partitionKey ?? null,
    secure: c.secure ?? null,
    httpOnly: c.httpOnly ?? null,
    sameSite: c.sameSite ?? null,
    firstSeenAt: iso(c.firstSeenAt),
    writes: c.writes,
    valueChanged: c.valueChanged,
    notStored: c.writes > 0 && !c.stored,
  };
}

/**
 * Expiry pushed forward on a later page visit: a write or store update on a
 * later page that expires later than the first one seen. (A revisit within
 * the same second cannot be told from a re-send of the same Expires date.)
 */
export function renewedOnRevisit(c: CookieRecord): boolean {
  let earliest: { page: number; expiresAt: number } | null = null;
  for (const ev of c.history) {
    if (ev.kind === 'removed' || ev.expiresAt === null) continue;
    if (earliest === null) {
      earliest = { page: ev.page, expiresAt: ev.expiresAt };
      continue;
    }
    if (ev.page > earliest.page && ev.expiresAt > earliest.expiresAt) return true;
  }
  return false;
}

export function audit(inv: Inventory, ctx: AuditContext): Report {
  const pages = inv.pages.map((p) => ({ url: p.url, title: p.title, role: p.role, visitedAt: iso(p.visitedAt) }));
  const cookies = Object.values(inv.cookies)
    .map((c) => reportCookie(inv, c))
    .sort((a, b) => a.party.localeCompare(b.party) || a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name));
  const thirdParties = Object.values(inv.hosts)
    .filter((h) => partyOf(h.host, inv.topHost) === 'third')
    .map((h) => ({
      host: h.host,
      site: siteOf(h.host),
      vendor: null,
      category: 'unknown' as const,
      requests: h.requests,
      types: [...h.types].sort(),
      params: [...h.params].sort(),
      samples: h.samples,
    }))
    .sort((a, b) => b.requests - a.requests || a.host.localeCompare(b.host));
  const storage = Object.values(inv.storage).map((s) => ({ origin: s.origin, area: s.area, key: s.key, category: 'unknown' as const, vendor: null }));
  const links = inv.links.map((l) => ({
    category: null,
    text: l.text,
    href: l.href,
    page: inv.pages[l.page]?.url ?? '',
    inFooter: l.inFooter,
    inShadowDom: l.inShadowDom,
    hidden: l.hidden,
    dead: /^(#.*|javascript:.*|)$/i.test(l.href.trim()) ? true : null,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'Témoin', version: ctx.toolVersion },
    startedAt: iso(inv.startedAt),
    finishedAt: iso(ctx.now),
    target: inv.pages[0]?.url ?? maskUrl(`${inv.topScheme}://${inv.topHost}/`),
    site: inv.site,
    environment: ctx.environment,
    pages,
    cookies,
    storage,
    thirdParties,
    banner: null,
    links,
    notices: [],
    findings: RULES.flatMap((rule) => rule(inv)),
    notes: [...inv.notes],
  };
}
