/**
 * The JSON report: a public interface that DPOs file as evidence and scripts
 * read. Its JSON Schema is report.schema.json (kept in step with this type by
 * test/unit/report-schema.test.ts); bump SCHEMA_VERSION on any change.
 */
import type { PageRole } from '../shared/inventory.ts';

export const SCHEMA_VERSION = '1.3.0';

export type Category = 'necessary' | 'audience' | 'advertising' | 'social' | 'functional' | 'consent' | 'unknown';
export type Party = 'first' | 'third';
export type FindingStatus = 'pass' | 'fail' | 'warn' | 'manual' | 'na';
export type Severity = 'high' | 'medium' | 'low' | 'info';

export interface ReportCookie {
  name: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  party: Party;
  category: Category;
  vendor: string | null;
  /** Where the category comes from: overlay, open-cookie-database, tarteaucitron, vendor-domain; null = unknown. */
  classifiedBy: string | null;
  session: boolean;
  /** Lifetime the site asked for (Set-Cookie or document.cookie), in days; null if unseen or session. */
  declaredLifetimeDays: number | null;
  /** Lifetime in the browser's cookie store (capped at 400 days), in days; null if session or not stored. */
  storedLifetimeDays: number | null;
  /** First seen before any user interaction with the audited pages. */
  setBeforeConsent: boolean;
  /** Expiry pushed forward on a later page visit. */
  renewedOnRevisit: boolean;
  /** null: only seen in the cookie store, the write itself was not observed. */
  source: 'http' | 'script' | null;
  partitioned: boolean;
  partitionKey: string | null;
  secure: boolean | null;
  httpOnly: boolean | null;
  sameSite: string | null;
  firstSeenAt: string;
  /** Number of writes of this cookie observed (Set-Cookie headers and script writes). */
  writes: number;
  /** Whether a later write carried a different value (a new identifier) — from hashes, never values. */
  valueChanged: boolean;
  /** True when the cookie was written but is not (or no longer) in the cookie store. */
  notStored: boolean;
}

export interface ReportStorage {
  origin: string;
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  key: string;
  category: Category;
  vendor: string | null;
  setBeforeConsent: boolean;
}

export interface ReportThirdParty {
  host: string;
  site: string;
  vendor: string | null;
  category: Category;
  requests: number;
  types: string[];
  params: string[];
  samples: string[];
}

export interface ReportBanner {
  detected: boolean;
  visible: boolean;
  cmp: string | null;
  buttons: { accept: boolean; reject: boolean; settings: boolean };
  consentCookie: { name: string; lifetimeDays: number | null } | null;
}

export interface ReportLink {
  category: string | null;
  text: string;
  href: string;
  page: string;
  inFooter: boolean;
  inShadowDom: boolean;
  hidden: boolean;
  /** true: `#`, empty, `javascript:` (not opening a consent manager), or the target answered 4xx/5xx or not at all; false: it answered; null: not checked. */
  dead: boolean | null;
  /** HTTP status of the target, fetched without cookies; null when not checked or no answer. */
  httpStatus: number | null;
}

export interface ReportNotice {
  url: string;
  /** A privacy notice or a cookie page. */
  kind: 'notice' | 'cookies';
  /** Read on a page the user visited, or fetched (without cookies) from a footer link. */
  source: 'page' | 'link';
  /** A PDF notice is located but not analysed. */
  format: 'html' | 'pdf';
  language: string | null;
  items: Record<string, boolean>;
  /** Short excerpts of the text, as evidence, per item found. */
  excerpts: Record<string, string>;
  /** Rights named: access, rectification, opposition, limitation, erasure, portability. */
  rights: string[];
  /** Tools its cookie section names. */
  cookieTools: string[];
  declaredAudienceRetentionMonths: number | null;
}

export interface Finding {
  rule: string;
  status: FindingStatus;
  severity: Severity;
  /** What the finding is about (a cookie, a tool), or null for the whole site. */
  subject: string | null;
  /** Plain French: what was found. */
  title: string;
  /** Facts observed, in French. */
  evidence: string[];
  /** What to do about it, in French; null when nothing is to be done. */
  fix: string | null;
  /** The texts the rule applies, quoted. */
  references: string[];
  /** The same in English. */
  en: { title: string; evidence: string[]; fix: string | null };
}

export interface ReportEnvironment {
  collectedBy: 'extension' | 'cli';
  userAgent: string | null;
  /** Filled by the command line: how it configured Chromium. */
  browser?: {
    name: string;
    version: string;
    headless: boolean;
    thirdPartyCookies: 'allowed' | 'blocked';
    webdriverFlagHidden: boolean;
    args: string[];
  };
}

export interface Report {
  schemaVersion: string;
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string;
  target: string;
  site: string;
  environment: ReportEnvironment;
  pages: { url: string; title: string; role: PageRole; visitedAt: string }[];
  cookies: ReportCookie[];
  storage: ReportStorage[];
  thirdParties: ReportThirdParty[];
  /** null: banner analysis not performed by this version. */
  banner: ReportBanner | null;
  links: ReportLink[];
  notices: ReportNotice[];
  findings: Finding[];
  /** What the collection could not see or had to skip (limits, malformed input). */
  notes: string[];
}
