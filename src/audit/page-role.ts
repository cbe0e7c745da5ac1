/**
 * Role of a visited page, from what the content script saw. Login pages are
 * told by their password field (kit §2.2 requires the notice link on the home
 * and login screens); notice and cookie pages by their path or title.
 */
import type { PageRole } from '../shared/inventory.ts';
import { parseUrl } from './url.ts';

const COOKIE_PAGE = /cookie|traceur|temoin/;
const NOTICE_PAGE = /donnees-personnelles|donnees_personnelles|protection-des-donnees|confidentialite|vie-privee|rgpd|privacy|gdpr|data-protection/;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function pageRole(url: string, title: string, hasPasswordField: boolean): PageRole {
  if (hasPasswordField) return 'login';
  const parsed = parseUrl(url);
  return parsed ? roleOfPath(parsed.pathname, title, hasPasswordField) : 'other';
}

/**
 * The same, from the URL's path as `URL` or `location` gives it (percent-encoded).
 * The content script passes `location.pathname`: parsing the URL again would
 * cost the page the set-up of `URL` in the script's world (about 0.15 ms).
 */
export function roleOfPath(pathname: string, title: string, hasPasswordField: boolean): PageRole {
  if (hasPasswordField) return 'login';
  const p = fold(decodeURIComponentSafe(pathname));
  const t = fold(title);
  if (COOKIE_PAGE.test(p) || /\b(politique|gestion) (des |de )?cookies\b|cookie policy/.test(t)) return 'cookies';
  if (NOTICE_PAGE.test(p) || /donnees personnelles|confidentialite|privacy/.test(t)) return 'notice';
  if (/^\/(index\.(html?|php|jsp))?$/.test(p) || /^\/(accueil|portail|welcome|home)\/?$/.test(p)) return 'home';
  return 'other';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
