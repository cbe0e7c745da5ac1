/**
 * DOM scan of one frame: title, password field (login page), footer links
 * (in <footer>, [role=contentinfo], elements named footer, open shadow roots,
 * hidden popovers); and, apart, the storage keys of a frame. Bounded, so
 * that a hostile or huge page cannot make it run away (and says so).
 */
import type { PageScan, ScannedLink, StorageKey } from '../shared/messages.ts';
import { roleOfPath } from '../audit/page-role.ts';
import { headingKind, isLoginEntry, isLogout, SESSION_LINK_SELECTOR } from '../audit/session-links.ts';
import { MAX_NOTICE_CHARS, SCAN_LIMITS, SESSION_LINK_MAX } from '../shared/limits.ts';
import { STORAGE_KINDS, type StorageKind } from './probe-event.ts';


const FOOTERISH = /(^|[-_\s])(footer|pied|bas-de-page|contentinfo)([-_\s]|$)/i;
// Candidates found natively; FOOTERISH then confirms (so that class="copied" is not "pied").
const FOOTER_CANDIDATES = 'footer, [role="contentinfo" i], [id*="footer" i], [class*="footer" i], [id*="pied" i], [class*="pied" i], [class*="bas-de-page" i], [id*="contentinfo" i], [class*="contentinfo" i]';
const ANCHORS = 'a[href], area[href]';

function isFooterElement(el: Element): boolean {
  if (el.localName === 'footer' || /footer/i.test(el.localName) || el.getAttribute('role')?.toLowerCase() === 'contentinfo') return true;
  return FOOTERISH.test(`${el.id} ${typeof el.className === 'string' ? el.className : ''}`);
}

/** Is the element inside a footer of its own tree (itself included)? Native `closest`, confirmed by name. */
function inFooterOfItsTree(el: Element): boolean {
  for (let c = el.closest(FOOTER_CANDIDATES); c; c = c.parentElement?.closest(FOOTER_CANDIDATES) ?? null) {
    if (isFooterElement(c)) return true;
  }
  return false;
}

function isHidden(el: Element): boolean {
  const e = el as HTMLElement & { checkVisibility?: (o?: object) => boolean };
  if (typeof e.checkVisibility === 'function') return !e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  return e.getClientRects().length === 0;
}

function linkText(a: Element): string {
  const t = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.getAttribute('aria-label') || a.getAttribute('title') || '';
  return t.slice(0, SCAN_LIMITS.text);
}

/**
 * Open shadow roots are looked for on custom elements (a hyphen in the tag
 * name, found by a native XPath query, so that a 20,000-element page is not
 * walked from script); inside a shadow tree, on every element. A shadow root
 * attached to a built-in element (a `div.attachShadow`) is not searched.
 */
function customElementsOf(doc: Document): ArrayLike<Element> {
  if (typeof doc.evaluate !== 'function' || typeof XPathResult === 'undefined') return doc.getElementsByTagName('*');
  const r = doc.evaluate("//*[contains(local-name(), '-')]", doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const out: Element[] = [];
  for (let i = 0; i < r.snapshotLength && i < SCAN_LIMITS.nodes; i++) out.push(r.snapshotItem(i) as Element);
  return out;
}

/** A link element, and whether it sits in an open shadow root. */
interface FoundLink {
  el: Element;
  shadow: boolean;
}

interface TreeLinks {
  /** Links inside a footer (in document order, each tree after the one that hosts it). */
  footer: FoundLink[];
  /** Every link, only gathered when no footer link was found (the fallback takes the last ones). */
  all: FoundLink[];
  truncated: boolean;
}

/**
 * The links of the document and of its open shadow roots that sit in a
 * footer, footers first: the footers of a tree are found by one native query
 * (then confirmed by name), and only their links are looked at, so that a
 * page of thousands of links does not test each one. A shadow tree whose
 * host is in a footer, or is named footer, is all footer. With no footer
 * link anywhere, every link is gathered for the fallback.
 */
function collectLinks(doc: Document): TreeLinks {
  const trees: { root: Document | ShadowRoot; shadow: boolean; allFooter: boolean }[] = [];
  let visited = 0;
  let truncated = false;
  const walk = (root: Document | ShadowRoot, shadow: boolean, allFooter: boolean) => {
    trees.push({ root, shadow, allFooter });
    const hosts = root instanceof Document ? customElementsOf(root) : root.querySelectorAll('*');
    for (let i = 0; i < hosts.length; i++) {
      if (++visited > SCAN_LIMITS.nodes) {
        truncated = true;
        return;
      }
      const host = hosts[i]!;
      const sr = host.shadowRoot;
      if (sr) walk(sr, true, allFooter || /footer/i.test(host.localName) || inFooterOfItsTree(host));
    }
  };
  walk(doc, false, false);
  const footer: FoundLink[] = [];
  for (const { root, shadow, allFooter } of trees) {
    const seen = new Set<Element>();
    const take = (el: Element) => {
      if (seen.has(el)) return;
      seen.add(el);
      footer.push({ el, shadow });
    };
    if (allFooter) {
      for (const el of root.querySelectorAll(ANCHORS)) take(el);
      continue;
    }
    for (const f of root.querySelectorAll(FOOTER_CANDIDATES)) {
      if (!isFooterElement(f)) continue;
      if (f.matches(ANCHORS)) take(f);
      for (const el of f.querySelectorAll(ANCHORS)) take(el);
    }
  }
  const all = footer.length ? [] : trees.flatMap(({ root, shadow }) => [...root.querySelectorAll(ANCHORS)].map((el) => ({ el, shadow })));
  return { footer, all, truncated };
}

/**
 * Whether a batch of mutation records added an element to the document, or
 * changed its title: then new footer links or a banner may have come, and
 * the page is scanned again. (Read from the records themselves: no walk of
 * the document, which on a 20,000-element page cost about 1 ms each time.)
 */
export function addsContent(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type !== 'childList') continue;
    if ((r.target as Element).localName === 'title') return true;
    for (let i = 0; i < r.addedNodes.length; i++) if (r.addedNodes[i]!.nodeType === Node.ELEMENT_NODE) return true;
  }
  return false;
}

interface FrameStorage {
  keys: StorageKey[];
  /** More keys than SCAN_LIMITS.storageKeys in one area: the rest were not read. */
  truncated: boolean;
}

function webStorageKeys(area: 'localStorage' | 'sessionStorage'): FrameStorage {
  try {
    const s = window[area];
    const keys: StorageKey[] = [];
    for (let i = 0; i < s.length && keys.length < SCAN_LIMITS.storageKeys; i++) {
      const k = s.key(i);
      if (k !== null) keys.push({ area, key: k.slice(0, 200) });
    }
    return { keys, truncated: s.length > SCAN_LIMITS.storageKeys };
  } catch {
    return { keys: [], truncated: false }; // sandboxed frame or storage disabled
  }
}

/** IndexedDB database names of this origin (absent where the API is missing or blocked). */
async function indexedDbNames(): Promise<FrameStorage> {
  try {
    const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => typeof n === 'string');
    const keys = names.slice(0, SCAN_LIMITS.storageKeys).map((key) => ({ area: 'indexedDB' as const, key: key.slice(0, 200) }));
    return { keys, truncated: names.length > SCAN_LIMITS.storageKeys };
  } catch {
    return { keys: [], truncated: false };
  }
}

/** This frame's storage keys: Web Storage keys and IndexedDB database names (never the values), of the storages asked for. */
export async function readStorageKeys(kinds: ReadonlySet<StorageKind> = new Set(STORAGE_KINDS)): Promise<FrameStorage> {
  const parts = [
    kinds.has('localStorage') ? webStorageKeys('localStorage') : null,
    kinds.has('sessionStorage') ? webStorageKeys('sessionStorage') : null,
    kinds.has('indexedDB') ? await indexedDbNames() : null,
  ].filter((p): p is FrameStorage => p !== null);
  return { keys: parts.flatMap((p) => p.keys), truncated: parts.some((p) => p.truncated) };
}

/** Ways to log in and out (see SESSION_LINK_SELECTOR). Bounded. */
export function sessionLinks(doc: Document): Pick<PageScan, 'loginEntry' | 'hasLogout'> {
  const els = doc.querySelectorAll(SESSION_LINK_SELECTOR);
  let loginEntry: PageScan['loginEntry'];
  let hasLogout = false;
  for (let i = 0; i < els.length && i < SESSION_LINK_MAX && !(loginEntry && hasLogout); i++) {
    const el = els[i]!;
    const text = linkText(el);
    const href = el.localName === 'a' ? ((el as HTMLAnchorElement).href || el.getAttribute('href') || '').slice(0, 2000) : '';
    if (!hasLogout && isLogout(text, href)) hasLogout = true;
    else if (!loginEntry && href && isLoginEntry(text, href)) loginEntry = { text, href };
  }
  return { ...(loginEntry ? { loginEntry } : {}), ...(hasLogout ? { hasLogout } : {}) };
}

/** What the title and the first headings announce: a notice, a cookie page or a legal notice. */
function contentKindOf(doc: Document): PageScan['contentKind'] {
  const heads = doc.querySelectorAll('h1, h2');
  for (const t of [doc.title, ...[...heads].slice(0, 6).map((h) => h.textContent ?? '')]) {
    const k = headingKind(t.slice(0, 300));
    if (k) return k;
  }
  return undefined;
}

export function scanDocument(doc: Document = document): PageScan {
  const { footer: inFoot, all, truncated } = collectLinks(doc);
  // Footer links; with no recognisable footer, the last links of the page stand in for it.
  const kept = (inFoot.length ? inFoot : all.slice(-30)).slice(0, SCAN_LIMITS.links + 1);
  // Text and visibility (which costs style work) only for the links kept.
  const links: ScannedLink[] = kept.map(({ el, shadow }) => {
    const raw = (el.getAttribute('href') ?? '').trim();
    return {
      text: linkText(el),
      href: raw.startsWith('#') || /^javascript:/i.test(raw) ? raw.slice(0, 200) : ((el as HTMLAnchorElement).href || raw).slice(0, 2000),
      inFooter: inFoot.length > 0,
      inShadowDom: shadow,
      hidden: isHidden(el),
    };
  });
  const hasPasswordField = doc.querySelector('input[type="password" i]') !== null;
  const session = sessionLinks(doc);
  const contentKind = contentKindOf(doc);
  const role = roleOfPath(doc.location.pathname, doc.title || '', hasPasswordField, { loggedIn: session.hasLogout, contentKind });
  // Only a page that looks like a notice or a cookie page, by its address or its headings, sends its text
  // (and only its analysis is kept): ENT pages carry personal data.
  const main = role === 'notice' || role === 'cookies' ? (doc.querySelector('main, [role="main"], article') ?? doc.body) : null;
  return {
    url: doc.location.href,
    title: (doc.title || '').slice(0, 300),
    hasPasswordField,
    roleHint: role,
    ...session,
    ...(contentKind ? { contentKind } : {}),
    ...(main ? { noticeText: ((main as HTMLElement).innerText ?? main.textContent ?? '').slice(0, MAX_NOTICE_CHARS) } : {}),
    links: links.slice(0, SCAN_LIMITS.links),
    truncated: truncated || links.length > SCAN_LIMITS.links,
  };
}
