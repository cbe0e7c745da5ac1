/**
 * DOM scan of one frame: title, password field (login page), footer links
 * (in <footer>, [role=contentinfo], elements named footer, open shadow roots,
 * hidden popovers) and Web Storage keys. Bounded, so that a hostile or huge
 * page cannot make it run away.
 */
import type { PageScan, ScannedLink } from '../shared/messages.ts';
import { pageRole } from '../audit/page-role.ts';
import { MAX_NOTICE_CHARS } from '../audit/notice-limits.ts';

export const SCAN_LIMITS = { nodes: 50_000, links: 500, storageKeys: 1000, text: 200 };

const FOOTERISH = /(^|[-_\s])(footer|pied|bas-de-page|contentinfo)([-_\s]|$)/i;

/** Is the element inside a footer, crossing shadow-root boundaries upwards? */
function inFooter(el: Element): boolean {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const tag = node.localName;
      if (tag === 'footer' || node.getAttribute('role') === 'contentinfo') return true;
      const idClass = `${node.id} ${typeof node.className === 'string' ? node.className : ''}`;
      if (FOOTERISH.test(idClass) || /footer/i.test(tag)) return true;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
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

/** Every <a href> of the document and of its open shadow roots, in document order. */
function collectAnchors(root: Document): { anchors: { el: Element; shadow: boolean }[]; truncated: boolean } {
  const anchors: { el: Element; shadow: boolean }[] = [];
  let visited = 0;
  let truncated = false;
  const walk = (r: Document | ShadowRoot, shadow: boolean) => {
    const walker = root.createTreeWalker(r, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (++visited > SCAN_LIMITS.nodes) {
        truncated = true;
        return;
      }
      const el = n as Element;
      if ((el.localName === 'a' || el.localName === 'area') && el.hasAttribute('href')) anchors.push({ el, shadow });
      if (el.shadowRoot) walk(el.shadowRoot, true);
    }
  };
  walk(root, false);
  return { anchors, truncated };
}

function storageKeys(area: 'localStorage' | 'sessionStorage'): PageScan['storage'] {
  try {
    const s = window[area];
    const out: PageScan['storage'] = [];
    for (let i = 0; i < s.length && out.length < SCAN_LIMITS.storageKeys; i++) {
      const k = s.key(i);
      if (k !== null) out.push({ area, key: k.slice(0, 200) });
    }
    return out;
  } catch {
    return []; // sandboxed frame or storage disabled
  }
}

/** IndexedDB database names of this origin (async; absent where the API is missing or blocked). */
export async function indexedDbNames(): Promise<{ area: 'indexedDB'; key: string }[]> {
  try {
    const dbs = await indexedDB.databases();
    return dbs
      .map((d) => d.name)
      .filter((n): n is string => typeof n === 'string')
      .slice(0, SCAN_LIMITS.storageKeys)
      .map((key) => ({ area: 'indexedDB' as const, key: key.slice(0, 200) }));
  } catch {
    return [];
  }
}

export function scanDocument(doc: Document = document): PageScan {
  const { anchors, truncated } = collectAnchors(doc);
  const all: ScannedLink[] = anchors.map(({ el, shadow }) => ({
    text: linkText(el),
    href: (el.getAttribute('href') ?? '').trim().startsWith('#') || /^\s*javascript:/i.test(el.getAttribute('href') ?? '')
      ? (el.getAttribute('href') ?? '').trim().slice(0, 200)
      : ((el as HTMLAnchorElement).href || (el.getAttribute('href') ?? '')).slice(0, 2000),
    inFooter: inFooter(el),
    inShadowDom: shadow,
    hidden: isHidden(el),
  }));
  // Footer links; with no recognisable footer, the last links of the page stand in for it.
  let links = all.filter((l) => l.inFooter);
  if (!links.length) links = all.slice(-30);
  const storage = [...storageKeys('localStorage'), ...storageKeys('sessionStorage')];
  const hasPasswordField = doc.querySelector('input[type="password" i]') !== null;
  const role = pageRole(doc.location.href, doc.title || '', hasPasswordField);
  // Only a notice or cookie page's text is sent (and only its analysis is kept): ENT pages carry personal data.
  const main = role === 'notice' || role === 'cookies' ? (doc.querySelector('main, [role="main"], article') ?? doc.body) : null;
  return {
    url: doc.location.href,
    title: (doc.title || '').slice(0, 300),
    hasPasswordField,
    roleHint: role,
    ...(main ? { noticeText: ((main as HTMLElement).innerText ?? main.textContent ?? '').slice(0, MAX_NOTICE_CHARS) } : {}),
    links: links.slice(0, SCAN_LIMITS.links),
    storage,
    truncated: truncated || links.length > SCAN_LIMITS.links,
  };
}
