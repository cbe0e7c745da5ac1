/**
 * The address to load again when an audit starts afresh in a tab. ENTs sign
 * in through CAS (or SAML): after login the browser lands on the service with
 * a one-time credential in its address, `?ticket=ST-…`. Loading that address
 * again replays a credential already used, which the service refuses (an
 * error page, or the login form), and the audit would start on the wrong
 * page. The address without it shows the same page: the session cookie the
 * ticket opened does the rest.
 */
import { parseUrl } from './url.ts';

/**
 * One-time credentials carried in a query string:
 * - `ticket`: CAS service ticket, which /login hands to the service as this
 *   GET parameter and which is valid for one validation only (Apereo CAS
 *   Protocol 3.0 Specification, §2.2 and §3.1.1, "Service ticket properties").
 * - `SAMLart`: SAML 2.0 artifact (HTTP Artifact binding, SAML Bindings 2.0
 *   §3.6), which the service resolves once with the identity provider.
 */
export const ONE_TIME_PARAMS: readonly string[] = ['ticket', 'SAMLart'];

/** The address to reload without its one-time credentials, or null when it carries none (reload it as it is). */
export function reloadUrl(input: string): string | null {
  const url = parseUrl(input);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  const present = ONE_TIME_PARAMS.filter((p) => url.searchParams.has(p));
  if (!present.length) return null;
  for (const p of present) url.searchParams.delete(p);
  return url.href;
}
