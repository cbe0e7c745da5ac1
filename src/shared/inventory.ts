/**
 * The Inventory: everything the collectors observed for one audit (one tab,
 * one site, possibly many pages). Collectors only append facts here; they
 * never judge. It is plain JSON so that it can live in storage.session and
 * survive the service worker being stopped.
 *
 * Never a cookie value: only a short hash (see audit/hash.ts).
 */
export const INVENTORY_VERSION = 1;

import { INVENTORY_LIMITS } from './limits.ts';

export type CookieSource = 'http' | 'script';

export interface CookieEvent {
  at: number;
  /** set: a Set-Cookie or document.cookie write seen; stored: the cookie store changed; removed. */
  kind: 'set' | 'stored' | 'removed';
  source: CookieSource | 'store';
  /** Expiry in epoch ms; null = session cookie. */
  expiresAt: number | null;
  /** For 'set': the expiry the site asked for (before the browser's 400-day cap). */
  valueHash?: string;
  /** Index in Inventory.pages of the page being shown when it happened. */
  page: number;
  cause?: string;
}

export interface CookieRecord {
  name: string;
  /** Without leading dot. */
  domain: string;
  hostOnly: boolean;
  path: string;
  /** Top-level site of a partitioned (CHIPS) cookie, else undefined. */
  partitionKey?: string;
  /** How it was written; null when only seen in the cookie store (written before the audit or by a worker). */
  source: CookieSource | null;
  firstSeenAt: number;
  /** Writes seen (Set-Cookie headers and script writes). */
  writes: number;
  lastValueHash?: string;
  /** A later write carried a different value than the previous one. */
  valueChanged: boolean;
  /** Last write seen (Set-Cookie or document.cookie): when, and the expiry asked for. */
  declared?: { setAt: number; expiresAt: number | null };
  /** Last state read from the cookie store (browser-capped). */
  stored?: { expiresAt: number | null; setAt: number; observedAt: number };
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: string;
  /**
   * First known from a snapshot of the cookie store, with no write or store
   * change seen: it was set before the audit began, on a date unknown
   * (unless its value carries one, see createdDay).
   */
  preexisting?: boolean;
  /** The day (epoch ms, 00:00 UTC) its identifier says it was created, read from the value in the worker; never the value. */
  createdDay?: number;
  /** The privacy mode the tool stores in it ("exempt", "optin"…), last seen: an enumeration, not an identifier. */
  privacyMode?: string;
  history: CookieEvent[];
}

import type { NoticeAnalysis } from '../audit/notice.ts';
import type { LinkCategory } from '../audit/links.ts';
import type { BannerScan, ManageEntry } from './messages.ts';
import type { PageRole } from '../report/types.ts';

export type { PageRole } from '../report/types.ts';

export interface PageVisit {
  url: string; // masked
  title: string;
  role: PageRole;
  visitedAt: number;
  hasPasswordField: boolean;
  scanned: boolean;
  /** When the page is itself a notice or cookie page: what it says (never its text). */
  notice?: NoticeAnalysis;
  /** The consent banner seen on this page (null: looked, none; absent: not scanned yet). */
  banner?: BannerScan | null;
  /** The way to log in this page offers (masked target), when it has one. */
  loginEntry?: { text: string; href: string };
  /** A way to log out was seen: the page is seen logged in. */
  loggedIn?: boolean;
  /** The choice lifetimes its consent manager is configured with, read from the live page (empty: being read, or none). */
  cmpConfig?: { cmp: string; name: string | null; lifetimeDays: number | null }[];
  /** Entry points to change one's consent choice seen on this page. */
  manage?: ManageEntry[];
  /** What autoconsent (detect-only) named on this page: CMPs present, popups shown, clicks it made (must stay 0). */
  autoconsent?: { detected: string[]; popups: string[]; clicks: number };
}

export interface HostRecord {
  host: string;
  requests: number;
  types: string[];
  firstSeenAt: number;
  /** Last request (absent in inventories recorded before it was kept). */
  lastSeenAt?: number;
  /** Query and body key names seen on requests to this host (never values). */
  params: string[];
  /** Distinct request paths (token-like segments masked). */
  paths: string[];
  /** Values of whitelisted, non-identifying keys (privacy modes), as "key=value". */
  observed: string[];
  /** A few masked sample URLs, as evidence. */
  samples: string[];
}

export interface StorageRecord {
  origin: string;
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  key: string;
  firstSeenAt: number;
  page: number;
}

export interface LinkRecord {
  text: string;
  href: string; // masked
  /** The key of its check when its address has a query (linkCheckKey): the masked address alone would merge two pages. */
  checkKey?: string;
  page: number;
  inFooter: boolean;
  inShadowDom: boolean;
  hidden: boolean;
}

/** What fetching a footer link found (keyed by its masked URL). */
export interface LinkCheck {
  /** Final HTTP status, or null when the request failed (network, timeout). */
  status: number | null;
  error?: string;
  format: 'html' | 'pdf' | 'other';
  category: LinkCategory;
  checkedAt: number;
  /** For privacy and cookie links that answered with a page: what it says. */
  notice?: { kind: 'notice' | 'cookies'; analysis: NoticeAnalysis };
  /** The link led to a login form: the notice cannot be read without logging in. */
  loginRequired?: boolean;
}

export interface Inventory {
  version: typeof INVENTORY_VERSION;
  tabId: number;
  /** Registrable domain of the audited top-level page. */
  site: string;
  /** Host and scheme of the first top-level page. */
  topHost: string;
  topScheme: string;
  startedAt: number;
  updatedAt: number;
  /** First trusted user interaction (click, key) on the audited pages, if any. */
  firstInteractionAt: number | null;
  /** When the person auditing said they clicked "Reject all" in the banner (the popup's button), if they did. */
  refusalMarkedAt?: number;
  pages: PageVisit[];
  cookies: Record<string, CookieRecord>;
  hosts: Record<string, HostRecord>;
  storage: Record<string, StorageRecord>;
  links: LinkRecord[];
  /** Footer links fetched (without cookies) to check them and read the notices they lead to. */
  linkChecks: Record<string, LinkCheck>;
  /** Collection notes: malformed headers ignored, limits reached, … (no values). */
  notes: string[];
  /** The lists that reached their limit and dropped records: verdicts resting on an absence become manual checks. */
  limitsHit?: LimitedList[];
  /**
   * The audits of the sites this tab left for this one (oldest first, at most
   * MAX_EARLIER_AUDITS): a page that sends the tab elsewhere does not throw
   * away what was recorded of it.
   */
  earlier?: Inventory[];
}


export type LimitedList = 'hosts' | 'cookies' | 'storage';

export function cookieKey(c: { name: string; domain: string; path: string; partitionKey?: string }): string {
  return `${c.name}\u0000${c.domain}\u0000${c.path}\u0000${c.partitionKey ?? ''}`;
}

export function newInventory(tabId: number, topUrl: URL, site: string, now: number): Inventory {
  return {
    version: INVENTORY_VERSION,
    tabId,
    site,
    topHost: topUrl.hostname,
    topScheme: topUrl.protocol.replace(':', ''),
    startedAt: now,
    updatedAt: now,
    firstInteractionAt: null,
    pages: [],
    cookies: {},
    hosts: {},
    storage: {},
    links: [],
    linkChecks: {},
    notes: [],
  };
}

export function clip(text: string, max: number = INVENTORY_LIMITS.text): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
