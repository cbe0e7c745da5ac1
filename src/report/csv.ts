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

export const csvLine = (fields: unknown[]) => fields.map(csvField).join(',');

export const TRACKER_COLUMNS = ['kind', 'name', 'domain_or_origin', 'party', 'category', 'vendor', 'needs_consent', 'declared_days', 'stored_days', 'session', 'before_consent', 'requests'] as const;

const days = (d: number | null) => (d === null ? '' : Math.round(d * 1000) / 1000);
const flag = (b: boolean | null) => (b === null ? '' : b ? 'yes' : 'no');

export function reportToCsv(r: Report): string {
  const rows = [
    ...r.cookies.map((c) => ['cookie', c.name, c.domain, c.party, c.category, c.vendor ?? '', flag(c.needsConsent), days(c.declaredLifetimeDays), days(c.storedLifetimeDays), flag(c.session), flag(c.setBeforeConsent), '']),
    ...r.storage.map((s) => [s.area, s.key, s.origin, '', s.category, s.vendor ?? '', flag(s.needsConsent), '', '', '', flag(s.setBeforeConsent), '']),
    ...r.thirdParties.map((t) => ['host', t.host, t.site, 'third', t.category, t.vendor ?? '', flag(t.needsConsent), '', '', '', '', t.requests]),
  ];
  return '\ufeff' + [csvLine([...TRACKER_COLUMNS]), ...rows.map(csvLine)].join('\r\n') + '\r\n';
}
