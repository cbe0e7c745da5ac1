/**
 * Who audited (`report.auditor`): what the person typed, on the command line
 * (`--auditor`) or in the popup, never guessed. One reading of it for both.
 */
import { MAX_AUDITOR_CHARS } from '../shared/limits.ts';
import type { Report } from './types.ts';

/** The name as typed, its runs of blanks (line breaks included) made single spaces, trimmed. */
export const auditorName = (raw: string): string => raw.replace(/\s+/g, ' ').trim();

/** The report with who audited, when someone was named (clipped to the schema's length); else the report unchanged. */
export function withAuditor(report: Report, raw: string | null | undefined): Report {
  const who = auditorName(raw ?? '').slice(0, MAX_AUDITOR_CHARS);
  return who ? { ...report, auditor: who } : report;
}
