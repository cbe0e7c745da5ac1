/**
 * URLs go into reports, and URLs carry tokens (CAS tickets, session ids in
 * `;jsessionid=`, OAuth codes, SAML). Keep what an auditor needs (origin,
 * path, the names of query parameters) and mask every value.
 */
import { parseUrl } from './url.ts';

const MASK = '…';
// A path segment that looks like a token: long, and mostly hex or base64url.
const TOKENISH = /^[A-Za-z0-9_\-=.~+%]{24,}$/;

export function maskUrl(input: string): string {
  const url = parseUrl(input);
  if (!url) return '[URL illisible / unreadable URL]';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol}${MASK}`;
  url.username = '';
  url.password = '';
  const path = url.pathname
    .split('/')
    .map((seg) => {
      const semi = seg.indexOf(';');
      const base = semi === -1 ? seg : seg.slice(0, semi);
      const matrix = semi === -1 ? '' : seg.slice(semi + 1).split(';').map((p) => `${p.split('=')[0]}=${MASK}`).join(';');
      const maskedBase = TOKENISH.test(base) && /\d/.test(base) ? MASK : base;
      return matrix ? `${maskedBase};${matrix}` : maskedBase;
    })
    .join('/');
  const params = [...url.searchParams.keys()];
  const query = params.length ? '?' + params.map((k) => `${encodeURIComponent(k)}=${MASK}`).join('&') : '';
  return `${url.protocol}//${url.host}${path}${query}${url.hash ? '#' + MASK : ''}`;
}

/** The names of the query parameters, for evidence such as "uid present". */
export function queryParamNames(input: string): string[] {
  return [...new Set(parseUrl(input)?.searchParams.keys() ?? [])];
}
