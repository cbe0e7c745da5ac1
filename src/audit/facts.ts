/**
 * The facts the rules judge: every cookie, storage key and host of the
 * inventory with its classification, and the audience-measurement tools in
 * use, each with the cookies, keys and hits that belong to it.
 */
import type { Knowledge } from '../knowledge/index.ts';
import type { Vendor } from '../knowledge/types.ts';
import type { Category, Party, ReportCookie } from '../report/types.ts';
import type { CookieRecord, HostRecord, Inventory, LinkCheck, LinkRecord, PageVisit, StorageRecord } from '../shared/inventory.ts';
import type { ReportNotice } from '../report/types.ts';
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
}

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
}

export function linkFacts(inv: Inventory): LinkFact[] {
  return inv.links.map((record) => {
    const category = linkCategory(record.text, record.href);
    const check = inv.linkChecks?.[record.href] ?? null;
    const broken = check !== null && (check.status === null || check.status >= 400);
    return { record, category, dead: isDeadHref(record.href) || broken, check, page: inv.pages[record.page] ?? null };
  });
}

const before = (inv: Inventory, at: number) => inv.firstInteractionAt === null || at < inv.firstInteractionAt;

export function hostFacts(inv: Inventory, k: Knowledge): HostFact[] {
  return Object.values(inv.hosts).map((record) => {
    const vendorId = vendorOfRequest(k, record.host, record.paths ?? [], record.params);
    const vendor = vendorId ? (k.vendors.get(vendorId) ?? null) : null;
    return { record, party: partyOf(record.host, inv.topHost), vendor, category: vendor?.category ?? 'unknown', beforeConsent: before(inv, record.firstSeenAt) };
  });
}

export function storageFacts(inv: Inventory, k: Knowledge): StorageFact[] {
  return Object.values(inv.storage).map((record) => ({
    record,
    cls: classifyName(k, record.key, hostOf(record.origin)),
    beforeConsent: before(inv, record.firstSeenAt),
  }));
}

export function audienceTools(k: Knowledge, cookies: CookieFact[], storage: StorageFact[], hosts: HostFact[]): AudienceTool[] {
  const tools = new Map<string, AudienceTool>();
  const tool = (key: string, name: string, vendor: Vendor | null) => {
    let t = tools.get(key);
    if (!t) tools.set(key, (t = { key, name, vendor, cookies: [], storage: [], hosts: [] }));
    return t;
  };
  const forCls = (cls: Classification) => {
    const vendor = cls.vendorId ? (k.vendors.get(cls.vendorId) ?? null) : null;
    // A tool counts as audience measurement by its vendor's category, or by the cookie's own.
    if ((vendor?.category ?? cls.category) !== 'audience' && cls.category !== 'audience') return null;
    return tool(vendor?.id ?? cls.vendorName ?? '?', vendor?.name ?? cls.vendorName ?? '?', vendor);
  };
  for (const c of cookies) forCls(c.cls)?.cookies.push(c);
  for (const s of storage) forCls(s.cls)?.storage.push(s);
  for (const h of hosts) if (h.vendor?.category === 'audience') tool(h.vendor.id, h.vendor.name, h.vendor).hosts.push(h);
  return [...tools.values()].sort((a, b) => a.name.localeCompare(b.name));
}
