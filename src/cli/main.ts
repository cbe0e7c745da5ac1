/**
 * `npm run audit -- [url] [--out report.json] [--browser-arg=…]…`
 * Exit 0 when the audit ran (whatever it found), 2 on bad usage, 1 when the
 * audit could not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { langOf, oneLanguage, parseArgs, usage, UsageError } from './args.ts';
import { SandboxUnavailable, TwoLanguageError, findChromium, sandboxUsable } from './chromium.ts';
import { DIST, ensureBuilt } from './build.ts';
import { runAudit } from './run-audit.ts';
import { auditWithScenarios } from './scenarios.ts';
import { reportToHtml } from '../report/html.ts';
import { defaultCsvSeparator, reportToCsv } from '../report/csv.ts';
import { failsGate, plainError, writeWithDigest } from './outputs.ts';
import { renderPdf, renderPdfStandalone } from './pdf.ts';
import { draftLetter } from '../report/letter.ts';
import { cookieTableDraft } from '../report/cookie-table.ts';
import { summarise } from './summary.ts';
import { prepareValidator, validateReport } from './validate.ts';
import type { Report } from '../report/types.ts';
import { withAuditor } from '../report/auditor.ts';
import { maskUrl } from '../audit/mask-url.ts';
import { parseUrlList, shardOf } from './batch-list.ts';
import { mergeBatches, runBatch } from './batch.ts';
import { DEMO_HOME, startDemoEnt, type DemoServer } from '../demo-ent/server.ts';

const MESSAGES = {
  fr: {
    build: "Construction de l'extension…",
    demo: (r: string) => `ENT de démonstration servi localement (${r})`,
    launch: "Démarrage de Chromium avec l'extension Témoin…",
    visit: (u: string) => `Visite de ${u}…`,
    revisit: 'Seconde visite (renouvellement des cookies)…',
    login: (u: string) => `Page de connexion : ${u}…`,
    pdf: 'Lecture des notices publiées en PDF…',
    report: "Lecture du rapport de l'extension…",
    scenario: (id: 'reject' | 'accept'): string => (id === 'reject' ? 'Scénario « refuser » dans un profil neuf…' : 'Scénario « accepter » dans un profil neuf…'),
    invalid: 'Le rapport ne respecte pas le schéma publié (défaut de Témoin, merci de le signaler) :',
    failed: "L'audit n'a pas pu être mené :",
    open: (u: string) => `Ouvrir le rapport : ${u}`,
    merged: (n: number, d: number, dir: string) => `${n} site(s) de ${d} dossier(s) réunis dans ${dir} (summary.csv, index.html, SHA256SUMS)`,
    noList: 'Liste de sites illisible :',
    badLine: (n: number, t: string, r: string) => `Ligne ${n} ignorée (« ${t} ») : ${r}`,
    emptyList: 'Aucune URL valide dans la liste.',
    batch: (n: number, c: number) => `Audit de ${n} site(s), ${c} à la fois…`,
    counts: (ok: number, err: number, skip: number) => `${ok} audité(s), ${err} en erreur, ${skip} déjà fait(s)`,
    batchDone: (ok: number, err: number, skip: number, bad: number, dir: string) => `Lot terminé : ${ok} audité(s), ${err} en erreur, ${skip} déjà fait(s), ${bad} ligne(s) ignorée(s). Rapports et résumé (summary.csv, index.html) : ${dir}`,
  },
  en: {
    build: 'Building the extension…',
    demo: (r: string) => `Demo ENT served locally (${r})`,
    launch: 'Starting Chromium with the Témoin extension…',
    visit: (u: string) => `Visiting ${u}…`,
    revisit: 'Second visit (cookie renewal)…',
    login: (u: string) => `Login page: ${u}…`,
    pdf: 'Reading the notices published as PDF…',
    report: 'Reading the report from the extension…',
    scenario: (id: 'reject' | 'accept'): string => (id === 'reject' ? 'Scenario "reject" in a fresh profile…' : 'Scenario "accept" in a fresh profile…'),
    invalid: 'The report does not match the published schema (a Témoin defect, please report it):',
    failed: 'The audit could not run:',
    open: (u: string) => `Open the report: ${u}`,
    merged: (n: number, d: number, dir: string) => `${n} site(s) from ${d} folder(s) brought together in ${dir} (summary.csv, index.html, SHA256SUMS)`,
    noList: 'Cannot read the list of sites:',
    badLine: (n: number, t: string, r: string) => `Line ${n} skipped ("${t}"): ${r}`,
    emptyList: 'No valid URL in the list.',
    batch: (n: number, c: number) => `Auditing ${n} site(s), ${c} at a time…`,
    counts: (ok: number, err: number, skip: number) => `${ok} audited, ${err} failed, ${skip} already done`,
    batchDone: (ok: number, err: number, skip: number, bad: number, dir: string) => `Batch done: ${ok} audited, ${err} failed, ${skip} already done, ${bad} line(s) skipped. Reports and summary (summary.csv, index.html): ${dir}`,
  },
};

/** `merge <dir>… --out-dir <dir>`: the folders of the shards of a batch, brought together. */
async function merge(argv: string[]): Promise<number> {
  const out = argv.indexOf('--out-dir');
  const outDir = out >= 0 ? argv[out + 1] : undefined;
  const dirs = argv.filter((a, i) => !a.startsWith('--') && i !== out + 1);
  const lang = langOf(argv, process.env);
  if (!outDir || !dirs.length || dirs.some((d) => !existsSync(join(d, 'summary.csv')))) {
    console.error(`${oneLanguage('merge attend des dossiers de lot (avec summary.csv) et --out-dir / merge takes batch folders (with summary.csv) and --out-dir', lang)}\n\n${usage(lang)}`);
    return 2;
  }
  try {
    const results = await mergeBatches(dirs, outDir, lang, defaultCsvSeparator(lang));
    console.log(MESSAGES[lang].merged(results.length, dirs.length, relative(process.cwd(), outDir) || outDir));
    return results.some((r) => r.status === 'error') ? 1 : 0;
  } catch (e) {
    console.error(`${MESSAGES[lang].failed} ${(e as Error).message}`);
    return 1;
  }
}

async function main(): Promise<number> {
  if (process.argv[2] === 'merge') return merge(process.argv.slice(3));
  let args;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
  } catch (e) {
    if (e instanceof UsageError) {
      const lang = langOf(process.argv.slice(2), process.env);
      console.error(`${oneLanguage(e.message, lang)}\n\n${usage(lang)}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    console.log(usage(args.lang));
    return 0;
  }
  const m = MESSAGES[args.lang];
  const started = Date.now();
  const step = (text: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}\n`);

  let demo: DemoServer | null = null;
  // The audit's browser closes while the report is written; it is awaited before the command ends.
  const closing: Promise<void>[] = [];
  try {
    findChromium(); // fail early, with the install hint
    // The bundled demo, served here, is trusted: it may run without the sandbox where the sandbox cannot run.
    // A real site is not: without the sandbox only when asked (--no-sandbox).
    const demoOnly = args.url === null && args.urls === null;
    if (args.sandbox && !sandboxUsable() && !demoOnly) throw new SandboxUnavailable('root');
    args.sandbox &&= sandboxUsable();
    step(m.build);
    await ensureBuilt();
    if (args.urls !== null) return await batch(args, m, step);
    let url = args.url;
    const browserArgs = [...args.browserArgs];
    if (url === null) {
      demo = await startDemoEnt();
      step(m.demo(`https://127.0.0.1:${demo.port}`));
      url = DEMO_HOME;
      browserArgs.push(`--host-resolver-rules=${demo.resolverRule}`, '--ignore-certificate-errors');
    }
    const out = args.out ?? join(process.cwd(), 'reports', `temoin-${new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '_')}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    // Every file of this audit: <stem>.json, .banner.png, .html, .csv, .cookies.html.
    const stem = out.replace(/\.json$/i, '');
    await mkdir(dirname(out), { recursive: true });
    const timeoutMs = args.timeoutSeconds * 1000;
    /** Who audited, as they said it (--auditor): on page 1 of every readable report. */
    const signed = (r: Report): Report => withAuditor(r, args.auditor);
    const audit = () =>
      runAudit({
        url,
        extensionDir: DIST,
        browserArgs,
        timeoutMs,
        screenshotPath: `${stem}.banner.png`,
        followLogin: args.followLogin,
        sandbox: args.sandbox,
        onClosing: (closed) => closing.push(closed),
        // The PDF is printed by the audit's own browser, unless the scenarios change the report after it closed.
        whileOpen:
          args.formats.includes('pdf') && !args.scenarios
            ? (r, context) => {
                const s = signed(r);
                return renderPdf(context, s, reportToHtml(s, args.lang), `${stem}.pdf`, args.lang);
              }
            : undefined,
        onProgress: (s, detail) => step(s === 'visit' ? m.visit(maskUrl(detail ?? '')) : s === 'login' ? m.login(detail ?? '') : m[s]),
      });
    // The schema is compiled while Chromium starts, not after the audit.
    setTimeout(prepareValidator, 100);
    // With --scenarios, the reject and accept profiles run beside the audit where cores allow.
    let report = args.scenarios ? await auditWithScenarios(audit, { url, extensionDir: DIST, browserArgs, timeoutMs, sandbox: args.sandbox, onScenario: (id) => step(m.scenario(id)) }) : await audit();
    report = signed(report);
    await writeWithDigest(out, JSON.stringify(report, null, 2) + '\n');
    const written = [out];
    if (args.formats.includes('html')) written.push(`${stem}.html`), await writeFile(`${stem}.html`, reportToHtml(report, args.lang));
    if (args.formats.includes('pdf')) {
      if (args.scenarios) await renderPdfStandalone(report, reportToHtml(report, args.lang), `${stem}.pdf`, args.lang, args.sandbox);
      written.push(`${stem}.pdf`);
    }
    if (args.formats.includes('csv')) written.push(`${stem}.csv`), await writeFile(`${stem}.csv`, reportToCsv(report, args.csvSeparator ?? defaultCsvSeparator(args.lang)));
    if (args.formats.includes('letter')) written.push(`${stem}.letter.html`), await writeFile(`${stem}.letter.html`, draftLetter(report, args.lang));
    if (args.formats.includes('cookies')) written.push(`${stem}.cookies.html`), await writeFile(`${stem}.cookies.html`, cookieTableDraft(report, args.lang));
    const valid = validateReport(report);
    console.log(summarise(report, args.lang, written.map((p) => relative(process.cwd(), p) || p).join(', ')));
    const readable = args.formats.includes('html') ? `${stem}.html` : args.formats.includes('pdf') ? `${stem}.pdf` : null;
    if (readable) console.log(m.open(pathToFileURL(resolve(readable)).href));
    if (!valid.ok) {
      console.error(`${m.invalid}\n  ${valid.errors.slice(0, 10).join('\n  ')}`);
      return 1;
    }
    return failsGate(report, args.failOn) ? 3 : 0;
  } catch (e) {
    // One language: the two-line messages (French, then English) and the "français / English" ones.
    const reason = e instanceof TwoLanguageError ? oneLanguage(e.message.split('\n')[args.lang === 'en' ? 1 : 0] ?? e.message, args.lang) : oneLanguage(plainError(e instanceof Error ? e.message.split('\n')[0]! : String(e), args.lang), args.lang);
    console.error(`${m.failed} ${reason}`);
    return 1;
  } finally {
    await Promise.all(closing);
    await demo?.close();
  }
}

async function batch(args: ReturnType<typeof parseArgs>, m: (typeof MESSAGES)['fr'], step: (t: string) => void): Promise<number> {
  let text: string;
  try {
    text = readFileSync(args.urls!, 'utf8');
  } catch (e) {
    console.error(`${m.noList} ${args.urls} (${(e as Error).message})\n\n${usage(args.lang)}`);
    return 2;
  }
  const list = parseUrlList(text);
  for (const e of list.errors) console.error(m.badLine(e.line, e.text, e.reason));
  // One part of the list (--shard i/n): the same sites whatever their order in the list.
  if (args.shard) list.urls = list.urls.filter((u) => shardOf(u.url, args.shard!.count) === args.shard!.index);
  if (!list.urls.length) {
    if (args.shard) return 0; // a shard may be empty: nothing to audit is not an error
    console.error(m.emptyList);
    return 2;
  }
  const outDir = args.outDir ?? join(process.cwd(), 'reports', `batch-${new Date().toISOString().slice(0, 10)}`);
  step(m.batch(list.urls.length, args.concurrency));
  const tty = process.stderr.isTTY;
  const results = await runBatch({
    urls: list.urls.map((u) => u.url),
    outDir,
    extensionDir: DIST,
    concurrency: args.concurrency,
    timeoutSeconds: args.timeoutSeconds,
    force: args.force,
    scenarios: args.scenarios,
    followLogin: args.followLogin,
    browserArgs: args.browserArgs,
    sandbox: args.sandbox,
    lang: args.lang,
    csvSeparator: args.csvSeparator ?? defaultCsvSeparator(args.lang),
    ...(args.auditor ? { auditor: args.auditor } : {}),
    onSite: (r, c) => {
      const eta = c.done < c.total ? Math.round(((c.elapsedMs / c.done) * (c.total - c.done)) / 1000) : 0;
      const bar = '#'.repeat(Math.round((20 * c.done) / c.total)).padEnd(20, '-');
      const line = `[${bar}] ${c.done}/${c.total} — ${m.counts(c.ok, c.error, c.skipped)} — ETA ${eta} s — ${r.status} ${maskUrl(r.url)}${r.error ? ` : ${r.error}` : ''}`;
      process.stderr.write(tty ? `\r\x1b[K${line}${c.done === c.total ? '\n' : ''}` : `${line}\n`);
    },
  });
  const rel = relative(process.cwd(), outDir) || outDir;
  console.log(m.batchDone(results.filter((r) => r.status === 'ok').length, results.filter((r) => r.status === 'error').length, results.filter((r) => r.status === 'skipped').length, list.errors.length, rel));
  for (const r of results.filter((x) => x.status === 'error')) console.log(`  ✗ ${maskUrl(r.url)} : ${r.error}`);
  // A site that could not be audited is a failure of the batch; then the --fail-on gate.
  if (results.some((r) => r.status === 'error')) return 1;
  return results.some((r) => r.report && failsGate(r.report, args.failOn)) ? 3 : 0;
}

process.exitCode = await main();
