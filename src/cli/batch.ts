/**
 * Batch audit: many sites, each in its own fresh browser, a few at a time.
 * One failing or hanging site never stops the batch: it is reported with its
 * error. Each site gets a JSON and an HTML report; the batch a CSV summary and
 * an HTML index. A site whose JSON report is already in the output folder is
 * skipped unless `force`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorLine, runAudit } from './run-audit.ts';
import { auditWithScenarios, scenariosSideBySide } from './scenarios.ts';
import { validateReport } from './validate.ts';
import { fileStem } from './batch-list.ts';
import { csvLine, parseCsv, type CsvSeparator } from '../report/csv.ts';
import { plainError, sha256, writeManifest, writeWithDigest } from './outputs.ts';
import { escapeHtml, reportToHtml } from '../report/html.ts';
import { STATUS_LABEL } from '../report/status.ts';
import { maskUrl } from '../audit/mask-url.ts';
import type { Report } from '../report/types.ts';
import { withAuditor } from '../report/auditor.ts';

export interface SiteResult {
  url: string;
  stem: string;
  status: 'ok' | 'error' | 'skipped';
  error?: string;
  report?: Report;
  seconds: number;
}

export interface BatchOptions {
  urls: string[];
  outDir: string;
  extensionDir: string;
  concurrency: number;
  timeoutSeconds: number;
  force: boolean;
  browserArgs: string[];
  /** Chromium's sandbox; on by default. */
  sandbox?: boolean;
  /** The summary CSV's separator (',' by default). */
  csvSeparator?: CsvSeparator;
  /** Who audited (--auditor), written into every report. */
  auditor?: string;
  lang: 'fr' | 'en';
  /** Also run the reject / accept scenarios for each site (three browsers per site). */
  scenarios?: boolean;
  /** Visit the login page each site links to when it was not seen (on by default). */
  followLogin?: boolean;
  onSite?: (done: SiteResult, counts: { done: number; total: number; ok: number; error: number; skipped: number; elapsedMs: number }) => void;
}

function previous(path: string): Report | null {
  if (!existsSync(path)) return null;
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return validateReport(r).ok ? (r as Report) : null;
  } catch {
    return null;
  }
}

async function auditOne(url: string, o: BatchOptions): Promise<SiteResult> {
  const stem = fileStem(url);
  const jsonPath = join(o.outDir, `${stem}.json`);
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  if (!o.force) {
    const done = previous(jsonPath);
    if (done) return { url, stem, status: 'skipped', report: done, seconds: 0 };
  }
  const ctrl = new AbortController();
  // A hard limit per site, beyond the audit's own waits: a hanging site is stopped, not waited for.
  const timer = setTimeout(() => ctrl.abort(new Error(`délai dépassé (${o.timeoutSeconds} s) / timed out`)), (o.timeoutSeconds * (o.scenarios ? 3 : 1) + 15) * 1000);
  try {
    const timeoutMs = o.timeoutSeconds * 1000;
    const audit = () => runAudit({ url, extensionDir: o.extensionDir, browserArgs: o.browserArgs, timeoutMs, signal: ctrl.signal, screenshotPath: join(o.outDir, `${stem}.banner.png`), followLogin: o.followLogin, sandbox: o.sandbox ?? true });
    // Several sites at a time already keep the cores busy: each site's scenarios then follow its audit.
    // One site at a time, they run beside it as for a single audit.
    let report = o.scenarios ? await auditWithScenarios(audit, { url, extensionDir: o.extensionDir, browserArgs: o.browserArgs, timeoutMs, sandbox: o.sandbox ?? true }, o.concurrency === 1 && scenariosSideBySide()) : await audit();
    report = withAuditor(report, o.auditor);
    await writeWithDigest(jsonPath, JSON.stringify(report, null, 2) + '\n');
    await writeWithDigest(join(o.outDir, `${stem}.html`), reportToHtml(report, o.lang));
    return { url, stem, status: 'ok', report, seconds: seconds() };
  } catch (e) {
    const msg = plainError(errorLine(e), o.lang).slice(0, 300);
    return { url, stem, status: 'error', error: msg, seconds: seconds() };
  } finally {
    clearTimeout(timer);
  }
}

export async function runBatch(o: BatchOptions): Promise<SiteResult[]> {
  await mkdir(o.outDir, { recursive: true });
  const results: SiteResult[] = new Array(o.urls.length);
  const counts = { done: 0, total: o.urls.length, ok: 0, error: 0, skipped: 0, elapsedMs: 0 };
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < o.urls.length; i = next++) {
      const r = await auditOne(o.urls[i]!, o);
      results[i] = r;
      counts.done++;
      counts[r.status]++;
      counts.elapsedMs = Date.now() - started;
      o.onSite?.(r, { ...counts });
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, o.urls.length) }, worker));
  await writeSummaries(o.outDir, results, o.lang, o.csvSeparator);
  // The manifest of the whole directory as it now stands (sites skipped because already audited included).
  const files = (await readdir(o.outDir)).filter((f) => /\.(json|html|csv|png)$/.test(f)).sort();
  await writeManifest(o.outDir, await Promise.all(files.map(async (f) => ({ path: join(o.outDir, f), digest: sha256(await readFile(join(o.outDir, f))) }))));
  return results;
}

const COLUMNS = ['url', 'status', 'site', 'fail', 'warn', 'manual', 'pass', 'cmp', 'non_conformities', 'error', 'report_json', 'report_html', 'seconds'];

function row(r: SiteResult): (string | number)[] {
  const n = (s: string) => r.report?.findings.filter((f) => f.status === s).length ?? '';
  const fails = r.report?.findings.filter((f) => f.status === 'fail').map((f) => f.title) ?? [];
  return [
    maskUrl(r.url),
    r.status,
    r.report?.site ?? '',
    n('fail'),
    n('warn'),
    n('manual'),
    n('pass'),
    r.report?.banner?.cmp ?? '',
    fails.join(' | '),
    r.error ?? '',
    r.report ? `${r.stem}.json` : '',
    r.report ? `${r.stem}.html` : '',
    r.seconds,
  ];
}

export async function writeSummaries(dir: string, results: SiteResult[], lang: 'fr' | 'en', sep: CsvSeparator = ','): Promise<void> {
  // UTF-8 with a BOM: Excel reads the accents only then.
  await writeWithDigest(join(dir, 'summary.csv'), '\ufeff' + [csvLine(COLUMNS, sep), ...results.map((r) => csvLine(row(r), sep))].join('\r\n') + '\r\n');
  const en = lang === 'en';
  const rows = results
    .map((r) => {
      const [url, status, site, fail, warn, manual, pass, , worst, error] = row(r);
      const link = r.report ? `<a href="${escapeHtml(`${r.stem}.html`)}">${escapeHtml(site || url)}</a>` : escapeHtml(url);
      return `<tr class="${escapeHtml(status)}"><td>${link}<div class="muted">${escapeHtml(url)}</div></td><td>${escapeHtml(status)}</td><td>${fail}</td><td>${warn}</td><td>${manual}</td><td>${pass}</td><td>${escapeHtml(worst || error)}</td></tr>`;
    })
    .join('\n');
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Témoin</title>
<style>body{font:13px system-ui,sans-serif;margin:24px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px;vertical-align:top;text-align:left}th{background:#f3f3f3}.error td{background:#fff0f0}.muted{color:#666;font-size:11px}</style></head><body>
<h1>${en ? 'Témoin batch audit' : 'Audit Témoin en lot'} — ${results.length} ${en ? 'site(s)' : 'site(s)'}</h1>
<table><tr><th>Site</th><th>${en ? 'Status' : 'État'}</th>${(['fail', 'warn', 'manual', 'pass'] as const).map((st) => `<th>${escapeHtml(STATUS_LABEL[st][en ? 'en' : 'fr'])}</th>`).join('')}<th>${en ? 'Non-conformities or error' : 'Non-conformités ou erreur'}</th></tr>
${rows}</table></body></html>\n`,
  );
}

/**
 * Brings the output folders of the shards of a batch (`--shard i/n`)
 * together: their report files copied into one folder, one summary.csv and
 * index.html for all sites (the summary of each shard read back, each report
 * re-read and checked), and the SHA256SUMS of the whole.
 */
export async function mergeBatches(dirs: string[], outDir: string, lang: 'fr' | 'en', sep: CsvSeparator): Promise<SiteResult[]> {
  await mkdir(outDir, { recursive: true });
  const results: SiteResult[] = [];
  for (const dir of dirs) {
    const text = (await readFile(join(dir, 'summary.csv'), 'utf8')).replace(/^\ufeff/, '');
    const head = text.slice(0, text.indexOf('\n'));
    const from = head.includes(';') ? ';' : head.includes('\t') ? '\t' : ',';
    const [cols = [], ...lines] = parseCsv(text, from);
    for (const cells of lines) {
      const cell = (name: string) => cells[cols.indexOf(name)] ?? '';
      const json = cell('report_json');
      const stem = json.replace(/\.json$/, '');
      const status = cell('status') as SiteResult['status'];
      let report: Report | undefined;
      if (json) {
        report = previous(join(dir, json)) ?? undefined;
        if (!report) throw new Error(`${join(dir, json)} : rapport absent ou invalide / report missing or invalid`);
        for (const f of (await readdir(dir)).filter((x) => x.startsWith(`${stem}.`))) await copyFile(join(dir, f), join(outDir, f));
      }
      results.push({ url: cell('url'), stem, status, ...(cell('error') ? { error: cell('error') } : {}), ...(report ? { report } : {}), seconds: Number(cell('seconds')) || 0 });
    }
  }
  results.sort((a, b) => a.url.localeCompare(b.url));
  await writeSummaries(outDir, results, lang, sep);
  const files = (await readdir(outDir)).filter((f) => /\.(json|html|csv|png)$/.test(f)).sort();
  await writeManifest(outDir, await Promise.all(files.map(async (f) => ({ path: join(outDir, f), digest: sha256(await readFile(join(outDir, f))) }))));
  return results;
}
