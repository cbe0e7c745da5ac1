/**
 * The types of the facts the rules judge (audit/facts.ts builds them,
 * audit/exemption.ts judges the audience tools among them): types only, so
 * that neither module imports the other's types back.
 */
import type { Vendor } from '../knowledge/types.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Category, FindingStatus, Party, ReportBanner, ReportCookie, ReportNotice } from '../report/types.ts';
import type { CookieRecord, HostRecord, Inventory, LinkCheck, LinkRecord, PageVisit, StorageRecord } from '../shared/inventory.ts';
import type { LinkCategory } from './links.ts';
import type { Classification } from './classify.ts';
import type { Bilingual } from './finding.ts';

export type ConditionId = 'purpose' | 'cross-site' | 'anonymous' | 'lifetime' | 'no-renewal' | 'exempt-mode';
export type ConditionStatus = FindingStatus;

export interface Condition {
  id: ConditionId;
  status: ConditionStatus;
  reasons: Bilingual[];
}

export interface ExemptionVerdict {
  status: 'pass' | 'fail' | 'manual';
  /** Why, the failing conditions first. */
  reasons: Bilingual[];
  conditions: Condition[];
}

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
  /** The privacy modes the tool stored in its cookies, by cookie ("exempt", "optin"…). */
  storedModes: { cookie: string; mode: string }[];
  /** Whether it can be exempt from consent as observed (judged once, read by several rules). */
  exemption: ExemptionVerdict;
  /** Seen before the first interaction (a cookie, a key or a hit): a failing condition is then a breach. */
  beforeConsent: boolean;
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
  banner: ReportBanner | null;
}
