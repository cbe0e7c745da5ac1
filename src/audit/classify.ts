/**
 * Classification of cookies, storage keys and hosts against the knowledge.
 * Order: Témoin's overlay (exact, then patterns), the Open Cookie Database
 * (exact, then prefixes, longest first; prefixes under 4 characters only on
 * their own domain), the tarteaucitron catalogue, then the vendor owning the
 * cookie's domain. Anything else is `unknown`: to review, never exempt.
 */
import type { Category } from '../report/types.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { CategoryCode, Row, Signature } from '../knowledge/types.ts';
import { MIN_FREE_PREFIX_LENGTH } from '../knowledge/constants.ts';
import { domainMatches } from './party.ts';

const CATEGORY: Record<CategoryCode, Exclude<Category, 'unknown'>> = { n: 'necessary', a: 'audience', d: 'advertising', s: 'social', f: 'functional', c: 'consent' };
const SOURCE = { o: 'overlay', d: 'open-cookie-database', t: 'tarteaucitron' } as const;

export interface Classification {
  category: Category;
  vendorId: string | null;
  vendorName: string | null;
  /** Vendor default lifetime in days; 'session'; null when unknown or configurable. */
  defaultLifetimeDays: number | 'session' | null;
  source: 'overlay' | 'open-cookie-database' | 'tarteaucitron' | 'vendor-domain' | null;
  /** The overlay row's source, when it came from the overlay. */
  reference: string | null;
}

/** Categories exempt from consent: a name inherits them only from a row that names it. */
const EXEMPT = new Set<Category>(['necessary', 'consent']);

const UNKNOWN: Classification = { category: 'unknown', vendorId: null, vendorName: null, defaultLifetimeDays: null, source: null, reference: null };

function fromRow(k: Knowledge, row: Row): Classification {
  const [cat, labelIdx, lifetime, , src, noteIdx] = row;
  const label = k.table.labels[labelIdx] ?? '';
  const vendor = k.vendors.get(label);
  return {
    category: CATEGORY[cat],
    vendorId: vendor ? vendor.id : null,
    vendorName: vendor ? vendor.name : label || null,
    defaultLifetimeDays: lifetime === -1 ? 'session' : lifetime,
    source: SOURCE[src],
    reference: noteIdx >= 0 ? (k.table.notes[noteIdx] ?? null) : null,
  };
}

/** A row with a domain hint applies on that domain; from the overlay, or for short names, only there. */
function rowApplies(row: Row, name: string, domain: string): 'match' | 'ok' | 'no' {
  const hint = row[3];
  if (!hint) return 'ok';
  if (domain && domainMatches(domain, hint)) return 'match';
  return row[4] === 'o' || name.length < MIN_FREE_PREFIX_LENGTH ? 'no' : 'ok';
}

function pick(rows: Row[] | undefined, name: string, domain: string, sources: string): Row | null {
  let fallback: Row | null = null;
  for (const row of rows ?? []) {
    if (!sources.includes(row[4])) continue;
    const a = rowApplies(row, name, domain);
    if (a === 'match') return row;
    if (a === 'ok') fallback ??= row;
  }
  return fallback;
}

let regexCache: { table: unknown; list: [RegExp, Row][] } | null = null;
function compiledPatterns(k: Knowledge): [RegExp, Row][] {
  if (regexCache?.table !== k.table) regexCache = { table: k.table, list: k.table.regex.map(([p, ...row]) => [new RegExp(p), row as Row]) };
  return regexCache.list;
}

export function vendorOfHost(k: Knowledge, host: string): string | null {
  for (const v of k.vendors.values()) if (v.domains.some((d) => domainMatches(host, d))) return v.id;
  return null;
}

/** Cookie or storage key name (+ its domain, without leading dot). */
export function classifyName(k: Knowledge, name: string, domain: string): Classification {
  const exact = k.table.exact[name];
  const overlayRow = pick(exact, name, domain, 'o');
  if (overlayRow) return fromRow(k, overlayRow);
  for (const [re, row] of compiledPatterns(k)) {
    if (re.test(name) && rowApplies(row, name, domain) !== 'no') return fromRow(k, row);
  }
  const ocdRow = pick(exact, name, domain, 'd');
  if (ocdRow) return fromRow(k, ocdRow);
  for (const [prefix, ...row] of k.table.prefix) {
    if (name.startsWith(prefix) && rowApplies(row as Row, prefix, domain) !== 'no') return fromRow(k, row as Row);
  }
  const tacRow = pick(exact, name, domain, 't');
  if (tacRow) return fromRow(k, tacRow);
  const vendorId = domain ? vendorOfHost(k, domain) : null;
  const vendor = vendorId ? k.vendors.get(vendorId)! : null;
  // An unknown name on a vendor's domain is that vendor's, but it inherits no exempt category: a consent
  // manager's or an SSO's other cookies may identify the visitor (to review, never presumed exempt).
  if (vendor) return { ...UNKNOWN, category: EXEMPT.has(vendor.category) ? 'unknown' : vendor.category, vendorId: vendor.id, vendorName: vendor.name, source: 'vendor-domain' };
  return UNKNOWN;
}

/** Does a request (host, path, query parameter names) belong to a known vendor? */
export function vendorOfRequest(k: Knowledge, host: string, paths: string[], params: string[]): string | null {
  const byDomain = vendorOfHost(k, host);
  if (byDomain) return byDomain;
  for (const v of k.vendors.values()) {
    for (const s of v.signatures) {
      if (paths.some((p) => pathMatches(s, p)) && (s.params ?? []).every((q) => params.includes(q))) return v.id;
    }
  }
  return null;
}

const patternCache = new Map<string, RegExp>();
function pathMatches(s: Signature, p: string): boolean {
  if (s.pattern) {
    let re = patternCache.get(s.pattern);
    if (!re) patternCache.set(s.pattern, (re = new RegExp(s.pattern)));
    return p.length <= 200 && re.test(p);
  }
  if (!s.path) return false;
  return p === s.path || (s.path.endsWith('/') ? p.startsWith(s.path) : p.endsWith(s.path));
}
