/**
 * The facts the rules judge: every cookie, storage key and host of the
 * inventory with its classification, and the audience-measurement tools in
 * use, each with the cookies, keys and hits that belong to it.
 */
import type { Knowledge } from '../knowledge/index.ts';
import type { Vendor } from '../knowledge/types.ts';
import type { Category } from '../report/types.ts';
import type { CookieRecord, Inventory, LinkRecord } from '../shared/inventory.ts';
import { exemption } from './exemption.ts';
import type { AudienceTool, CookieFact, HostFact, LinkFact, StorageFact } from './fact-types.ts';
import { isDeadHref, linkCategory } from './links.ts';
import { classifyName, vendorOfRequest, type Classification } from './classify.ts';
import { partyOf } from './party.ts';
import { hostOf } from './url.ts';

export type { AudienceTool, AuditFacts, CookieFact, HostFact, LinkFact, StorageFact } from './fact-types.ts';

/** The key of the audience tool a classified cookie or storage key belongs to. */
export const toolKey = (cls: Pick<Classification, 'vendorId' | 'vendorName'>): string => cls.vendorId ?? cls.vendorName ?? '?';


/**
 * The links of the audited pages, and the entries that reopen the consent
 * manager's panel (usually a button or a `#` link: present, not dead; the
 * page's script opens the panel, Témoin never clicks).
 */
export function linkFacts(inv: Inventory): LinkFact[] {
  const links: LinkFact[] = inv.links.map((record) => {
    const category = linkCategory(record.text, record.href);
    const check = inv.linkChecks?.[record.checkKey ?? record.href] ?? null;
    const broken = check !== null && (check.status === null || check.status >= 400);
    const deadHref = category !== 'consent-settings' && isDeadHref(record.href);
    return { record, category, dead: deadHref || broken, check, page: inv.pages[record.page] ?? null };
  });
  inv.pages.forEach((page, index) => {
    for (const m of page.manage ?? []) {
      if (links.some((l) => l.record.page === index && l.record.text === m.text)) continue;
      const record: LinkRecord = { text: m.text, href: '', page: index, inFooter: false, inShadowDom: false, hidden: !m.visible };
      links.push({ record, category: 'consent-settings', dead: false, check: null, page });
    }
  });
  return links;
}

/**
 * Whether a tracker needs consent, by its category and, for audience
 * measurement, by its tool's exemption verdict: needs (advertising, social,
 * an audience tool that fails a condition of the exemption as observed, or
 * that Témoin does not know), conditional (an audience tool exempt only if
 * the conditions the browser cannot see hold too), review (unknown or
 * functional: never presumed exempt), exempt (necessary, the consent choice
 * itself).
 */
export type ConsentNeed = 'needs' | 'conditional' | 'review' | 'exempt';
export function consentNeed(category: Category, tool: string | null, audience: AudienceTool[]): ConsentNeed {
  if (category === 'advertising' || category === 'social') return 'needs';
  if (category === 'audience') {
    const t = audience.find((x) => x.key === tool);
    // An audience name outside any judged tool cannot be shown exempt.
    return !t || t.exemption.status === 'fail' ? 'needs' : 'conditional';
  }
  if (category === 'unknown') {
    // An unknown name of a known audience vendor belongs to that tool (see audienceTools).
    const t = audience.find((x) => x.key === tool && x.vendor !== null);
    return !t ? 'review' : t.exemption.status === 'fail' ? 'needs' : 'conditional';
  }
  if (category === 'functional') return 'review';
  return 'exempt';
}
/**
 * A cookie the audit never saw present: every write seen expired it at once
 * (Max-Age ≤ 0, an Expires in the past), or the page removed it before any
 * write or store change was seen. A deletion, such as a library cleaning up,
 * not a tracker: it is reported among the deletions, not the cookies.
 */
export const neverPresent = (c: Pick<CookieRecord, 'stored' | 'history'>): boolean => !c.stored && !c.history.some((e) => e.kind === 'set' || e.kind === 'stored');
/** The last removal of a cookie the audit saw: a deleting write, or a removal from the store. */
export const lastRemoval = (c: Pick<CookieRecord, 'history'>) => c.history.findLast((e) => e.kind === 'removed');

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

export function audienceTools(k: Knowledge, inv: Inventory, cookies: CookieFact[], storage: StorageFact[], hosts: HostFact[]): AudienceTool[] {
  const tools = new Map<string, Omit<AudienceTool, 'exemption' | 'beforeConsent' | 'storedModes'>>();
  const tool = (key: string, name: string, vendor: Vendor | null) => {
    let t = tools.get(key);
    if (!t) tools.set(key, (t = { key, name, vendor, cookies: [], storage: [], hosts: [] }));
    return t;
  };
  const forCls = (cls: Classification) => {
    const vendor = cls.vendorId ? (k.vendors.get(cls.vendorId) ?? null) : null;
    // A measurement cookie or key, or an unknown name of an audience vendor; not the vendor's consent,
    // opt-out or session-technical cookies (Matomo's mtm_consent, AT Internet's atauthority).
    const measures = cls.category === 'audience' || (cls.category === 'unknown' && vendor?.category === 'audience');
    if (!measures) return null;
    return tool(toolKey(cls), vendor?.name ?? cls.vendorName ?? '?', vendor);
  };
  for (const c of cookies) forCls(c.cls)?.cookies.push(c);
  for (const s of storage) forCls(s.cls)?.storage.push(s);
  for (const h of hosts) if (h.vendor?.category === 'audience') tool(h.vendor.id, h.vendor.name, h.vendor).hosts.push(h);
  // The privacy mode a tool stores may sit in a cookie that is not a measurement one (AT Internet's atauthority).
  const storedModes = (vendor: Vendor | null) =>
    vendor ? cookies.filter((c) => c.cls.vendorId === vendor.id && c.record.privacyMode).map((c) => ({ cookie: c.report.name, mode: c.record.privacyMode! })) : [];
  return [...tools.values()]
    .map((found) => {
      const t = { ...found, storedModes: storedModes(found.vendor) };
      return {
        ...t,
        beforeConsent: t.cookies.some((c) => c.report.setBeforeConsent) || t.storage.some((s) => s.beforeConsent) || t.hosts.some((h) => h.beforeConsent),
        exemption: exemption(t, inv),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
