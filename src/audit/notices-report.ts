/** The notices[] section of the report: what each notice or cookie page visited says. */
import type { ReportNotice } from '../report/types.ts';
import type { Inventory } from '../shared/inventory.ts';

export function noticesOf(inv: Inventory): ReportNotice[] {
  const seen = new Set<string>();
  const out: ReportNotice[] = [];
  for (const p of inv.pages) {
    if (!p.notice || (p.role !== 'notice' && p.role !== 'cookies') || seen.has(p.url)) continue;
    seen.add(p.url);
    out.push({
      url: p.url,
      kind: p.role,
      language: p.notice.language,
      items: { ...p.notice.items },
      excerpts: { ...p.notice.excerpts },
      rights: [...p.notice.rights],
      cookieTools: [...p.notice.cookieTools],
      declaredAudienceRetentionMonths: p.notice.declaredAudienceRetentionMonths,
    });
  }
  return out;
}
