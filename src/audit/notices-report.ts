/**
 * The notices[] section of the report: what each notice or cookie page says,
 * whether the user visited it or it was fetched from a footer link; a PDF
 * notice is listed (located, not analysed).
 */
import type { ReportNotice } from '../report/types.ts';
import type { Inventory } from '../shared/inventory.ts';
import { NOTICE_ITEMS, type NoticeAnalysis } from './notice.ts';
import { noticeKind } from './links.ts';

const entry = (url: string, kind: ReportNotice['kind'], source: ReportNotice['source'], a: NoticeAnalysis, format: ReportNotice['format'] = 'html'): ReportNotice => ({
  url,
  kind,
  source,
  format,
  ...(format === 'pdf' ? { pdfRead: true } : {}),
  language: a.language,
  items: { ...a.items },
  itemStatus: { ...a.status },
  excerpts: { ...a.excerpts },
  retentions: a.retentions.map((r) => ({ ...r })),
  rights: [...a.rights],
  cookieTools: [...a.cookieTools],
  vendorsNamed: [...a.vendorsNamed],
  cookieClaims: { ...a.cookieClaims },
  declaredAudienceRetentionMonths: a.declaredAudienceRetentionMonths,
  cookieLifetimes: (a.cookieLifetimes ?? []).map((c) => ({ ...c })),
  ...(a.explainsRules ? { explainsRules: true } : {}),
});

export function noticesOf(inv: Inventory): ReportNotice[] {
  const out = new Map<string, ReportNotice>();
  for (const p of inv.pages) {
    if (p.notice && (p.role === 'notice' || p.role === 'cookies') && !out.has(p.url)) out.set(p.url, entry(p.url, p.role, 'page', p.notice));
  }
  for (const [url, c] of Object.entries(inv.linkChecks ?? {})) {
    if (out.has(url)) continue;
    const kind = noticeKind(c.category);
    if (c.notice) out.set(url, entry(url, c.notice.kind, 'link', c.notice.analysis, c.format === 'pdf' ? 'pdf' : 'html'));
    else if (c.format === 'pdf' && c.status !== null && c.status < 400 && kind) {
      out.set(url, {
        url,
        kind,
        source: 'link',
        format: 'pdf',
        language: null,
        items: Object.fromEntries(NOTICE_ITEMS.map((i) => [i, false])),
        itemStatus: Object.fromEntries(NOTICE_ITEMS.map((i) => [i, 'unclear' as const])),
        excerpts: {},
        retentions: [],
        rights: [],
        cookieTools: [],
        vendorsNamed: [],
        cookieClaims: { onlyNecessary: false, howToRefuse: false },
        declaredAudienceRetentionMonths: null,
      });
    }
  }
  // Link checks finish in any order: sort, so that two audits of the same
  // site list their notices alike (notice before cookie page, then by URL).
  const rank = (n: ReportNotice): number => (n.kind === 'notice' ? 0 : 1);
  return [...out.values()].sort((a, b) => rank(a) - rank(b) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
