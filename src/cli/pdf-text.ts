/**
 * The text of a PDF notice, for the command line (many ENT and vendor notices
 * are PDFs). pdfjs-dist is loaded only when a PDF is met; the text is read
 * line by line (items of the same baseline joined), bounded, and never kept:
 * only its analysis goes into the report. A page's running header or footer
 * (the title repeated on each page, "Page 2 sur 5") is left out: read as a
 * heading, it would cut the section it falls in.
 */
import { MAX_NOTICE_CHARS, PDF_LIMITS } from '../shared/limits.ts';


export async function pdfText(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength > PDF_LIMITS.bytes) throw new Error('PDF trop volumineux / PDF too large');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[][] = [];
    let length = 0;
    for (let p = 1; p <= Math.min(doc.numPages, PDF_LIMITS.pages) && length < MAX_NOTICE_CHARS; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const lines: string[] = [];
      let line = '';
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (lastY !== null && Math.abs(y - lastY) > 2) {
          lines.push(line.trim());
          line = '';
        }
        line += item.str + (item.hasEOL ? '\n' : '');
        lastY = y;
      }
      if (line.trim()) lines.push(line.trim());
      pages.push(lines);
      length += lines.reduce((n, l) => n + l.length + 1, 0);
      page.cleanup();
    }
    // No blank line between pages: a sentence that goes on over the page is read whole.
    return withoutRunningLines(pages)
      .flat()
      .join('\n')
      .slice(0, MAX_NOTICE_CHARS);
  } finally {
    await doc.destroy();
  }
}

/** A page number on its own line: "3", "Page 3", "3/5", "Page 3 sur 5", "Page 3 of 5", "- 3 -". */
const PAGE_NUMBER = /^[-–—\s]*(page|p\.)?\s*\d{1,4}\s*((\/|sur|of|de)\s*\d{1,4})?[-–—\s]*$/i;
/** How many lines at the top and at the bottom of a page can be a running header or footer. */
const EDGE_LINES = 3;

/**
 * The pages without their running headers and footers: a page number, or a line
 * near the top or the bottom of a page that comes back on at least half the pages
 * (two at least), its figures aside ("Politique RGPD – version 2 – page 3").
 */
export function withoutRunningLines(pages: string[][]): string[][] {
  const key = (l: string) => l.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const edges = (lines: string[]) => {
    const nonEmpty = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim());
    return new Set([...nonEmpty.slice(0, EDGE_LINES), ...nonEmpty.slice(-EDGE_LINES)].map(([, i]) => i));
  };
  const seen = new Map<string, number>();
  for (const lines of pages) for (const k of new Set([...edges(lines)].map((i) => key(lines[i]!)))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const running = (l: string) => pages.length >= 2 && (seen.get(key(l)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edge = edges(lines);
    return lines.filter((l, i) => !(edge.has(i) && (PAGE_NUMBER.test(l) || running(l))));
  });
}
