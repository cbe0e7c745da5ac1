/**
 * What this browser lets the extension see, said in the report rather than
 * silently missing: Chromium shows Set-Cookie to webRequest only with
 * `extraHeaders`, Firefox always does; Firefox partitions third-party
 * cookies by top-level site by default (Total Cookie Protection), which
 * changes how they read; main-world probes need Chromium 111 / Firefox 128.
 */
/** Chromium names the option; Firefox has none (and shows Set-Cookie anyway). */
export function extraHeadersSupported(): boolean {
  const c = (globalThis as { chrome?: typeof chrome }).chrome;
  return Boolean(c?.webRequest?.OnHeadersReceivedOptions?.EXTRA_HEADERS);
}

export interface BrowserTraits {
  firefox: boolean;
  extraHeaders: boolean;
}

export function browserTraits(): BrowserTraits {
  const rt = (globalThis as { browser?: { runtime?: { getBrowserInfo?: unknown } } }).browser?.runtime;
  return { firefox: typeof rt?.getBrowserInfo === 'function', extraHeaders: extraHeadersSupported() };
}

/** Notes for the report (French / English), pure. */
export function capabilityNotes(t: BrowserTraits): string[] {
  const notes: string[] = [];
  if (!t.firefox && !t.extraHeaders)
    notes.push("En-têtes Set-Cookie invisibles dans ce navigateur : durées demandées lues seulement depuis document.cookie / Set-Cookie headers not visible in this browser: declared lifetimes read from document.cookie only");
  if (t.firefox)
    notes.push('Firefox : les cookies tiers sont partitionnés par site (protection totale contre les cookies) ; un cookie tiers ne suit pas l\'utilisateur d\'un site à l\'autre tant que ce réglage est actif / Firefox partitions third-party cookies per site (Total Cookie Protection)');
  return notes;
}
