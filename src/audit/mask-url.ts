/**
 * URLs go into reports, and URLs carry tokens (CAS tickets, session ids in
 * `;jsessionid=`, OAuth codes, SAML) and personal data (a login in
 * `/users/marie.martin/`, a pupil number in `/eleve/20231187/`, an e-mail
 * address). Keep what an auditor needs (origin, path, the names of query
 * parameters) and mask every value and everything that may name a person.
 */
import { parseUrl } from './url.ts';

const MASK = '…';
// A path segment that looks like a token: long, and mostly hex or base64url.
const TOKENISH = /^[A-Za-z0-9_\-=.~+%]{24,}$/;
const EMAIL = /[^\s/@:;,]+@[^\s/@:;,]+\.[A-Za-z]{2,}/g;
/** A run of 4 digits or more (a pupil number, an account id, a date of birth); a lone year (1900–2099) stays. */
const DIGITS = /(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d{4,}/g;
/** A mixed run of letters and digits of 8 or more (an identifier, a short hex token). */
const MIXED = /\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,}\b/g;
/** A segment after which the next one names a person: /users/<login>, /eleve/<nom>, /profil/<id>, /~<login>. */
const PERSON_BEFORE = /^(users?|utilisateurs?|user-?profile|eleves?|élèves?|%C3%A9l%C3%A8ves?|students?|pupils?|profils?|profiles?|membres?|members?|people|personnes?|accounts?|comptes?|u|enseignants?|teachers?|parents?|responsables?|agents?|personnels?|staff|annuaire|directory|fiche|fiches)$/i;

/**
 * Text that may carry personal data, masked: e-mail addresses, digit runs of
 * 4 or more, mixed alphanumerics of 8 or more. For storage key names, path
 * segments and the like.
 */
export function maskPersonal(text: string): string {
  return text.replace(EMAIL, MASK).replace(MIXED, MASK).replace(DIGITS, MASK);
}

export function maskUrl(input: string): string {
  const url = parseUrl(input);
  if (!url) return '[URL illisible / unreadable URL]';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol}${MASK}`;
  url.username = '';
  url.password = '';
  const segments = url.pathname.split('/');
  const path = segments
    .map((seg, i) => {
      const semi = seg.indexOf(';');
      const base = semi === -1 ? seg : seg.slice(0, semi);
      const matrix = semi === -1 ? '' : seg.slice(semi + 1).split(';').map((p) => `${p.split('=')[0]}=${MASK}`).join(';');
      const decoded = safeDecode(base);
      const person = (i > 0 && PERSON_BEFORE.test(safeDecode(segments[i - 1] ?? '').split(';')[0]!)) || decoded.startsWith('~');
      const personal = maskPersonal(decoded);
      const maskedBase = !base ? base : person || (TOKENISH.test(base) && /\d/.test(base)) ? MASK : personal === decoded ? base : personal;
      return matrix ? `${maskedBase};${matrix}` : maskedBase;
    })
    .join('/');
  const params = [...url.searchParams.keys()];
  const query = params.length ? '?' + params.map((k) => `${encodeURIComponent(k)}=${MASK}`).join('&') : '';
  return `${url.protocol}//${url.host}${path}${query}${url.hash ? '#' + MASK : ''}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The names of the query parameters, for evidence such as "uid present". */
export function queryParamNames(input: string): string[] {
  return [...new Set(parseUrl(input)?.searchParams.keys() ?? [])];
}
