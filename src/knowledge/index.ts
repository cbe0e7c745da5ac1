/**
 * The knowledge the audit reads: the generated cookie table, the vendor
 * table and the references cited by findings. Data, not code: see
 * sources/ and build.ts.
 */
import table from './generated/cookie-table.json' with { type: 'json' };
import vendorTable from './sources/vendors.json' with { type: 'json' };
import refs from './sources/references.json' with { type: 'json' };
import type { CookieTable, Vendor, VendorTable } from './types.ts';
import { shortHash } from '../audit/hash.ts';

export interface Knowledge {
  table: CookieTable;
  vendors: Map<string, Vendor>;
  references: Record<string, string>;
  /** Query / body keys whose values are recorded (non-identifying enumerations such as privacy modes). */
  observedKeys: string[];
}

export function makeKnowledge(t: CookieTable, v: VendorTable, references: Record<string, string>): Knowledge {
  const vendors = new Map(v.vendors.map((x) => [x.id, x]));
  const observedKeys = [...new Set(v.vendors.flatMap((x) => x.exemptMarkers.map((m) => m.key)))];
  return { table: t, vendors, references, observedKeys };
}

export const KNOWLEDGE: Knowledge = makeKnowledge(table as unknown as CookieTable, vendorTable as unknown as VendorTable, refs.references);

/** What the knowledge was built from, for a report to say: each source's version, and a fingerprint of the tables. */
export interface KnowledgeVersion {
  /** Each source of the cookie table by id, with its version (the Open Cookie Database commit, tarteaucitron's release). */
  sources: { name: string; version: string }[];
  /** A short fingerprint of the cookie and vendor tables as shipped (FNV-1a): two reports with the same one used the same tables. */
  fingerprint: string;
}

let version: KnowledgeVersion | null = null;
export function knowledgeVersion(k: Knowledge = KNOWLEDGE): KnowledgeVersion {
  if (version && k === KNOWLEDGE) return version;
  const v = { sources: k.table.sources.map((s) => ({ name: s.name, version: s.version })), fingerprint: shortHash(JSON.stringify(k.table) + JSON.stringify([...k.vendors.values()])) };
  if (k === KNOWLEDGE) version = v;
  return v;
}
