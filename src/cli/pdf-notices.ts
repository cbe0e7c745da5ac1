/**
 * PDF notices, read by the command line: the extension finds a privacy or
 * cookie notice published as a PDF but cannot read it (it says "manual
 * check"); the command line fetches that PDF through the audit's own browser
 * (same network, same host rules, no cookies), reads its text here, and hands
 * the extension only the analysis, which it judges like any notice.
 *
 * Only a PDF on the audited site is fetched, at an address the report holds
 * unmasked: a masked address (a token in it) is not guessed.
 */
import type { ExtensionHandle } from './driver.ts';
import { getReport } from './driver.ts';
import { pdfText } from './pdf-text.ts';
import { PDF_LIMITS } from '../shared/limits.ts';
import { analyseNotice } from '../audit/notice.ts';
import { siteOf } from '../audit/party.ts';
import { parseUrl } from '../audit/url.ts';
import type { Report } from '../report/types.ts';


/** Whether the command line may fetch this PDF for this report: http(s), on the audited site, not masked, not an IP address. */
export function pdfFetchable(url: string, site: string): boolean {
  if (url.includes('…')) return false;
  const u = parseUrl(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return false;
  if (/^\[|^\d+(\.\d+){3}$/.test(u.hostname)) return false;
  return siteOf(u.hostname) === site;
}

/** Fetches a PDF from the extension's page: bounded in size and time, without cookies; the final address must stay on the site. */
async function fetchPdf(ext: ExtensionHandle, url: string, site: string, timeoutMs: number): Promise<Uint8Array> {
  const got = await ext.page.evaluate(
    async ({ url, max, timeoutMs }) => {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), timeoutMs);
      try {
        const res = await fetch(url, { credentials: 'omit', cache: 'no-store', signal: ctrl.signal });
        if (!res.ok || !res.body) return { error: `HTTP ${res.status}`, finalUrl: res.url };
        const reader = res.body.getReader();
        const parts: Uint8Array[] = [];
        let size = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > max) {
            await reader.cancel();
            return { error: 'too-large', finalUrl: res.url };
          }
          parts.push(value);
        }
        let bin = '';
        for (const p of parts) for (let i = 0; i < p.length; i += 0x8000) bin += String.fromCharCode(...p.subarray(i, i + 0x8000));
        return { base64: btoa(bin), finalUrl: res.url };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e), finalUrl: url };
      } finally {
        clearTimeout(timer);
      }
    },
    { url, max: PDF_LIMITS.bytes, timeoutMs },
  );
  if (!pdfFetchable(got.finalUrl, site)) throw new Error('redirigé hors du site / redirected off the site');
  if ('error' in got) throw new Error(got.error === 'too-large' ? 'PDF trop volumineux / PDF too large' : got.error);
  return new Uint8Array(Buffer.from(got.base64, 'base64'));
}

/**
 * Reads the PDF notices of a report the extension could not read, and returns
 * the report made again with their analyses. A PDF that cannot be read stays a
 * manual check, with a note saying why.
 */
export async function readPdfNotices(ext: ExtensionHandle, tabId: number, report: Report, timeoutMs = 20_000): Promise<Report> {
  const pending = report.notices.filter((n) => n.format === 'pdf' && !n.pdfRead).slice(0, PDF_LIMITS.perAudit);
  if (pending.length === 0) return report;
  const notes: string[] = [];
  let recorded = 0;
  for (const n of pending) {
    if (!pdfFetchable(n.url, report.site)) {
      notes.push(`Notice PDF non lue : ${n.url} n'est pas sur le site audité ou son adresse est masquée / PDF notice not read: not on the audited site or its address is masked`);
      continue;
    }
    try {
      const text = await pdfText(await fetchPdf(ext, n.url, report.site, timeoutMs));
      if (text.trim().length < 40) throw new Error('aucun texte (PDF scanné ?) / no text (scanned PDF?)');
      const r = await ext.ask({ type: 'record-pdf-notice', tabId, url: n.url, analysis: analyseNotice(text) });
      if (!r?.ok) throw new Error(r?.error ?? 'refused');
      recorded++;
    } catch (e) {
      const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      notes.push(`Notice PDF non lue : ${n.url} (${why}) / PDF notice not read`);
    }
  }
  const out = recorded > 0 ? await getReport(ext, tabId) : report;
  out.notes.push(...notes);
  return out;
}
