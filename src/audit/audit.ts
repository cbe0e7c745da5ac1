/**
 * audit(inventory) → Report. One pure function, no browser API: the
 * extension, the command line, the tests and the benchmarks all run it.
 */
import { lifetimeDays } from './lifetime.ts';
import { partyOf, siteOf } from './party.ts';
import { maskUrl } from './mask-url.ts';
import { classifyName, type Classification } from './classify.ts';
import { audienceTools, beforeConsent, consentNeed, hostFacts, linkFacts, lastRemoval, needsConsentFlag, neverPresent, storageFacts, toolKey, type AuditFacts, type CookieFact } from './facts.ts';
import { bannerReport } from './banner-report.ts';
import { RULES } from './rules/index.ts';
import { expiryMove } from './renewal.ts';
import { noticesOf } from './notices-report.ts';
import { LIMITS_NOTE, RESTRICTED_ACCESS_NOTE, withinObservation } from './site-access.ts';
import { KNOWLEDGE, knowledgeVersion, type Knowledge } from '../knowledge/index.ts';
import { SCHEMA_VERSION, type Report, type ReportCookie, type ReportCoverage, type ReportDeletion, type ReportEnvironment, type ReportNotice } from '../report/types.ts';
import type { CookieRecord, Inventory, PageVisit } from '../shared/inventory.ts';

export interface AuditContext {
  toolVersion: string;
  now: number;
  environment: ReportEnvironment;
  /** The knowledge tables; the bundled ones by default. */
  knowledge?: Knowledge;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function reportCookie(inv: Inventory, c: CookieRecord, cls: Classification): ReportCookie {
  const session = c.stored ? c.stored.expiresAt === null : c.declared ? c.declared.expiresAt === null : false;
  // A cookie there before the audit began has no known set date, unless its identifier carries one.
  const unknownStart = c.preexisting === true && !c.declared && c.createdDay === undefined;
  const removal = lastRemoval(c);
  const deleted = !c.stored && removal !== undefined;
  return {
    name: c.name,
    domain: c.domain,
    path: c.path,
    hostOnly: c.hostOnly,
    party: partyOf(c.domain, inv.topHost),
    category: cls.category,
    vendor: cls.vendorName,
    classifiedBy: cls.source,
    session,
    declaredLifetimeDays: c.declared ? lifetimeDays(c.declared.setAt, c.declared.expiresAt) : null,
    storedLifetimeDays: c.stored && !unknownStart ? lifetimeDays(c.stored.setAt, c.stored.expiresAt) : null,
    setBeforeAudit: c.preexisting === true,
    // Only a script's write: the store never showed it (a write the browser refused, or one it has not shown yet).
    ...(c.source === 'script' && !c.stored && !c.history.some((e) => e.source === 'store' || e.source === 'http') ? { unconfirmed: true } : {}),
    setAt: unknownStart ? null : iso(c.declared?.setAt ?? c.stored?.setAt ?? c.firstSeenAt),
    remainingDays: unknownStart && c.stored ? lifetimeDays(c.stored.observedAt, c.stored.expiresAt) : null,
    setBeforeConsent: beforeConsent(inv, c.firstSeenAt),
    renewedOnRevisit: expiryMove(c) !== null,
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
    deletedAt: deleted ? iso(removal.at) : null,
    needsConsent: null, // set once the audience tools are judged (auditFacts)
  };
}

/** Cookies the audit never saw present: deleted by a write that expired them, or removed from the store. */
export function reportDeletions(inv: Inventory, records: CookieRecord[]): ReportDeletion[] {
  return records
    .map((c) => {
      const removal = lastRemoval(c);
      return {
        name: c.name,
        domain: c.domain,
        path: c.path,
        at: iso(removal?.at ?? c.firstSeenAt),
        by: removal?.source === 'http' ? ('http' as const) : removal?.source === 'script' ? ('script' as const) : ('browser' as const),
        page: inv.pages[removal?.page ?? 0]?.url ?? '',
        setBeforeAudit: c.preexisting === true,
      };
    })
    .sort((a, b) => a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name));
}

/**
 * The path of an ENT audit: the home page, the login page, a page after
 * login and the notice, each the first page of that kind seen (null: not
 * yet), and the way to the login page when it was not seen.
 */
export function coverageOf(inv: Inventory, notices: ReportNotice[]): ReportCoverage {
  const first = (role: PageVisit['role']) => inv.pages.find((p) => p.role === role && p.scanned)?.url ?? null;
  const login = first('login');
  const entry = login ? null : (inv.pages.find((p) => p.loginEntry)?.loginEntry ?? null);
  return { home: first('home'), login, portal: first('portal'), notice: first('notice') ?? notices.find((n) => n.kind === 'notice')?.url ?? null, loginEntry: entry ? { ...entry } : null };
}

/** Classifies everything in the inventory: the facts the rules judge. */
export function auditFacts(inv: Inventory, k: Knowledge): AuditFacts {
  const cookies: CookieFact[] = Object.values(inv.cookies)
    .filter((record) => !neverPresent(record))
    .map((record) => {
      const cls = classifyName(k, record.name, record.domain);
      return { record, cls, report: reportCookie(inv, record, cls) };
    });
  const storage = storageFacts(inv, k);
  const hosts = hostFacts(inv, k);
  const audience = audienceTools(k, inv, cookies, storage, hosts);
  for (const c of cookies) c.report.needsConsent = needsConsentFlag(consentNeed(c.cls.category, toolKey(c.cls), audience));
  const links = linkFacts(inv);
  return { inv, k, cookies, storage, hosts, audience, links, notices: noticesOf(inv), banner: bannerReport(inv, cookies, storage, links) };
}

export function audit(inv: Inventory, ctx: AuditContext): Report {
  const facts = auditFacts(inv, ctx.knowledge ?? KNOWLEDGE);
  const pages = inv.pages.map((p) => ({ url: p.url, title: p.title, role: p.role, visitedAt: iso(p.visitedAt) }));
  const cookies = facts.cookies
    .map((c) => c.report)
    .sort((a, b) => a.party.localeCompare(b.party) || a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name));
  const thirdParties = facts.hosts
    .filter((h) => h.party === 'third')
    .map((h) => ({
      host: h.record.host,
      site: siteOf(h.record.host),
      vendor: h.vendor?.name ?? null,
      category: h.category,
      requests: h.record.requests,
      types: [...h.record.types].sort(),
      params: [...h.record.params].sort(),
      samples: h.record.samples,
      needsConsent: h.vendor ? needsConsentFlag(consentNeed(h.vendor.category, h.vendor.id, facts.audience)) : null,
      seenAfterInteraction: inv.firstInteractionAt !== null && (h.record.lastSeenAt ?? h.record.firstSeenAt) >= inv.firstInteractionAt,
    }))
    .sort((a, b) => b.requests - a.requests || a.host.localeCompare(b.host));
  const storage = facts.storage.map((s) => ({
    origin: s.record.origin,
    area: s.record.area,
    key: s.record.key,
    category: s.cls.category,
    vendor: s.cls.vendorName,
    setBeforeConsent: s.beforeConsent,
    needsConsent: needsConsentFlag(consentNeed(s.cls.category, toolKey(s.cls), facts.audience)),
  }))
    // Frames report in any order: sort, so that two audits compare line by line.
    .sort((a, b) => a.origin.localeCompare(b.origin) || a.area.localeCompare(b.area) || a.key.localeCompare(b.key));
  const links = facts.links.map((l) => ({
    category: l.category,
    text: l.record.text,
    href: l.record.href,
    page: l.page?.url ?? '',
    inFooter: l.record.inFooter,
    inShadowDom: l.record.inShadowDom,
    hidden: l.record.hidden,
    // A consent manager's entry opens a panel: present, not dead (Témoin never clicks to see it open).
    dead: l.dead ? true : l.check || l.category === 'consent-settings' ? false : null,
    httpStatus: l.check?.status ?? null,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'Témoin', version: ctx.toolVersion, knowledge: knowledgeVersion(ctx.knowledge ?? KNOWLEDGE) },
    startedAt: iso(inv.startedAt),
    finishedAt: iso(ctx.now),
    target: inv.pages[0]?.url ?? maskUrl(`${inv.topScheme}://${inv.topHost}/`),
    site: inv.site,
    environment: ctx.environment,
    pages,
    cookies,
    deletions: reportDeletions(inv, Object.values(inv.cookies).filter(neverPresent)),
    storage,
    thirdParties,
    banner: facts.banner,
    links,
    coverage: coverageOf(inv, facts.notices),
    notices: facts.notices,
    findings: withinObservation(RULES.flatMap((rule) => rule.judge(facts)), ctx.environment.siteAccess, inv.limitsHit),
    notes: [...(ctx.environment.siteAccess === 'restricted' ? [RESTRICTED_ACCESS_NOTE] : []), ...(inv.limitsHit?.length ? [LIMITS_NOTE] : []), ...inv.notes],
    // The sites this tab left for this one: each its own audit, until the time the tab left it.
    ...(inv.earlier?.length ? { earlierAudits: inv.earlier.map((e) => audit({ ...e, earlier: undefined }, { ...ctx, now: e.updatedAt })) } : {}),
  };
}
