/**
 * Role of a visited page, from what the content script saw. Login pages are
 * told by their password field (kit §2.2 requires the notice link on the home
 * and login screens); notice, cookie and legal pages by their path, title or
 * headings; a page with a way to log out is a page after login (portal).
 * Roles say which requirement applies; every audited page is judged.
 */
import type { PageRole } from '../shared/inventory.ts';
import { parseUrl } from './url.ts';

const COOKIE_PAGE = /cookie|traceur|temoin/;
const LEGAL_PAGE = /mentions-?legales|mentions_legales|legal-notice|\/legal\/?$|\/imprint\/?$|informations-legales/;
const NOTICE_PAGE = /donnees-personnelles|donnees_personnelles|protection-des-donnees|confidentialite|vie-privee|rgpd|privacy|gdpr|data-protection/;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** What else the scan saw: a way to log out, and what the headings announce. */
export interface RoleSignals {
  loggedIn?: boolean;
  contentKind?: 'notice' | 'cookies' | 'legal' | null;
}

export function pageRole(url: string, title: string, hasPasswordField: boolean, signals: RoleSignals = {}): PageRole {
  if (hasPasswordField) return 'login';
  const parsed = parseUrl(url);
  return parsed ? roleOfPath(parsed.pathname, title, hasPasswordField, signals) : 'other';
}

/**
 * The same, from the URL's path as `URL` or `location` gives it (percent-encoded).
 * The content script passes `location.pathname`: parsing the URL again would
 * cost the page the set-up of `URL` in the script's world (about 0.15 ms).
 */
export function roleOfPath(pathname: string, title: string, hasPasswordField: boolean, signals: RoleSignals = {}): PageRole {
  if (hasPasswordField) return 'login';
  const p = fold(decodeURIComponentSafe(pathname));
  const t = fold(title);
  if (COOKIE_PAGE.test(p) || /\b(politique|gestion) (des |de )?cookies\b|cookie policy/.test(t)) return 'cookies';
  if (NOTICE_PAGE.test(p) || /donnees personnelles|confidentialite|privacy/.test(t)) return 'notice';
  if (LEGAL_PAGE.test(p) || /mentions legales|legal notice/.test(t)) return 'legal';
  if (signals.contentKind) return signals.contentKind;
  if (signals.loggedIn) return 'portal';
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
