/** What the popup needs from the extension, behind one interface so that component tests can fake it. */
import browser from '../shared/browser.ts';
import type { Report } from '../report/types.ts';
import { ask, type AuditStatus, type OpenStep, type ViewMessage } from '../shared/messages.ts';
import { hasAccessToAllSites, requestAccessToAllSites } from '../shared/site-access.ts';

export interface PopupApi {
  getReport(tabId: number): Promise<{ ok: true; report: Report } | { ok: false; error: string }>;
  getStatus(tabId: number): Promise<AuditStatus | null>;
  /** Starts observing (or goes on) and audits the tab afresh: its audit dropped, its page reloaded. */
  startObserving(tabId: number): Promise<{ ok: true } | { ok: false; error: string }>;
  stopObserving(): Promise<{ ok: true } | { ok: false; error: string }>;
  resetAudit(tabId: number): Promise<void>;
  /** The person says they clicked "Reject all" in the page's banner: Témoin judges what comes after (it never clicks itself). */
  markRefusal(tabId: number): Promise<boolean>;
  /** Whether the browser gives Témoin access to every http(s) site (a user can withhold it: Chromium's site access, Firefox's optional host permissions). */
  hasSiteAccess(): Promise<boolean>;
  /** Asks the user for that access (from a click: browsers require a user gesture); resolves to whether it was granted. */
  requestSiteAccess(): Promise<boolean>;
  /**
   * Whether this tab can be audited: it shows a web page (http or https) that Témoin may see. The
   * browser tells an extension without the "tabs" permission a tab's address only on the sites it
   * has access to: no address is a browser page, a local file, or a site withheld.
   */
  tabAuditable(tabId: number): Promise<boolean>;
  /**
   * Opens, in the audited tab, a step of the audit path not yet seen: the site's home, the login page
   * or the notice its page links to, or the same page again (a new visit); false when the page has no such link.
   */
  openStep(tabId: number, step: OpenStep): Promise<boolean>;
  /** Opens this page in a tab, wide, for the audit of `tabId`. */
  openFullReport(tabId: number): Promise<void>;
  uiLanguage(): string;
}

/** The popup's transport to the worker. */
const send = (message: ViewMessage): Promise<unknown> => browser.runtime.sendMessage(message);

export const extensionApi: PopupApi = {
  getReport: (tabId) => ask(send, { type: 'get-report', tabId }),
  getStatus: (tabId) => ask(send, { type: 'get-status', tabId }).then((r) => (r.ok ? r.status : null)),
  startObserving: (tabId) => ask(send, { type: 'start-observing', tabId }),
  stopObserving: () => ask(send, { type: 'stop-observing' }),
  async resetAudit(tabId) {
    await ask(send, { type: 'reset-audit', tabId });
  },
  markRefusal: (tabId) => ask(send, { type: 'mark-refusal', tabId }).then((r) => r.ok),
  hasSiteAccess: hasAccessToAllSites,
  requestSiteAccess: requestAccessToAllSites,
  tabAuditable: (tabId) =>
    browser.tabs.get(tabId).then(
      (tab) => /^https?:\/\//.test(tab.url ?? ''),
      () => false,
    ),
  async openStep(tabId, step) {
    // The page's own link, followed by our content script (top-frame.ts): its address never leaves the page.
    const [r] = await browser.scripting.executeScript({
      target: { tabId },
      func: (s: OpenStep) => (globalThis as { temoinOpenStep?: (s: OpenStep) => boolean }).temoinOpenStep?.(s) ?? false,
      args: [step],
    });
    return r?.result === true;
  },
  async openFullReport(tabId) {
    await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?tabId=${tabId}&view=full`) });
  },
  // The language of the catalogue chrome.i18n actually uses, so that findings and labels agree.
  uiLanguage: () => ((browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage()).toLowerCase().startsWith('fr') ? 'fr' : 'en'),
};

/** The full report: the same page opened in a tab (`?view=full`), wider. */
export const isFullReport = () => new URLSearchParams(location.search).get('view') === 'full';

/** The tab to show: `?tabId=` (report page, command line) or the active tab. */
export async function activeTabId(): Promise<number | null> {
  const q = new URLSearchParams(location.search).get('tabId');
  if (q !== null && /^\d+$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
