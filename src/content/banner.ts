/**
 * Consent banner detection in the top frame, in two layers: our CMP
 * signature table (names the CMP, finds its controls), then a generic
 * detector for home-made banners (fixed, sticky or dialog boxes that talk
 * about cookies) which reports banners with no reject control too. It only
 * reads: nothing is clicked, hidden nor restyled.
 */
import { BANNER_VOCABULARY, CMP_SIGNATURES, type CmpSignature } from '../knowledge/cmps.ts';
import { contrastRatio, controlRole, isManageText, mentionsCookies, saysImpliedConsent } from '../audit/banner.ts';
import type { BannerControl, BannerScan, ControlRole, ManageEntry } from '../shared/messages.ts';
import { queryAll, queryFirst } from './select.ts';
import { BANNER_LIMITS } from '../shared/limits.ts';


const CONTROL_SELECTOR = 'button, a[href], [role="button" i], input[type="button" i], input[type="submit" i]';
const NAMED_CANDIDATES = [
  'dialog[open]',
  '[role="dialog" i]',
  '[role="alertdialog" i]',
  '[aria-modal="true" i]',
  ...['cookie', 'consent', 'rgpd', 'gdpr', 'bandeau', 'banner', 'tracking', 'privacy'].flatMap((w) => [`[id*="${w}" i]`, `[class*="${w}" i]`]),
].join(', ');

// innerText is what a person reads; a banner not shown yet (animated in) has none, so fall back to its source text.
/** A quick, accent-insensitive prefilter before the vocabulary (which folds the text first). */
const COOKIEISH = new RegExp(BANNER_VOCABULARY.prefilter.cookie, 'i');
const MANAGEISH = new RegExp(BANNER_VOCABULARY.prefilter.manage, 'i');

const textOf = (el: Element): string => (((el as HTMLElement).innerText || el.textContent) ?? '').replace(/\s+/g, ' ').trim();
const controlText = (el: Element): string =>
  (textOf(el) || (el as HTMLInputElement).value || el.getAttribute('aria-label') || el.getAttribute('title') || '').slice(0, 200);

function isVisible(el: Element): boolean {
  const e = el as HTMLElement & { checkVisibility?: (o?: object) => boolean };
  if (typeof e.checkVisibility === 'function' && !e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/**
 * A selector that finds the element again: its id, else a path of
 * :nth-of-type from the nearest ancestor with an id. Inside an open shadow
 * root, the path starts at the host, joined by a descendant combinator (the
 * command line's Playwright pierces open shadow roots; querySelector does not).
 */
export function selectorOf(el: Element): string | null {
  const parts: string[] = [];
  for (let cur: Element = el; parts.length < 25; ) {
    const root = cur.getRootNode();
    const inDocument = root instanceof Document;
    if (!inDocument && !(root instanceof ShadowRoot)) return null;
    if (inDocument && cur.id && root.querySelectorAll(`#${CSS.escape(cur.id)}`).length === 1) {
      parts.unshift(`#${CSS.escape(cur.id)}`);
      return parts.join(' > ');
    }
    if (cur.localName === 'html') {
      parts.unshift('html');
      return parts.join(' > ');
    }
    const parent: Element | null = cur.parentElement;
    const siblings = parent ? [...parent.children] : root instanceof ShadowRoot ? [...root.children] : [];
    const same = siblings.filter((c) => c.localName === cur.localName);
    parts.unshift(same.length > 1 ? `${cur.localName}:nth-of-type(${same.indexOf(cur) + 1})` : cur.localName);
    if (parent) {
      cur = parent;
      continue;
    }
    if (!(root instanceof ShadowRoot)) return null;
    const host = selectorOf(root.host);
    return host ? `${host} ${parts.join(' > ')}` : null;
  }
  return null;
}

type Rgba = [number, number, number, number];
function parseColour(c: string): Rgba | null {
  const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/.exec(c);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** The painted background behind an element: its own, else its ancestors' (white at the top). */
function backgroundOf(el: Element): [number, number, number] {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const bg = parseColour(getComputedStyle(cur).backgroundColor);
    if (bg && bg[3] > 0.5) return [bg[0], bg[1], bg[2]];
  }
  return [255, 255, 255];
}

function measureControl(el: Element, role: ControlRole): BannerControl {
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const fg = parseColour(style.color);
  const own = parseColour(style.backgroundColor);
  const filled = !!own && own[3] > 0.5;
  const tag = el.localName;
  const kind: BannerControl['kind'] = tag === 'button' || tag === 'input' || el.getAttribute('role')?.toLowerCase() === 'button' ? 'button' : tag === 'a' ? 'link' : 'other';
  return {
    role,
    text: controlText(el),
    selector: selectorOf(el),
    kind,
    visible: isVisible(el),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
    fontSize: Math.round(parseFloat(style.fontSize) * 10) / 10 || 0,
    contrast: fg ? contrastRatio([fg[0], fg[1], fg[2]], backgroundOf(el)) : null,
    filled,
  };
}

/** The CMP table's selectors are lists: asked one selector at a time (see select.ts). */
const query = queryFirst;

/** The controls of a banner: the signature's selectors first, then every other control classified by its text. */
function controlsOf(banner: Element, sig: CmpSignature | null): BannerControl[] {
  const out: BannerControl[] = [];
  const seen = new Set<Element>();
  if (sig) {
    for (const role of ['accept', 'reject', 'settings'] as const) {
      const el = query(banner, sig[role]) ?? query(document, sig[role]);
      if (el && !seen.has(el)) {
        seen.add(el);
        out.push(measureControl(el, role));
      }
    }
  }
  for (const el of banner.querySelectorAll(CONTROL_SELECTOR)) {
    if (out.length >= BANNER_LIMITS.controls) break;
    if (seen.has(el) || [...seen].some((s) => s.contains(el) || el.contains(s))) continue;
    const text = controlText(el);
    if (!text) continue;
    seen.add(el);
    out.push(measureControl(el, controlRole(text)));
  }
  return out;
}

function scanFor(sig: CmpSignature | null, banner: Element, present: string[]): BannerScan {
  const text = textOf(banner);
  return {
    cmp: sig?.id ?? null,
    cmpsPresent: present,
    source: sig ? 'signature' : 'generic',
    visible: isVisible(banner),
    selector: selectorOf(banner),
    text: text.slice(0, BANNER_LIMITS.text),
    impliedConsent: saysImpliedConsent(text),
    controls: controlsOf(banner, sig),
    rejectSecondLayer: !!query(document, sig?.rejectSecondLayer ?? null),
  };
}

const isBoxy = (el: Element): boolean => {
  const s = getComputedStyle(el);
  return s.position === 'fixed' || s.position === 'sticky' || (el.localName === 'dialog' && (el as HTMLDialogElement).open) || /^(dialog|alertdialog)$/i.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true' || (Number(s.zIndex) || 0) > 10;
};

/** Generic layer: visible fixed / sticky / dialog boxes whose text talks about cookies; the outermost wins. */
function genericBanner(doc: Document): Element | null {
  const candidates = new Set<Element>();
  for (const el of doc.querySelectorAll(NAMED_CANDIDATES)) {
    if (candidates.size >= BANNER_LIMITS.candidates) break;
    candidates.add(el);
  }
  // Home-made banners are usually direct children of <body>, or one level
  // down; a web component renders its banner in its (open) shadow root.
  const near = (parent: ParentNode, depth: number) => {
    for (const el of parent.children) {
      if (candidates.size >= BANNER_LIMITS.candidates * 2) return;
      candidates.add(el);
      if (el.shadowRoot) near(el.shadowRoot, 1);
      if (depth > 0) near(el, depth - 1);
    }
  };
  if (doc.body) near(doc.body, 1);
  const hits: Element[] = [];
  for (const el of candidates) {
    if (el.localName === 'body' || el.localName === 'html' || el.localName === 'script' || el.localName === 'style') continue;
    // Cheapest first: the source text (no layout), then the computed style, then the rendered text.
    const raw = el.textContent ?? '';
    if (raw.length < 15 || raw.length > BANNER_LIMITS.bannerChars * 4 || !COOKIEISH.test(raw)) continue;
    if (!isBoxy(el) || !isVisible(el)) continue;
    const text = textOf(el);
    if (text.length < 15 || text.length > BANNER_LIMITS.bannerChars || !mentionsCookies(text)) continue;
    hits.push(el);
  }
  return hits.find((h) => !hits.some((o) => o !== h && o.contains(h))) ?? null;
}

/**
 * Every CMP's presence selectors as one list, and every CMP's ways to change
 * one's choice as another: most pages hold none, and one query (one walk of a
 * small page) says so, where one query per CMP walked the page ten times.
 */
const ANY_PRESENT = CMP_SIGNATURES.map((s) => s.present).join(', ');
const ANY_MANAGE = CMP_SIGNATURES.flatMap((s) => (s.manage ? [s.manage] : [])).join(', ');

export function detectBanner(doc: Document = document): BannerScan | null {
  const present = query(doc, ANY_PRESENT) ? CMP_SIGNATURES.filter((s) => query(doc, s.present)).map((s) => s.id) : [];
  // A named CMP whose banner is in the page (shown or not: a stored choice hides it).
  for (const id of present) {
    const sig = CMP_SIGNATURES.find((s) => s.id === id)!;
    const banner = query(doc, sig.banner);
    if (banner && isVisible(banner)) return scanFor(sig, banner, present);
  }
  const generic = genericBanner(doc);
  if (generic) {
    // A home-made banner inside a known CMP's root still names the CMP.
    const owner = CMP_SIGNATURES.find((s) => present.includes(s.id) && generic.closest(s.present));
    return scanFor(owner ?? null, generic, present);
  }
  for (const id of present) {
    const sig = CMP_SIGNATURES.find((s) => s.id === id)!;
    const banner = query(doc, sig.banner);
    if (banner) return scanFor(sig, banner, present);
  }
  return present.length ? { cmp: present[0]!, cmpsPresent: present, source: 'signature', visible: false, selector: null, text: '', impliedConsent: false, controls: [], rejectSecondLayer: false } : null;
}

/** Entry points to change one's choice later: the CMPs' own, and links or buttons named so, outside the banner. */
export function manageEntries(doc: Document = document, banner: BannerScan | null = null): ManageEntry[] {
  const out: ManageEntry[] = [];
  const bannerEl = banner?.selector ? query(doc, banner.selector) : null;
  const seen = new Set<Element>();
  const push = (el: Element, source: ManageEntry['source']) => {
    if (out.length >= BANNER_LIMITS.manage || seen.has(el) || bannerEl?.contains(el)) return;
    seen.add(el);
    out.push({ text: controlText(el) || el.id || el.localName, selector: selectorOf(el), source, visible: isVisible(el) });
  };
  for (const el of queryAll(doc, ANY_MANAGE)) push(el, 'signature');
  // Every link of the page is a candidate: filter on the source text (no layout), measure only the hits.
  // A control with no text of its own goes by its aria-label. The prefilter's words hold no space: it is
  // asked of the raw text, before any other work on it.
  for (const el of doc.querySelectorAll(CONTROL_SELECTOR)) {
    if (out.length >= BANNER_LIMITS.manage) break;
    const raw = el.textContent ?? '';
    if (raw.length > 200) continue;
    const label = raw.trim() ? null : (el.getAttribute('aria-label') ?? '');
    if (!MANAGEISH.test(label ?? raw)) continue;
    const text = label ?? raw.replace(/\s+/g, ' ').trim();
    if (text.length < 80 && isManageText(text)) push(el, 'vocabulary');
  }
  return out;
}
