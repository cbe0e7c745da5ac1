/** JSON export of a report: validated against the published schema first. */
import validate from 'virtual:report-validator';
import type { Report } from './types.ts';

export type ExportResult = { ok: true; json: string; filename: string } | { ok: false; errors: string[] };

export function exportJson(report: Report): ExportResult {
  if (!validate(report)) {
    return { ok: false, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()) };
  }
  const stamp = report.finishedAt.replace(/[:]/g, '-').replace(/\..*$/, '');
  const site = report.site.replace(/[^a-z0-9.-]/gi, '_');
  return { ok: true, json: JSON.stringify(report, null, 2), filename: `temoin-${site}-${stamp}.json` };
}
