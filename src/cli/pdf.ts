/**
 * The printable report as a PDF (`--format pdf`), printed by Chromium itself
 * (`page.pdf`) from the same HTML as `--format html`, with the site, the
 * date, Témoin's version and page numbers in the header and footer.
 */
import type { BrowserContext } from 'playwright-core';
import { chromium } from './playwright.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../report/types.ts';
import { escapeHtml, localDateTime } from '../report/html.ts';
import { findChromium, QUIET_FLAGS, sandboxUsable } from './chromium.ts';

export async function renderPdf(context: BrowserContext, report: Report, html: string, path: string, lang: 'fr' | 'en'): Promise<void> {
  const page = await context.newPage();
  try {
    // The report's HTML carries its own strict CSP and no script: nothing of it runs.
    await page.setContent(html, { waitUntil: 'load' });
    const small = 'font-size:8px;color:#555;width:100%;padding:0 12mm;display:flex;justify-content:space-between;font-family:system-ui,sans-serif';
    await page.pdf({
      path,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
      headerTemplate: `<div style="${small}"><span>Témoin — ${escapeHtml(report.site)}</span><span>${escapeHtml(localDateTime(report.finishedAt, lang))}</span></div>`,
      footerTemplate: `<div style="${small}"><span>Témoin ${escapeHtml(report.tool.version)}</span><span>Page <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await page.close();
  }
}

/** A PDF when no audit browser is running any more (after the scenarios): a plain headless Chromium, without the extension. */
export async function renderPdfStandalone(report: Report, html: string, path: string, lang: 'fr' | 'en', sandbox = sandboxUsable()): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'temoin-pdf-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: findChromium(), headless: true, chromiumSandbox: sandbox, args: [...QUIET_FLAGS] });
  try {
    await renderPdf(context, report, html, path, lang);
  } finally {
    await context.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
