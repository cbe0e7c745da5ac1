/** Shapes of the knowledge tables (sources and generated). */
import type { Category } from '../report/types.ts';

export type Lifetime = number | 'session' | null;

export interface Signature {
  /** Path that identifies the vendor's requests: the path's end, or its start when it ends with "/". */
  path?: string;
  /** Or a pattern of the whole path (anchored), for tags whose file name changes (Eulerian). */
  pattern?: string;
  /** Query parameters that must all be present for the signature to match. */
  params?: string[];
}

export interface Vendor {
  id: string;
  name: string;
  category: Category;
  /** Reuses the data for its own purposes: never exempt from consent. */
  reusesData: boolean;
  /** A consent-exempt configuration exists (true), does not (false), or is not established (null). */
  exemptCapable: boolean | null;
  domains: string[];
  signatures: Signature[];
  /** Query or body keys whose presence means a user id is sent (statistics not anonymous). */
  userIdParams: string[];
  /** Cookies or storage keys whose presence means an identified visitor. */
  identifiedCookies: string[];
  /** key=value pairs in hits that show the exempt mode is on. */
  exemptMarkers: { key: string; value: string }[];
  creationTimestampParam?: string;
  /** How to find the visitor identifier (and its creation time) in its cookies' values: see audit/identifier.ts. */
  identifiers?: { cookie: string; id: string; created?: string; source: string }[];
  /** Cookies that store the tool's privacy mode (an enumeration, not an identifier), and the modes that are its exempt mode. */
  privacyModes?: { exempt: string[]; cookies: { cookie: string; mode: string; source: string }[] };
  ocdPlatforms: string[];
  sources: string[];
}

export interface VendorTable {
  vendors: Vendor[];
  ocdConsentPlatforms: string[];
  /** Which "Functional" rows of a consent platform store the user's choice, from their OCD description. */
  ocdConsentChoice: { stores: string; not: string; source: string };
}

export interface OverlayEntry {
  name: string;
  match: 'exact' | 'prefix' | 'regex';
  category: Exclude<Category, 'unknown'>;
  vendor: string | null;
  lifetimeDays: Lifetime;
  source: string;
  note?: string;
  domain?: string;
}

/** Generated table: see build.ts for how it is made. */
export type CategoryCode = 'n' | 'a' | 'd' | 's' | 'f' | 'c';
export type SourceCode = 'o' | 'd' | 't';
/** [category, label index, lifetime (days, -1 = session, null = unknown), domain hint or '', source, note index or -1] */
export type Row = [CategoryCode, number, number | null, string, SourceCode, number];

export interface CookieTable {
  generatedBy: string;
  sources: { id: SourceCode; name: string; licence: string; version: string; url: string }[];
  /** Vendor ids (for vendors in vendors.json) or OCD platform / tarteaucitron service names. */
  labels: string[];
  /** Sources of overlay rows and notes, by index. */
  notes: string[];
  exact: Record<string, Row[]>;
  prefix: [string, ...Row][];
  regex: [string, ...Row][];
  counts: Record<string, number>;
}
