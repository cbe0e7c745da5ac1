/**
 * The knowledge the audit reads: the generated cookie table, the vendor
 * table and the references cited by findings. Data, not code: see
 * sources/ and build.ts.
 */
import table from './generated/cookie-table.json' with { type: 'json' };
import vendorTable from './sources/vendors.json' with { type: 'json' };
import refs from './sources/references.json' with { type: 'json' };
import type { CookieTable, Vendor, VendorTable } from './types.ts';

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
