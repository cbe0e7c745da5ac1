/**
 * CSV exports (RFC 4180, UTF-8 with a BOM so that spreadsheets read the
 * accents): one row per cookie, storage key and third-party host. Spreadsheet
 * formula injection is neutralised: names come from hostile pages.
 */
import type { Report } from './types.ts';

/**
 * One CSV field, with every formula start defused: at its beginning (after
 * any blanks) and after each `,` or `;` inside it, since a spreadsheet set to
 * the other separator may split the field there.
 */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  s = s.replace(/^(\s*)([=+\-@\t\r])/, "$1'$2").replace(/([,;]\s*)([=+\-@])/g, "$1'$2");
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The separator: `;` where a spreadsheet reads French (Excel and LibreOffice
 * in a French locale take `,` as the decimal mark and split on `;`), `,`
 * elsewhere. A field holding either is quoted whatever the separator.
 */
export type CsvSeparator = ',' | ';' | '\t';
export const defaultCsvSeparator = (lang: 'fr' | 'en'): CsvSeparator => (lang === 'fr' ? ';' : ',');

export const csvLine = (fields: unknown[], sep: CsvSeparator = ',') => fields.map((f) => csvFieldFor(f, sep)).join(sep);

function csvFieldFor(v: unknown, sep: CsvSeparator): string {
  const f = csvField(v);
  // A tab-separated line quotes tabs too; a number keeps its point (ISO, not a locale's comma).
  return sep === '\t' && /\t/.test(f) && !f.startsWith('"') ? `"${f.replace(/"/g, '""')}"` : f;
}

export const TRACKER_COLUMNS = ['kind', 'name', 'domain_or_origin', 'party', 'category', 'vendor', 'needs_consent', 'declared_days', 'stored_days', 'session', 'before_consent', 'requests'] as const;

const days = (d: number | null) => (d === null ? '' : Math.round(d * 1000) / 1000);
const flag = (b: boolean | null) => (b === null ? '' : b ? 'yes' : 'no');

export function reportToCsv(r: Report, sep: CsvSeparator = ','): string {
  const rows = [
    ...r.cookies.map((c) => ['cookie', c.name, c.domain, c.party, c.category, c.vendor ?? '', flag(c.needsConsent), days(c.declaredLifetimeDays), days(c.storedLifetimeDays), flag(c.session), flag(c.setBeforeConsent), '']),
    ...r.storage.map((s) => [s.area, s.key, s.origin, '', s.category, s.vendor ?? '', flag(s.needsConsent), '', '', '', flag(s.setBeforeConsent), '']),
    ...r.thirdParties.map((t) => ['host', t.host, t.site, 'third', t.category, t.vendor ?? '', flag(t.needsConsent), '', '', '', '', t.requests]),
  ];
  return '\ufeff' + [csvLine([...TRACKER_COLUMNS], sep), ...rows.map((row) => csvLine(row, sep))].join('\r\n') + '\r\n';
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes), with its separator: what csvLine writes, read back. */
export function parseCsv(text: string, sep: string = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim()));
}
