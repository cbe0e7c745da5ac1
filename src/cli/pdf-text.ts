/**
 * The text of a PDF notice, for the command line (many ENT and vendor notices
 * are PDFs). pdfjs-dist is loaded only when a PDF is met; the text is read
 * line by line (items of the same baseline joined), bounded, and never kept:
 * only its analysis goes into the report.
 */
import { MAX_NOTICE_CHARS, PDF_LIMITS } from '../shared/limits.ts';


export async function pdfText(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength > PDF_LIMITS.bytes) throw new Error('PDF trop volumineux / PDF too large');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const lines: string[] = [];
    let length = 0;
    for (let p = 1; p <= Math.min(doc.numPages, PDF_LIMITS.pages) && length < MAX_NOTICE_CHARS; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
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
      lines.push('');
      length = lines.reduce((n, l) => n + l.length + 1, 0);
      page.cleanup();
    }
    return lines.join('\n').slice(0, MAX_NOTICE_CHARS);
  } finally {
    await doc.destroy();
  }
}
