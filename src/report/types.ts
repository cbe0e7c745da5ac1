/**
 * The JSON report: a public interface that DPOs file as evidence and scripts
 * read. Its JSON Schema is report.schema.json (kept in step with this type by
 * test/unit/report-schema.test.ts); bump SCHEMA_VERSION on any change.
 */

export const SCHEMA_VERSION = '1.10.0';

export type Category = 'necessary' | 'audience' | 'advertising' | 'social' | 'functional' | 'consent' | 'unknown';
export type Party = 'first' | 'third';
/** home and login: the pages the kit ENT §2.2 names; portal: a page after login; notice, cookies, legal: the information pages. */
export type PageRole = 'home' | 'login' | 'portal' | 'notice' | 'cookies' | 'legal' | 'other';
export type FindingStatus = 'pass' | 'fail' | 'warn' | 'manual' | 'na';
export type Severity = 'high' | 'medium' | 'low' | 'info';

/**
 * The cookie that keeps the consent choice and its lifetime: observed after a
 * choice, else read from the live consent manager's configuration in the
 * page, else the manager's documented default.
 */
export interface ReportConsentCookie {
  name: string;
  lifetimeDays: number | null;
  source: 'observed' | 'config' | 'default';
}

/** The path of an ENT audit: which pages were seen, and the way to the login page when it was not. */
export interface ReportCoverage {
  home: string | null;
  login: string | null;
  /** A page after login (a way to log out was seen on it). */
  portal: string | null;
  notice: string | null;
  /** The link to the login page (or to the identity provider) found on the pages seen, when the login page was not seen. */
  loginEntry: { text: string; href: string } | null;
}

/** A cookie the audit never saw present: a write expired it at once, or it was removed from the store. */
export interface ReportDeletion {
  name: string;
  domain: string;
  path: string;
  at: string;
  /** http: a Set-Cookie header; script: the page's script; browser: a removal seen in the cookie store. */
  by: 'http' | 'script' | 'browser';
  /** The page shown when it happened (masked). */
  page: string;
  /** It had been set before the audit began. */
  setBeforeAudit: boolean;
}

export interface ReportCookie {
  name: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  party: Party;
  category: Category;
  vendor: string | null;
  /** Where the category comes from: overlay, open-cookie-database, tarteaucitron, vendor-domain; null = unknown. */
  classifiedBy: string | null;
  session: boolean;
  /** Lifetime the site asked for (Set-Cookie or document.cookie), in days; null if unseen or session. */
  declaredLifetimeDays: number | null;
  /** Lifetime in the browser's cookie store (capped at 400 days), in days; null if session or not stored. */
  storedLifetimeDays: number | null;
  /** First seen before any user interaction with the audited pages. */
  setBeforeConsent: boolean;
  /** It was in the browser before the audit began (the user's own profile): when it was set may be unknown. */
  setBeforeAudit: boolean;
  /**
   * Only a script's write was seen: the cookie store never showed this cookie
   * (the browser may have refused it). Its declared lifetime never shortens a
   * stored one. Absent (false) in reports before 1.7.0.
   */
  unconfirmed?: boolean;
  /** When its lifetime started (the write judged, or the creation date its identifier carries); null: unknown, set before the audit began. */
  setAt: string | null;
  /** For a cookie set before the audit began on an unknown date: days left before it expires (a lower bound of its lifetime). */
  remainingDays: number | null;
  /** When the page or the browser removed it, if it was removed after being seen present. */
  deletedAt: string | null;
  /** true: needs consent (advertising, social, audience that cannot be exempt as observed); false: exempt (necessary, consent choice); null: depends (audience exemption conditions) or to review. */
  needsConsent: boolean | null;
  /** Expiry pushed forward on a later page visit. */
  renewedOnRevisit: boolean;
  /** null: only seen in the cookie store, the write itself was not observed. */
  source: 'http' | 'script' | null;
  partitioned: boolean;
  partitionKey: string | null;
  secure: boolean | null;
  httpOnly: boolean | null;
  sameSite: string | null;
  firstSeenAt: string;
  /** Number of writes of this cookie observed (Set-Cookie headers and script writes). */
  writes: number;
  /** Whether a later write carried a different value (a new identifier) — from hashes, never values. */
  valueChanged: boolean;
  /** True when the cookie was written but is not (or no longer) in the cookie store. */
  notStored: boolean;
}

export interface ReportStorage {
  origin: string;
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  key: string;
  category: Category;
  vendor: string | null;
  setBeforeConsent: boolean;
  /** true: needs consent (advertising, social, audience that cannot be exempt as observed); false: exempt (necessary, consent choice); null: depends (audience exemption conditions) or to review. */
  needsConsent: boolean | null;
}

export interface ReportThirdParty {
  /** Requests were seen after the first user interaction (e.g. after clicking "refuse"). */
  seenAfterInteraction: boolean;
  /** true: a known vendor whose use needs consent; false / null as for cookies (null for unknown hosts). */
  needsConsent: boolean | null;
  host: string;
  site: string;
  vendor: string | null;
  category: Category;
  requests: number;
  types: string[];
  params: string[];
  samples: string[];
}

/** One control of a consent banner's first layer, measured to compare prominence (CSS px). */
export interface ReportBannerControl {
  role: 'accept' | 'reject' | 'settings' | 'continue' | 'acknowledge' | 'other';
  text: string;
  /** A CSS selector that finds it again (the command line's scenarios click it; inside an open shadow root, starting at its host); null when none. */
  selector: string | null;
  kind: 'button' | 'link' | 'other';
  visible: boolean;
  width: number;
  height: number;
  fontSize: number;
  /** WCAG contrast ratio of its text on its background; null when not computable. */
  contrast: number | null;
  /** Its background is painted (a filled button) rather than transparent. */
  filled: boolean;
}

export interface ReportBanner {
  /** A box about cookies was seen on one of the pages (an information-only box counts: see `kind`). */
  detected: boolean;
  visible: boolean;
  /** Lowercase CMP id (tarteaucitron, orejime, cookieconsent, dsfr, …; `autoconsent:<rule>` when only autoconsent's rules know it), `custom` for a home-made banner offering a choice, `info-only` for a box with no choice; null when none. */
  cmp: string | null;
  /** Buttons of the first layer. */
  buttons: { accept: boolean; reject: boolean; settings: boolean };
  /** The consent cookie observed, with the lifetime it was given (declared, else stored). */
  consentCookie: ReportConsentCookie | null;
  /** choice: accept and/or reject offered; implied-consent: "if you go on browsing…" or "Continue" only; info-only: no choice. */
  kind: 'choice' | 'implied-consent' | 'info-only' | null;
  /** How it was recognised: our CMP signature table, our generic detector, or only autoconsent's rules. */
  source: 'signature' | 'generic' | 'autoconsent' | null;
  /** What DuckDuckGo's autoconsent (detect-only) named: rules that matched, popups it saw shown, clicks it made (always 0). */
  autoconsent: { detected: string[]; popups: string[]; clicks: number };
  cmpName: string | null;
  /** Every CMP signature present in the pages. */
  cmpsPresent: string[];
  /** The page it was seen on (masked URL). */
  page: string | null;
  selector: string | null;
  /** The banner's text, clipped. */
  text: string;
  controls: ReportBannerControl[];
  /** Clicks it takes to refuse: 1 (first layer), 2 (through the settings panel), null (no reject control found). */
  rejectClicks: 1 | 2 | null;
  /** Reject compared with accept: size, kind, font, fill, contrast. */
  prominence: { comparable: boolean; gaps: string[]; areaRatio: number | null } | null;
  /** Persistent entry points to change one's choice (CMP icon, footer link). */
  manage: { text: string; selector: string | null; source: 'signature' | 'vocabulary' | 'footer-link'; visible: boolean; page: string }[];
  /** Where the choice is kept: observed, or the CMP's default when not observed yet. */
  consentStorage: { kind: 'cookie' | 'localStorage'; name: string; lifetimeDays: number | null; observed: boolean } | null;
  /** The CMP's default choice lifetime (signature table), when known. */
  defaultLifetimeDays: number | null;
  /** Screenshot of the banner as evidence (file name next to the report), command line only. */
  screenshot: string | null;
}

/** What each scenario of `--scenarios` observed in a fresh profile. */
export interface ReportScenario {
  id: 'none' | 'reject' | 'accept';
  ran: boolean;
  /** The control clicked, or why the scenario could not run. */
  clicked: string[];
  error: string | null;
  /** Trackers that need consent, seen after the choice (cookies, storage keys, hosts). */
  trackersAfterChoice: string[];
  /** All trackers that need consent seen in the scenario. */
  trackers: string[];
  consentCookie: ReportConsentCookie | null;
}

export interface ReportLink {
  category: string | null;
  text: string;
  href: string;
  page: string;
  inFooter: boolean;
  inShadowDom: boolean;
  hidden: boolean;
  /** true: `#`, empty, `javascript:` (not opening a consent manager), or the target answered 4xx/5xx or not at all; false: it answered; null: not checked. */
  dead: boolean | null;
  /** HTTP status of the target, fetched without cookies; null when not checked or no answer. */
  httpStatus: number | null;
}

export interface ReportNotice {
  url: string;
  /** A privacy notice or a cookie page. */
  kind: 'notice' | 'cookies';
  /** Read on a page the user visited, or fetched (without cookies) from a footer link. */
  source: 'page' | 'link';
  /** A PDF notice is located; the command line reads it (pdfRead), the extension does not. */
  format: 'html' | 'pdf';
  /** A PDF whose text the command line read and analysed (absent: not read). */
  pdfRead?: boolean;
  language: string | null;
  /** Each GDPR art. 13 item: true when a sentence of the notice says it. */
  items: Record<string, boolean>;
  /** Each item present (a sentence says it), unclear (only a word, or a heading) or absent (absent from reports before 1.6.0). */
  itemStatus?: Record<string, 'present' | 'unclear' | 'absent'>;
  /** The sentence that proves each item found, short. */
  excerpts: Record<string, string>;
  /** The periods it declares and the data each concerns (absent from reports before 1.6.0). */
  retentions?: { category: 'logs' | 'audience' | 'account' | 'cookies' | 'other'; months: number | null; afterLeaving: boolean; excerpt: string }[];
  /** Rights named: access, rectification, opposition, limitation, erasure, portability. */
  rights: string[];
  /** Tools its cookie section names. */
  cookieTools: string[];
  /** Vendors of Témoin's table it names, by id (absent from reports before 1.6.0). */
  vendorsNamed?: string[];
  /** A cookie page's claims: only necessary cookies; how to refuse or withdraw (absent from reports before 1.6.0). */
  cookieClaims?: { onlyNecessary: boolean; howToRefuse: boolean };
  declaredAudienceRetentionMonths: number | null;
  /** Cookie lifetimes the text declares name by name: the longest it allows, in days (0: session); absent from reports before 1.6.0. */
  cookieLifetimes?: { name: string; maxDays: number; excerpt: string }[];
  /** The text explains the rules rather than informs (a guide, an article on the law: names no controller, never speaks for the body that processes the data, recites the law; or an internal policy that sets rules for staff and tells no reader what becomes of their data) (absent: no; since 1.9.0). */
  explainsRules?: boolean;
}

export interface Finding {
  rule: string;
  status: FindingStatus;
  severity: Severity;
  /** What the finding is about (a cookie, a tool), or null for the whole site. */
  subject: string | null;
  /** Plain French: what was found. */
  title: string;
  /** Facts observed, in French. */
  evidence: string[];
  /** What to do about it, in French; null when nothing is to be done. */
  fix: string | null;
  /** The texts the rule applies, quoted. */
  references: string[];
  /** The same in English. */
  en: { title: string; evidence: string[]; fix: string | null };
}

/** How one visit of the command line's audit was watched (ReportEnvironment.visits). */
export interface ReportVisitWatch {
  step: 'first-visit' | 'revisit' | 'login';
  watchedMs: number;
  windowMs: number;
  /** `window`: the whole window, and quiet; `nothing-scheduled`: sooner, the page having nothing due within it; `timeout`: the page kept talking until the time allowed ran out. */
  ended: 'window' | 'nothing-scheduled' | 'timeout';
}

export interface ReportEnvironment {
  collectedBy: 'extension' | 'cli';
  userAgent: string | null;
  /**
   * Whether the browser let Témoin see every site when the report was made:
   * 'restricted' when the user withheld access to some (Chromium's site
   * access, Firefox's permissions); their cookies, requests and storage were
   * not observed, and findings resting on an absence became manual checks.
   * Absent in reports made before 1.5.0.
   */
  siteAccess?: 'all' | 'restricted';
  /** Filled by the command line: how it configured Chromium. */
  /** Command line: how long each page was watched after its load event at least, however little it had scheduled (1000 since 1.10.0; before, 2500, the whole window). */
  minimumObservationMs?: number;
  /**
   * Command line: how long each page was watched after its load event on its first visit, unless every frame
   * of it had nothing scheduled within that time (no timer due, no request in flight, no worker, no animation
   * by script, no idle callback); since 1.10.0.
   */
  observationWindowMs?: number;
  /** Command line: each visit of the audit (first visit, the same page again, the login page), how long it was watched after its load event and why it ended; since 1.10.0. */
  visits?: ReportVisitWatch[];
  browser?: {
    name: string;
    version: string;
    headless: boolean;
    thirdPartyCookies: 'allowed' | 'blocked';
    webdriverFlagHidden: boolean;
    /** Chromium's sandbox on (a user's browser) or off (--no-sandbox, asked for explicitly). */
    sandbox?: boolean;
    /** The flags it ran with, secrets masked. */
    args: string[];
  };
}

export interface Report {
  schemaVersion: string;
  /** Témoin's version, and what its knowledge tables were built from (absent before 1.7.0). */
  tool: { name: string; version: string; knowledge?: { sources: { name: string; version: string }[]; fingerprint: string } };
  startedAt: string;
  finishedAt: string;
  target: string;
  site: string;
  /** Who ran the audit, as they typed it (absent unless given; since 1.8.0). */
  auditor?: string;
  environment: ReportEnvironment;
  pages: { url: string; title: string; role: PageRole; visitedAt: string }[];
  cookies: ReportCookie[];
  /** Cookies the audit saw deleted without ever seeing them present (absent from reports before 1.6.0). */
  deletions?: ReportDeletion[];
  storage: ReportStorage[];
  thirdParties: ReportThirdParty[];
  /** null: banner analysis not performed (no page scanned). */
  banner: ReportBanner | null;
  /** The command line's `--scenarios`: the same site in fresh profiles with no interaction, after refusing, after accepting. */
  scenarios?: ReportScenario[];
  links: ReportLink[];
  /** The path of the audit (absent from reports before 1.6.0). */
  coverage?: ReportCoverage;
  notices: ReportNotice[];
  findings: Finding[];
  /** What the collection could not see or had to skip (limits, malformed input). */
  notes: string[];
  /** The audits of the sites this tab left for this one (a page that sends the tab elsewhere), oldest first. */
  earlierAudits?: Report[];
}
