/**
 * Categories of footer links (privacy, legal, cookies, consent-settings,
 * terms, accessibility), from the link vocabulary (data): text first, then
 * the URL path, then `javascript:` handlers of consent managers.
 */
import vocabulary from '../knowledge/sources/link-vocabulary.json' with { type: 'json' };
import { anyMatch, compile, fold } from './text.ts';
import { parseUrl } from './url.ts';

export type LinkCategory = 'privacy' | 'legal' | 'cookies' | 'consent-settings' | 'terms' | 'accessibility';

type CompiledCategory = { id: LinkCategory; text: RegExp[]; path: RegExp[]; href: RegExp[] };
let compiled: CompiledCategory[] | null = null;
/** Compiled on first use: the top frame's script carries this module for one click of the popup, not for every page it loads. */
const categories = (): CompiledCategory[] =>
  (compiled ??= vocabulary.categories.map((c) => ({
    id: c.id as LinkCategory,
    text: compile(c.text),
    path: compile(c.path),
    href: compile((c as { href?: string[] }).href ?? []),
  })));

export function linkCategory(text: string, href: string): LinkCategory | null {
  const all = categories();
  const t = fold(text);
  for (const c of all) if (anyMatch(c.text, t)) return c.id;
  const h = fold(href);
  for (const c of all) if (anyMatch(c.href, h)) return c.id;
  const url = parseUrl(href);
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      /* keep it encoded */
    }
    const p = fold(path);
    for (const c of all) if (anyMatch(c.path, p)) return c.id;
  }
  return null;
}

const consentHandlers = () => categories().find((c) => c.id === 'consent-settings')!.href;

/** `#`, empty, or `javascript:` — unless the handler opens a consent manager, which is a real control. */
/** The notice a link of this category leads to, read as such: a privacy notice or a cookie page; null for the others. */
export const noticeKind = (category: LinkCategory | null): 'notice' | 'cookies' | null => (category === 'privacy' ? 'notice' : category === 'cookies' ? 'cookies' : null);

export function isDeadHref(href: string): boolean {
  const h = href.trim();
  if (h === '' || h.startsWith('#')) return true;
  if (/^javascript:/i.test(h)) return !anyMatch(consentHandlers(), fold(h));
  return false;
}
