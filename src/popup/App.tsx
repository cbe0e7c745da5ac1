import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../report/types.ts';
import { exportJson, reportStem } from '../report/export.ts';
import { t } from '../shared/i18n.ts';
import type { PopupApi } from './api.ts';
import { InventoryView } from './InventoryView.tsx';
import { FindingsView } from './FindingsView.tsx';
import { BannerView } from './BannerView.tsx';
import { DiffView } from './DiffView.tsx';
import { ObservationBar } from './ObservationBar.tsx';
import { AuditPath } from './AuditPath.tsx';
import { auditSettled } from '../shared/messages.ts';
import { reportToHtml } from '../report/html.ts';
import { defaultCsvSeparator, reportToCsv } from '../report/csv.ts';
import { draftLetter } from '../report/letter.ts';
import { withAuditor } from '../report/auditor.ts';
import { MAX_AUDITOR_CHARS, MAX_REPORT_BYTES } from '../shared/limits.ts';
import { cookieTableDraft } from '../report/cookie-table.ts';
import { diffReports, readPreviousReport, tooLarge, type ReportDiff } from '../report/diff.ts';

type State =
  | { kind: 'loading' }
  /** The tab's page is being reloaded at the start of its audit. */
  | { kind: 'starting' }
  | { kind: 'none'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; report: Report };

/** How long the popup waits for a reloaded page's first scan before showing what it has. */
const START = { pollMs: 400, quietMs: 1000, timeoutMs: 20_000 } as const;

export function App({ api, tabId, full = false }: { api: PopupApi; tabId: Promise<number | null>; full?: boolean }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const lang = api.uiLanguage() === 'en' ? 'en' : 'fr';
  const [tab, setTab] = useState<number | null>(null);
  const [exportError, setExportError] = useState<string[] | null>(null);
  const [diff, setDiff] = useState<ReportDiff | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  /** `tab`: this tab is under audit; `on`: an observation is under way (here or in other tabs). */
  const [observation, setObservation] = useState<{ tab: boolean; on: boolean; since: number | null } | null>(null);
  const [observationError, setObservationError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Who audited, typed by the référent before printing or downloading: on page 1 of the printed report and in the exports. */
  const [auditor, setAuditor] = useState('');
  /** False when the browser withholds access to sites: nothing could be observed. */
  const [siteAccess, setSiteAccess] = useState(true);
  /** False when this tab shows no web page Témoin may see (a browser page, a local file, a site withheld). */
  const [auditable, setAuditable] = useState(true);

  const onImport = async (report: Report, file: File | undefined) => {
    if (!file) return;
    // The size first: a huge file is refused before the popup tries to hold it in memory.
    const read = file.size > MAX_REPORT_BYTES ? tooLarge() : readPreviousReport(await file.text());
    if (!read.ok) {
      // A broken or foreign file changes nothing: the current view and any previous comparison stay.
      setImportError(lang === 'en' ? read.error.en : read.error.fr);
      return;
    }
    setImportError(null);
    setDiff(diffReports(read.report, report));
  };

  const load = async (id: number) => {
    try {
      const r = await api.getReport(id);
      if (r.ok) setState({ kind: 'ready', report: r.report });
      else setState({ kind: 'none', reason: r.error });
    } catch (e) {
      setState({ kind: 'error', message: String(e) });
    }
  };

  const readObservation = async (id: number) => {
    const status = await api.getStatus(id).catch(() => null);
    if (status) setObservation({ tab: status.observing, on: status.observationOn, since: status.observingSince });
    return status;
  };

  useEffect(() => {
    void api
      .hasSiteAccess()
      .then(setSiteAccess)
      .catch(() => undefined);
    void tabId.then((id) => {
      setTab(id);
      if (id === null) setState({ kind: 'none', reason: 'no-tab' });
      else {
        void api.tabAuditable(id).then(setAuditable, () => undefined);
        void readObservation(id).then(() => load(id));
      }
    });
  }, []);

  /** Starts observing and audits this tab afresh: the page reloads; its report shows once its first scan has settled. */
  const onAudit = async () => {
    if (tab === null) return;
    setBusy(true);
    setObservationError(null);
    const r = await api.startObserving(tab).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (!r.ok) {
      setObservationError(r.error);
      setBusy(false);
      return;
    }
    setDiff(null);
    setState({ kind: 'starting' });
    const deadline = Date.now() + START.timeoutMs;
    for (;;) {
      const status = await readObservation(tab);
      if ((status && auditSettled(status, 1, Date.now(), START.quietMs)) || Date.now() > deadline) break;
      await new Promise((res) => setTimeout(res, START.pollMs));
    }
    setBusy(false);
    await load(tab);
  };

  const onGrantAccess = async () => {
    setSiteAccess(await api.requestSiteAccess().catch(() => false));
  };

  const onStop = async () => {
    setBusy(true);
    const r = await api.stopObserving().catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    setObservationError(r.ok ? null : r.error);
    if (tab !== null) await readObservation(tab);
    setBusy(false);
  };

  const download = (text: string, type: string, filename: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  /** The printable report in a tab of its own: the browser's Print (Ctrl+P) saves it as PDF. */
  const printable = (html: string) => {
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  /** The report as exported: with who audited when the référent typed it (never guessed). */
  const signed = (report: Report): Report => withAuditor(report, auditor);
  const onExport = (report: Report) => {
    const r = exportJson(report);
    if (!r.ok) {
      setExportError(r.errors);
      return;
    }
    setExportError(null);
    download(r.json, 'application/json', r.filename);
  };

  const onReset = async () => {
    if (tab === null) return;
    // An audit made while logged in cannot be made again at will: never erased without asking.
    if (!window.confirm(t('confirmNewAudit'))) return;
    await api.resetAudit(tab);
    setState({ kind: 'none', reason: 'no-audit' });
  };

  return (
    <main>
      <header class="bar">
        <h1>{t('extName')}</h1>
        {state.kind === 'ready' && (
          <div class="actions">
            {!full && tab !== null && (
              <button type="button" id="open-full" class="secondary" onClick={() => void api.openFullReport(tab)}>
                {t('fullReport')}
              </button>
            )}
            <details class="menu" id="download-menu">
              <summary>{t('download')} ▾</summary>
              <div class="menu-items">
                <label class="auditor">
                  <span>{t('auditorLabel')}</span>
                  <input type="text" id="auditor" maxLength={MAX_AUDITOR_CHARS} value={auditor} placeholder={t('auditorPlaceholder')} onInput={(e) => setAuditor((e.target as HTMLInputElement).value)} />
                </label>
                <button type="button" id="export-json" onClick={() => onExport(signed(state.report))}>
                  {t('exportJson')}
                </button>
                <button type="button" id="export-html" class="secondary" onClick={() => download(reportToHtml(signed(state.report), lang), 'text/html', `${reportStem(state.report)}.html`)}>
                  {t('exportHtml')}
                </button>
                <button type="button" id="export-csv" class="secondary" onClick={() => download(reportToCsv(state.report, defaultCsvSeparator(lang)), 'text/csv', `${reportStem(state.report)}.csv`)}>
                  {t('exportCsv')}
                </button>
                <button type="button" id="export-cookie-table" class="secondary" onClick={() => download(cookieTableDraft(state.report, lang), 'text/html', `${reportStem(state.report)}.cookies.html`)}>
                  {t('exportCookieTable')}
                </button>
                <button type="button" id="export-letter" class="secondary" onClick={() => download(draftLetter(signed(state.report), lang), 'text/html', `${reportStem(state.report)}.courrier.html`)}>
                  {t('exportLetter')}
                </button>
                <button type="button" id="print-report" class="secondary" onClick={() => printable(reportToHtml(signed(state.report), lang))}>
                  {t('printReport')}
                </button>
              </div>
            </details>
            <details class="menu" id="more-menu">
              <summary aria-label={t('moreActions')} title={t('moreActions')}>
                ⋯
              </summary>
              <div class="menu-items">
                <label class="import">
                  <span>{t('compareWith')}</span>
                  <input type="file" id="import-report" accept="application/json,.json" onChange={(e) => void onImport(state.report, (e.target as HTMLInputElement).files?.[0])} />
                </label>
                <button type="button" id="reset-audit" class="secondary" onClick={() => void onReset()}>
                  {t('newAudit')}
                </button>
              </div>
            </details>
          </div>
        )}
      </header>
      {observation && (
        <ObservationBar
          observing={observation.tab}
          observationOn={observation.on}
          since={observation.since}
          lang={lang}
          canAudit={tab !== null && auditable && state.kind !== 'starting'}
          busy={busy}
          onAudit={() => void onAudit()}
          onStop={() => void onStop()}
        />
      )}
      {!siteAccess && (
        <div role="alert" class="error" id="site-access">
          <p>{t('siteAccessMissing')}</p>
          <button type="button" id="grant-site-access" onClick={() => void onGrantAccess()}>
            {t('grantSiteAccess')}
          </button>
        </div>
      )}
      {observationError && (
        <p role="alert" class="error" id="observation-error">
          {t('observationFailed', observationError)}
        </p>
      )}
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'starting' && <p role="status">{t('auditStarting')}</p>}
      {state.kind === 'none' && (
        <div role="status" id="no-audit">
          <p>{t('noAudit')}</p>
          {!auditable && <p id="not-auditable">{t('tabNotAuditable')}</p>}
          {observation?.tab && tab !== null && auditable && (
            <button type="button" id="audit-tab" disabled={busy} onClick={() => void onAudit()}>
              {t('auditTab')}
            </button>
          )}
        </div>
      )}
      {state.kind === 'error' && <p role="alert">{t('errorLoading', state.message)}</p>}
      {exportError && (
        <div role="alert" class="error">
          <p>{t('exportInvalid')}</p>
          <ul>{exportError.slice(0, 5).map((e) => <li>{e}</li>)}</ul>
        </div>
      )}
      {importError && (
        <p role="alert" class="error" id="import-error">
          {t('importFailed', importError)}
        </p>
      )}
      {state.kind === 'ready' && (
        <AuditPath report={state.report} canNavigate={!full && tab !== null && !!observation?.tab} onOpen={(step) => (tab === null ? false : api.openStep(tab, step).catch(() => false))} />
      )}
      {state.kind === 'ready' && diff && <DiffView diff={diff} lang={lang} />}
      {state.kind === 'ready' && <FindingsView report={state.report} lang={lang} />}
      {state.kind === 'ready' && (
        <BannerView
          report={state.report}
          onMarkRefusal={
            !full && tab !== null && observation?.tab
              ? () =>
                  void api
                    .markRefusal(tab)
                    .then(() => load(tab))
                    .catch(() => undefined)
              : undefined
          }
        />
      )}
      {state.kind === 'ready' && <InventoryView report={state.report} />}
      <footer class="privacy">{t('sendsNothing')}</footer>
    </main>
  );
}
