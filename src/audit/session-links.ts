/**
 * The way to log in, a logged-in page, and the headings of a notice, from
 * the session vocabulary (link-vocabulary.json, `session`, with its
 * sources). Shared by the page scan (content script) and the worker: the kit
 * ENT §2.2 names the login page beside the home page, and an audit that has
 * not seen it should find it.
 */
import vocabulary from '../knowledge/sources/link-vocabulary.json' with { type: 'json' };
import { anyMatch, compile, fold } from './text.ts';

const S = vocabulary.session;

/**
 * Where the ways to log in and out are looked for: links and buttons of the
 * page's header and navigation, and links whose target looks like one (a
 * native query, not a walk of every link). The page scan and the command
 * line's visit of the login page use the same list, in the same order.
 */
export const SESSION_LINK_SELECTOR = [
  'header a[href]',
  'nav a[href]',
  '[role="banner" i] a[href]',
  'header button',
  'nav button',
  ...['login', 'connexion', '/cas', 'educonnect', 'saml', 'auth', 'sso', 'idp', 'logout', 'deconnexion', 'signout', 'logoff'].map((s) => `a[href*="${s}" i]`),
].join(', ');
const LOGIN = { text: compile(S.login.text), href: compile(S.login.href) };
const LOGOUT = { text: compile(S.logout.text), href: compile(S.logout.href) };
const HEADINGS = { notice: compile(S.headings.notice), cookies: compile(S.headings.cookies), legal: compile(S.headings.legal) };

const squash = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

/** A link that leads to the login page: by its text ("Se connecter", "Connexion", ÉduConnect…) or its target (CAS, SAML, OpenID Connect…). */
export function isLoginEntry(text: string, href: string): boolean {
  if (/^(javascript:|#|mailto:)/i.test(href.trim())) return false;
  return anyMatch(LOGIN.text, squash(text)) || anyMatch(LOGIN.href, fold(href));
}

/** A way to log out: the page is seen logged in. */
export function isLogout(text: string, href: string): boolean {
  return anyMatch(LOGOUT.text, squash(text)) || (href !== '' && anyMatch(LOGOUT.href, fold(href)));
}

/** An identity provider's login address (CAS, ÉduConnect, SAML, OpenID Connect): a page the ENT hands its users to. */
export function isIdentityProviderUrl(url: string): boolean {
  return anyMatch(LOGIN.href, fold(url));
}

/** What a title or heading announces: a privacy notice, a cookie page or a legal notice. */
export function headingKind(text: string): 'notice' | 'cookies' | 'legal' | null {
  const t = squash(text);
  if (anyMatch(HEADINGS.legal, t)) return 'legal';
  if (anyMatch(HEADINGS.notice, t)) return 'notice';
  if (anyMatch(HEADINGS.cookies, t)) return 'cookies';
  return null;
}
