/**
 * Every bound Témoin puts on what a page can make it record, read or hold, in
 * one place: a hostile or huge page must not exhaust storage.session (10 MB),
 * the worker's memory or the page's own main thread, nor push real trackers
 * out of a full list. When a list is full, the report says so (notes) and the
 * verdicts that rest on an absence become manual checks (audit/site-access.ts).
 * Plain constants: each script that needs one gets only that one.
 */

/** What one audit keeps (shared/inventory.ts, background/record.ts). */
export const INVENTORY_LIMITS = {
  pages: 200,
  cookies: 2000,
  cookieHistory: 20,
  hosts: 1000,
  storageKeys: 2000,
  links: 1000,
  /**
   * Junk gets its own budget, so that a page cannot fill the lists before the
   * real trackers come: first-party hosts no table knows, and cookies first
   * seen being deleted.
   */
  firstPartyUnknownHosts: 200,
  deletedCookies: 300,
  /** Beyond a full list, room kept for what a table knows (a vendor's host, a known cookie or key). */
  reserved: 500,
  linkChecks: 30,
  notes: 100,
  text: 300,
} as const;

/** The audits of the sites a tab left for the audited one (a page that sends the tab elsewhere). */
export const MAX_EARLIER_AUDITS = 3;

/** More tabs than anyone audits at once: the oldest give way. */
export const MAX_AUDITED_TABS = 100;

/** What a content script's message may carry (shared/messages.ts checks every message against it). */
export const MESSAGE_LIMITS = { links: 1000, storage: 2000, writes: 200, text: 2000, controls: 30, manage: 20, cmps: 12 };

/** What the top frame's scan looks at (content/scan.ts). */
export const SCAN_LIMITS = { nodes: 50_000, links: 500, storageKeys: 1000, text: 200 };

/** What the banner detector looks at (content/banner.ts). */
export const BANNER_LIMITS = { candidates: 200, controls: 30, text: 300, bannerChars: 6000, manage: 20 };

/** Links looked at for the way to log in and out (audit/session-links.ts). */
export const SESSION_LINK_MAX = 80;

/** The page-world probe and the frame script: writes queued before the channel opens; attribute length. */
export const PROBE_LIMITS = { queued: 500, attributes: 4096, pending: 500 };

/** How much of a notice's text is read, on a page or in a PDF. */
export const MAX_NOTICE_CHARS = 300_000;

/** How much HTML the notice reader takes (audit/html-text.ts). */
export const MAX_HTML_CHARS = 2_000_000;

/** RFC 6265bis: a cookie's name and value at most 4096 octets; an attribute value at most 1024. */
export const SET_COOKIE_LIMITS = { nameValue: 4096, attributeValue: 1024 };

/** How much of a footer link's target the link checker reads (background/webrequest.ts). */
export const MAX_LINK_BODY_BYTES = 64 * 1024;

/** A report file larger than this is not read for a comparison (checked on its size first). */
export const MAX_REPORT_BYTES = 50_000_000;

/** The longest "who audited" a report keeps (the schema's maxLength). */
export const MAX_AUDITOR_CHARS = 200;

/** A PDF notice larger than this is not read; nor more pages of it (command line). */
export const PDF_LIMITS = { bytes: 8 * 1024 * 1024, pages: 40, perAudit: 4 };

/** Bounded work on hostile input: a request's parameters and JSON body, a cookie value, a notice's sentences and declared tools,
 * and the sentences of a notice read a second time without the dots inside names ("site.example", "Ltd. processes"). */
export const PARSE_LIMITS = { requestKeys: 200, requestDepth: 6, cookieValue: 4096, sentence: 1000, declaredTools: 80, dottedSentences: 400 };

/** How much a finding lists: pages judged one by one (beyond, one finding sums up the others), evidence lines. */
export const FINDING_LIMITS = { pages: 40, evidenceLines: 60 };

/** Controls the command line's --scenarios looks at to find the banner's choice. */
export const SCENARIO_CANDIDATES = 300;

/** What a page's probe keeps of what the page has scheduled (content/schedule-watch.ts). */
export const SCHEDULE_LIMITS = {
  /** Timers kept at once (a page that keeps more says `overflow`, and is watched for its whole window). */
  timers: 2000,
  /** A timer due this long ago may still be waiting for the page's main thread: it still counts. */
  graceMs: 250,
} as const;

/** Requests in flight counted per tab (background/in-flight.ts); past it, the tab counts as busy until its next document. */
export const MAX_IN_FLIGHT_PER_TAB = 5000;
