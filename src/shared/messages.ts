/**
 * The one message contract between content scripts, the background worker and
 * extension pages (popup, command line driver). Everything that crosses it is
 * validated by `parseMessage`: content scripts run in hostile pages.
 */
import { parseNoticeAnalysis, type NoticeAnalysis } from '../audit/notice.ts';
import type { PageRole, Report, ReportBannerControl } from '../report/types.ts';
import { MAX_NOTICE_CHARS, MESSAGE_LIMITS } from './limits.ts';
import type { CapturedCookieWrite } from '../audit/set-cookie.ts';
import type { PageSchedule } from './page-schedule.ts';

export type { CapturedCookieWrite };

/** A script cookie write once its attributes are parsed (by the worker): what the collectors record. */
export interface ScriptCookieWrite {
  name: string;
  valueHash: string;
  /** The privacy mode the value stores (an enumeration such as "exempt"), when a vendor rule names one. */
  privacyMode?: string;
  domain?: string;
  path?: string;
  /** Epoch ms the site asked for; null = session. */
  expiresAt: number | null;
  partitioned: boolean;
  at: number;
}

export interface ScannedLink {
  text: string;
  href: string;
  inFooter: boolean;
  inShadowDom: boolean;
  hidden: boolean;
}

/** A banner control as the content script measures it: the report's shape (one definition). */
export type BannerControl = ReportBannerControl;
export type ControlRole = BannerControl['role'];

/** What the top frame's banner detector saw (nothing is clicked nor hidden). */
export interface BannerScan {
  /** The CMP named by our signature table, null for a home-made banner. */
  cmp: string | null;
  /** Every CMP signature present in the page (a site may load two). */
  cmpsPresent: string[];
  source: 'signature' | 'generic';
  visible: boolean;
  selector: string | null;
  /** The banner's text, clipped (site text, never user data). */
  text: string;
  /** Its text says that going on browsing is consent ("Si vous continuez…"). */
  impliedConsent: boolean;
  controls: BannerControl[];
  /** A reject control exists in the CMP's second layer (settings panel). */
  rejectSecondLayer: boolean;
}

/** A persistent entry point to change one's choice. */
export interface ManageEntry {
  text: string;
  selector: string | null;
  source: 'signature' | 'vocabulary';
  visible: boolean;
}

/** A storage key of a frame: a Web Storage key or an IndexedDB database name (never a value). */
export interface StorageKey {
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  key: string;
}

/** What the top frame's content script saw of the page. */
export interface PageScan {
  url: string;
  title: string;
  hasPasswordField: boolean;
  roleHint: PageRole;
  links: ScannedLink[];
  truncated: boolean;
  /** The first way to log in the page offers (a link to the login page or to an identity provider). */
  loginEntry?: { text: string; href: string };
  /** The page offers a way to log out: it is seen logged in. */
  hasLogout?: boolean;
  /** What the page's title or headings announce. */
  contentKind?: 'notice' | 'cookies' | 'legal';
  /** Main text, sent only when the page looks like a notice or cookie page (analysed, then dropped). */
  noticeText?: string;
  /** Top frame only: the consent banner seen (null: none), and the entry points to change one's choice. */
  banner?: BannerScan | null;
  manage?: ManageEntry[];
  /**
   * Top frame only: when this document's navigation started and when our script first ran in it
   * (epoch ms, the page's clock), so that the worker files the scan under the page it belongs to,
   * even when the scan reaches it before that page's navigation does.
   */
  document?: { navigationStart: number; scriptStart: number };
}

/** What autoconsent's content script may tell the worker (the rest of its messages is dropped). */
/** A step of the audit path the popup can open in the audited tab (the page's own links, or a reload). */
export type OpenStep = 'home' | 'login' | 'notice' | 'revisit';

export type AutoconsentMessage =
  | { type: 'init'; url: string }
  | { type: 'eval'; id: string; snippetId: string }
  | { type: 'cmpDetected'; cmp: string }
  | { type: 'popupFound'; cmp: string }
  | { type: 'report'; clicks: number };

export type ContentMessage =
  | { type: 'page-scan'; scan: PageScan }
  | { type: 'storage-keys'; url: string; keys: StorageKey[]; truncated: boolean }
  | { type: 'autoconsent'; message: AutoconsentMessage }
  | { type: 'script-cookies'; writes: CapturedCookieWrite[]; receivedAt?: number }
  | { type: 'user-interaction'; at: number };

export type ViewMessage =
  | { type: 'get-report'; tabId: number }
  | { type: 'get-status'; tabId: number }
  /** What the tab's page has left to do (timers, requests in flight…): the command line ends a visit's window early only when nothing is due. */
  | { type: 'get-page-schedule'; tabId: number }
  | { type: 'reset-audit'; tabId: number }
  /** The person auditing says they have just clicked "Reject all" in the page's banner (Témoin itself never clicks). */
  | { type: 'mark-refusal'; tabId: number }
  /**
   * Starts observing (or goes on). With a tab: that tab is added to the tabs under audit, and its
   * audit starts afresh (dropped, then the page reloaded). Without: every tab is under audit (the
   * command line, whose browser exists only to audit).
   */
  | { type: 'start-observing'; tabId?: number }
  | { type: 'stop-observing' }
  /** The command line read a PDF notice the audit found (the extension does not read PDFs): its analysis, never its text. */
  | { type: 'record-pdf-notice'; tabId: number; url: string; analysis: NoticeAnalysis };

export type Message = ContentMessage | ViewMessage;

export interface AuditStatus {
  tabId: number;
  site: string | null;
  pages: number;
  scannedPages: number;
  cookies: number;
  lastEventAt: number | null;
  /** Footer links being fetched (the audit is not settled until they are done). */
  pendingChecks: number;
  /** A banner (a consent banner, or one that only informs) has been seen shown on one of the tab's pages. */
  bannerShown: boolean;
  /** Whether this tab's audit records: Témoin observes and the tab is under audit. */
  observing: boolean;
  /** Whether an observation is under way (in this tab or others), and since when. */
  observationOn: boolean;
  observingSince: number | null;
}

/** Whether an audit has settled: `pages` pages scanned, no footer link being fetched, and nothing recorded for `quietMs`. */
export function auditSettled(s: AuditStatus, pages: number, now: number, quietMs: number): boolean {
  return s.scannedPages >= pages && s.pendingChecks === 0 && s.lastEventAt !== null && now - s.lastEventAt >= quietMs;
}

/**
 * Who may send each message, checked once by the worker: content scripts speak
 * for the tab and frame they run in; extension pages (the popup, the report
 * page, the command line's page) ask for reports and command the observation.
 */
export const SENDERS: { readonly [T in Message['type']]: 'content-script' | 'extension-page' } = {
  'page-scan': 'content-script',
  'storage-keys': 'content-script',
  autoconsent: 'content-script',
  'script-cookies': 'content-script',
  'user-interaction': 'content-script',
  'get-report': 'extension-page',
  'get-status': 'extension-page',
  'get-page-schedule': 'extension-page',
  'reset-audit': 'extension-page',
  'mark-refusal': 'extension-page',
  'start-observing': 'extension-page',
  'stop-observing': 'extension-page',
  'record-pdf-notice': 'extension-page',
};

export type Failure = { ok: false; error: string };

/** The worker's answer to each message (autoconsent's own protocol answers as autoconsent expects). */
export type Reply<M extends Message> = M extends { type: 'get-report' }
  ? { ok: true; report: Report } | Failure
  : M extends { type: 'get-status' }
    ? { ok: true; status: AuditStatus } | Failure
    : M extends { type: 'get-page-schedule' }
      ? { ok: true; schedule: PageSchedule } | Failure
      : M extends { type: 'autoconsent' }
        ? unknown
        : { ok: true } | Failure;

/**
 * An extension page's question to the worker, its answer typed. One path for
 * the popup (browser.runtime.sendMessage) and the command line (the same call
 * made in its extension page): each brings its transport. No answer at all
 * (the worker unreachable) is a failure.
 */
export async function ask<M extends ViewMessage>(transport: (message: M) => Promise<unknown>, message: M): Promise<Reply<M>> {
  return ((await transport(message)) as Reply<M> | undefined) ?? ({ ok: false, error: 'no-answer' } as Reply<M>);
}

const MAX = MESSAGE_LIMITS;
const CONTROL_ROLES: readonly ControlRole[] = ['accept', 'reject', 'settings', 'continue', 'acknowledge', 'other'];
const ROLES: readonly PageRole[] = ['home', 'login', 'portal', 'notice', 'cookies', 'legal', 'other'];
const CONTENT_KINDS = ['notice', 'cookies', 'legal'] as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = MAX.text): string | null => (typeof v === 'string' ? v.slice(0, max) : null);
const bool = (v: unknown): boolean => v === true;
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const tabIdOf = (v: unknown): number | null => {
  const id = int(v);
  return id === null || id < 0 ? null : id;
};

/** Validates an incoming message; returns null for anything not in the contract. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObj(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'get-report':
    case 'get-status':
    case 'get-page-schedule':
    case 'mark-refusal':
    case 'reset-audit': {
      const tabId = tabIdOf(raw.tabId);
      return tabId === null ? null : { type: raw.type, tabId };
    }
    case 'record-pdf-notice': {
      const tabId = tabIdOf(raw.tabId);
      const url = str(raw.url, 2000);
      const analysis = parseNoticeAnalysis(raw.analysis);
      return tabId === null || url === null || analysis === null ? null : { type: 'record-pdf-notice', tabId, url, analysis };
    }
    case 'start-observing': {
      if (raw.tabId === undefined) return { type: 'start-observing' };
      const tabId = tabIdOf(raw.tabId);
      return tabId === null ? null : { type: 'start-observing', tabId };
    }
    case 'stop-observing':
      return { type: 'stop-observing' };
    case 'user-interaction': {
      const at = num(raw.at);
      return at === null ? null : { type: 'user-interaction', at };
    }
    case 'script-cookies': {
      if (!Array.isArray(raw.writes)) return null;
      // What the probe captured: the name, a hash of the value, the attribute string (parsed by the worker).
      const writes: CapturedCookieWrite[] = [];
      for (const w of raw.writes.slice(0, MAX.writes)) {
        if (!isObj(w)) continue;
        const name = str(w.name, 4096);
        const valueHash = str(w.valueHash, 16);
        const attributes = str(w.attributes, 4096);
        const at = num(w.at);
        if (name === null || valueHash === null || attributes === null || at === null) continue;
        const mode = typeof w.mode === 'string' && /^[a-z][a-z-]{0,19}$/.test(w.mode) ? w.mode : null;
        writes.push({ name, valueHash, attributes, at, ...(mode ? { mode } : {}) });
      }
      const receivedAt = num(raw.receivedAt);
      return { type: 'script-cookies', writes, ...(receivedAt === null ? {} : { receivedAt }) };
    }
    case 'autoconsent': {
      const m = isObj(raw.message) ? raw.message : null;
      if (!m) return null;
      if (m.type === 'init') {
        const url = str(m.url);
        return url === null ? null : { type: 'autoconsent', message: { type: 'init', url } };
      }
      if (m.type === 'eval') {
        const id = str(m.id, 100);
        const snippetId = str(m.snippetId, 100);
        return id === null || snippetId === null ? null : { type: 'autoconsent', message: { type: 'eval', id, snippetId } };
      }
      if (m.type === 'cmpDetected' || m.type === 'popupFound') {
        const cmp = str(m.cmp, 100);
        return cmp === null ? null : { type: 'autoconsent', message: { type: m.type, cmp } };
      }
      if (m.type === 'report') {
        const clicks = isObj(m.state) ? int(m.state.clicks) : null;
        return { type: 'autoconsent', message: { type: 'report', clicks: clicks !== null && clicks >= 0 ? clicks : 0 } };
      }
      return null;
    }
    case 'storage-keys': {
      const url = str(raw.url);
      if (url === null || !Array.isArray(raw.keys)) return null;
      const keys: StorageKey[] = [];
      for (const e of raw.keys.slice(0, MAX.storage)) {
        if (!isObj(e)) continue;
        const key = str(e.key, 1024);
        if (key === null || (e.area !== 'localStorage' && e.area !== 'sessionStorage' && e.area !== 'indexedDB')) continue;
        keys.push({ area: e.area, key });
      }
      return { type: 'storage-keys', url, keys, truncated: bool(raw.truncated) || raw.keys.length > MAX.storage };
    }
    case 'page-scan': {
      const s = raw.scan;
      if (!isObj(s)) return null;
      const url = str(s.url);
      const title = str(s.title) ?? '';
      if (url === null || !Array.isArray(s.links)) return null;
      const roleHint = ROLES.includes(s.roleHint as PageRole) ? (s.roleHint as PageRole) : 'other';
      const links: ScannedLink[] = [];
      for (const l of s.links.slice(0, MAX.links)) {
        if (!isObj(l)) continue;
        const text = str(l.text);
        const href = str(l.href);
        if (text === null || href === null) continue;
        links.push({ text, href, inFooter: bool(l.inFooter), inShadowDom: bool(l.inShadowDom), hidden: bool(l.hidden) });
      }
      return {
        type: 'page-scan',
        scan: {
          url,
          title,
          hasPasswordField: bool(s.hasPasswordField),
          roleHint,
          links,
          truncated: bool(s.truncated) || s.links.length > MAX.links,
          ...(typeof s.noticeText === 'string' ? { noticeText: s.noticeText.slice(0, MAX_NOTICE_CHARS) } : {}),
          ...(isObj(s.loginEntry) && str(s.loginEntry.text, MAX.text) !== null && str(s.loginEntry.href, 2000) !== null
            ? { loginEntry: { text: str(s.loginEntry.text, MAX.text)!, href: str(s.loginEntry.href, 2000)! } }
            : {}),
          ...(s.hasLogout === true ? { hasLogout: true } : {}),
          ...(CONTENT_KINDS.includes(s.contentKind as (typeof CONTENT_KINDS)[number]) ? { contentKind: s.contentKind as (typeof CONTENT_KINDS)[number] } : {}),
          ...('banner' in s ? { banner: parseBanner(s.banner) } : {}),
          ...(Array.isArray(s.manage) ? { manage: parseManage(s.manage) } : {}),
          ...documentTimes(s.document),
        },
      };
    }
    default:
      return null;
  }
}

/** A document's two times, kept only when both are plausible epoch milliseconds in order. */
function documentTimes(d: unknown): Pick<PageScan, 'document'> {
  if (!isObj(d)) return {};
  const navigationStart = num(d.navigationStart);
  const scriptStart = num(d.scriptStart);
  if (navigationStart === null || scriptStart === null || navigationStart <= 0 || scriptStart < navigationStart || scriptStart > 8.64e15) return {};
  return { document: { navigationStart, scriptStart } };
}

const measure = (v: unknown): number => Math.max(0, Math.min(num(v) ?? 0, 100_000));

function parseControl(c: unknown): BannerControl | null {
  if (!isObj(c)) return null;
  const text = str(c.text, 200);
  if (text === null || !CONTROL_ROLES.includes(c.role as ControlRole)) return null;
  const contrast = num(c.contrast);
  return {
    role: c.role as ControlRole,
    text,
    selector: str(c.selector, 500),
    kind: c.kind === 'button' || c.kind === 'link' ? c.kind : 'other',
    visible: bool(c.visible),
    width: measure(c.width),
    height: measure(c.height),
    fontSize: measure(c.fontSize),
    contrast: contrast === null ? null : Math.max(1, Math.min(contrast, 21)),
    filled: bool(c.filled),
  };
}

/** A malformed banner is dropped (null), never half-trusted. */
function parseBanner(b: unknown): BannerScan | null {
  if (!isObj(b) || !Array.isArray(b.controls)) return null;
  const cmp = b.cmp === null ? null : str(b.cmp, 40);
  if (cmp === null && b.cmp !== null) return null;
  return {
    cmp,
    cmpsPresent: Array.isArray(b.cmpsPresent) ? b.cmpsPresent.slice(0, MAX.cmps).flatMap((x) => (typeof x === 'string' ? [x.slice(0, 40)] : [])) : [],
    source: b.source === 'signature' ? 'signature' : 'generic',
    visible: bool(b.visible),
    selector: str(b.selector, 500),
    text: str(b.text, 400) ?? '',
    impliedConsent: bool(b.impliedConsent),
    controls: b.controls.slice(0, MAX.controls).flatMap((c) => parseControl(c) ?? []),
    rejectSecondLayer: bool(b.rejectSecondLayer),
  };
}

function parseManage(list: unknown[]): ManageEntry[] {
  return list.slice(0, MAX.manage).flatMap((m) => {
    if (!isObj(m)) return [];
    const text = str(m.text, 200);
    if (text === null) return [];
    return [{ text, selector: str(m.selector, 500), source: m.source === 'signature' ? ('signature' as const) : ('vocabulary' as const), visible: bool(m.visible) }];
  });
}
