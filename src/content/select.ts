/**
 * Selector lists asked one selector at a time, on large pages. Blink answers
 * a single simple selector by a fast path (an id through the document's id
 * map, a class or a tag name by a quick walk); a list of them (`#a, #b`, the
 * CMP table's entries) gets none: every element of the page is tried
 * against every selector of the list. Measured in Chromium on a
 * 20,000-element page: asking whether any CMP of the table is present took
 * 3 ms as lists, 0.1 ms one selector at a time; their ways to change one's
 * choice, 4.6 ms and 2.0 ms.
 *
 * On a small page each list is asked whole, as one call: the browser's
 * set-up for each selector (parsing, caching) then costs more than one walk
 * of the page. On the demo ENT's home (under a hundred elements) asking the
 * table one selector at a time added 0.3 to 0.5 ms. The two meet between
 * 1,000 and 1,500 elements (about 0.3 µs per element for the lists' extra
 * walking, against 0.3 to 0.5 ms of set-up): on the bench's ENT-sized page
 * of 1,100 elements, 7.2 ms either way.
 *
 * Either way the answers are querySelector's: first in document order, each
 * element once; a selector the browser does not know matches nothing, and
 * the others of its list still answer.
 */

/** From this many elements in the document, lists are asked one selector at a time. */
export const SPLIT_FROM_ELEMENTS = 1500;

/** Whether the root's document is large enough for lists to be split (Blink keeps this collection and its length until the DOM changes). */
function large(root: ParentNode): boolean {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return typeof doc.getElementsByTagName === 'function' && doc.getElementsByTagName('*').length >= SPLIT_FROM_ELEMENTS;
}

const parts = new Map<string, string[]>();

/** The selectors of a list, split at its top-level commas (not those inside brackets, parentheses or quotes). */
export function selectorParts(list: string): string[] {
  let out = parts.get(list);
  if (out) return out;
  out = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  out = out.filter(Boolean);
  parts.set(list, out);
  return out;
}

function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null; // a selector this browser does not know
  }
}

const inDocumentOrder = (a: Element, b: Element): number => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/** querySelector(list), asked whole on a small page and one selector at a time on a large one: the first matching element in document order, or null. */
export function queryFirst(root: ParentNode, list: string | null | undefined): Element | null {
  if (!list) return null;
  if (!large(root)) {
    try {
      return root.querySelector(list);
    } catch {
      /* a selector of the list this browser does not know: ask the others one by one */
    }
  }
  let best: Element | null = null;
  for (const selector of selectorParts(list)) {
    const el = first(root, selector);
    if (el && (!best || inDocumentOrder(el, best) < 0)) best = el;
  }
  return best;
}

/** querySelectorAll(list), asked as queryFirst asks it: every matching element once, in document order. */
export function queryAll(root: ParentNode, list: string | null | undefined): Element[] {
  if (!list) return [];
  if (!large(root)) {
    try {
      return [...root.querySelectorAll(list)];
    } catch {
      /* as above */
    }
  }
  const found = new Set<Element>();
  let sources = 0;
  for (const selector of selectorParts(list)) {
    const before = found.size;
    try {
      for (const el of root.querySelectorAll(selector)) found.add(el);
    } catch {
      /* a selector this browser does not know */
    }
    if (found.size > before) sources++;
  }
  const out = [...found];
  return sources > 1 ? out.sort(inDocumentOrder) : out;
}
