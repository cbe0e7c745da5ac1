/** JSON export of a report: validated against the published schema first. */
import validate from 'virtual:report-validator';
import type { Report } from './types.ts';

export type ExportResult = { ok: true; json: string; filename: string } | { ok: false; errors: string[] };

/** The name every export of a report starts with: `temoin-<site>-<finished at>`. */
export function reportStem(report: Report): string {
  const stamp = report.finishedAt.replace(/[:]/g, '-').replace(/\..*$/, '');
  return `temoin-${report.site.replace(/[^a-z0-9.-]/gi, '_')}-${stamp}`;
}

export function exportJson(report: Report): ExportResult {
  if (!validate(report)) {
    return { ok: false, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()) };
  }
  return { ok: true, json: JSON.stringify(report, null, 2), filename: `${reportStem(report)}.json` };
}
