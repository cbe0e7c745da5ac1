/**
 * The facts the rules judge: every cookie, storage key and host of the
 * inventory with its classification, and the audience-measurement tools in
 * use, each with the cookies, keys and hits that belong to it.
 */
import type { Knowledge } from '../knowledge/index.ts';
import type { Vendor } from '../knowledge/types.ts';
import type { Category, Party, ReportBanner, ReportCookie, ReportNotice } from '../report/types.ts';
import type { CookieRecord, HostRecord, Inventory, LinkCheck, LinkRecord, PageVisit, StorageRecord } from '../shared/inventory.ts';
import { exemption, type ExemptionVerdict } from './exemption.ts';
import { isDeadHref, linkCategory, type LinkCategory } from './links.ts';
import { classifyName, vendorOfRequest, type Classification } from './classify.ts';
import { partyOf } from './party.ts';
import { hostOf } from './url.ts';

export interface CookieFact {
  report: ReportCookie;
  record: CookieRecord;
  cls: Classification;
}
export interface StorageFact {
  record: StorageRecord;
  cls: Classification;
  beforeConsent: boolean;
}
export interface HostFact {
  record: HostRecord;
  party: Party;
  vendor: Vendor | null;
  category: Category;
  beforeConsent: boolean;
}

/** One audience-measurement tool seen on the site, and everything that belongs to it. */
export interface AudienceTool {
  key: string;
  name: string;
  vendor: Vendor | null;
  cookies: CookieFact[];
  storage: StorageFact[];
  hosts: HostFact[];
  /** Whether it can be exempt from consent as observed (judged once, read by several rules). */
  exemption: ExemptionVerdict;
}

/** The key of the audience tool a classified cookie or storage key belongs to. */
export const toolKey = (cls: Pick<Classification, 'vendorId' | 'vendorName'>): string => cls.vendorId ?? cls.vendorName ?? '?';

export interface LinkFact {
  record: LinkRecord;
  category: LinkCategory | null;
  /** `#`, `javascript:` (not a consent manager), or the target answered 4xx/5xx or not at all. */
  dead: boolean;
  /** What fetching the target found, when it was checked. */
  check: LinkCheck | null;
  page: PageVisit | null;
}

export interface AuditFacts {
  inv: Inventory;
  k: Knowledge;
  cookies: CookieFact[];
  storage: StorageFact[];
  hosts: HostFact[];
  audience: AudienceTool[];
  links: LinkFact[];
  notices: ReportNotice[];
  banner: ReportBanner | null;
}

export function linkFacts(inv: Inventory): LinkFact[] {
  return inv.links.map((record) => {
    const category = linkCategory(record.text, record.href);
    const check = inv.linkChecks?.[record.href] ?? null;
    const broken = check !== null && (check.status === null || check.status >= 400);
    return { record, category, dead: isDeadHref(record.href) || broken, check, page: inv.pages[record.page] ?? null };
  });
}

/**
 * Whether a tracker needs consent, by its category and, for audience
 * measurement, by its tool's exemption verdict: needs (advertising, social,
 * an audience tool that cannot be exempt as observed), conditional (another
 * audience tool: exempt only if every cookies.audience-* condition holds),
 * review (unknown or functional: never presumed exempt), exempt (necessary,
 * the consent choice itself).
 */
export type ConsentNeed = 'needs' | 'conditional' | 'review' | 'exempt';
export function consentNeed(category: Category, tool: string | null, audience: AudienceTool[]): ConsentNeed {
  if (category === 'advertising' || category === 'social') return 'needs';
  if (category === 'audience') return audience.some((t) => t.key === tool && t.exemption.status === 'fail') ? 'needs' : 'conditional';
  if (category === 'unknown' || category === 'functional') return 'review';
  return 'exempt';
}
/**
 * Only writes that expired the cookie at once were seen (they leave no
 * declared lifetime, and nothing in the store): a deletion, such as a CMP
 * cleaning up after a refusal, not a tracker set.
 */
export const isDeletion = (c: Pick<ReportCookie, 'notStored' | 'declaredLifetimeDays' | 'session'>): boolean => c.notStored && c.declaredLifetimeDays === null && !c.session;

export const needsConsentFlag = (n: ConsentNeed): boolean | null => (n === 'needs' ? true : n === 'exempt' ? false : null);

/** Seen before the first user interaction with the audited pages (the "before consent" snapshot). */
export const beforeConsent = (inv: Inventory, at: number): boolean => inv.firstInteractionAt === null || at < inv.firstInteractionAt;

export function hostFacts(inv: Inventory, k: Knowledge): HostFact[] {
  return Object.values(inv.hosts).map((record) => {
    const vendorId = vendorOfRequest(k, record.host, record.paths ?? [], record.params);
    const vendor = vendorId ? (k.vendors.get(vendorId) ?? null) : null;
    return { record, party: partyOf(record.host, inv.topHost), vendor, category: vendor?.category ?? 'unknown', beforeConsent: beforeConsent(inv, record.firstSeenAt) };
  });
}

export function storageFacts(inv: Inventory, k: Knowledge): StorageFact[] {
  return Object.values(inv.storage).map((record) => ({
    record,
    cls: classifyName(k, record.key, hostOf(record.origin)),
    beforeConsent: beforeConsent(inv, record.firstSeenAt),
  }));
}

export function audienceTools(k: Knowledge, cookies: CookieFact[], storage: StorageFact[], hosts: HostFact[]): AudienceTool[] {
  const tools = new Map<string, Omit<AudienceTool, 'exemption'>>();
  const tool = (key: string, name: string, vendor: Vendor | null) => {
    let t = tools.get(key);
    if (!t) tools.set(key, (t = { key, name, vendor, cookies: [], storage: [], hosts: [] }));
    return t;
  };
  const forCls = (cls: Classification) => {
    const vendor = cls.vendorId ? (k.vendors.get(cls.vendorId) ?? null) : null;
    // A tool counts as audience measurement by its vendor's category, or by the cookie's own.
    if (vendor?.category !== 'audience' && cls.category !== 'audience') return null;
    return tool(toolKey(cls), vendor?.name ?? cls.vendorName ?? '?', vendor);
  };
  for (const c of cookies) forCls(c.cls)?.cookies.push(c);
  for (const s of storage) forCls(s.cls)?.storage.push(s);
  for (const h of hosts) if (h.vendor?.category === 'audience') tool(h.vendor.id, h.vendor.name, h.vendor).hosts.push(h);
  return [...tools.values()].map((t) => ({ ...t, exemption: exemption(t) })).sort((a, b) => a.name.localeCompare(b.name));
}
