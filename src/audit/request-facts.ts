/**
 * What a request's query string and body reveal, without keeping identifiers:
 * the *names* of their keys (a `uid` key means a user id is sent), and the
 * values of a few whitelisted keys whose values are enumerations such as
 * `visitor_privacy_mode=exempt`. Bounded against hostile bodies.
 */
import { parseUrl } from './url.ts';
import { PARSE_LIMITS } from '../shared/limits.ts';

const SAFE_VALUE = /^[A-Za-z0-9_.-]{1,32}$/;

export interface RequestFacts {
  keys: string[];
  observed: [string, string][];
}

function walk(v: unknown, depth: number, keys: Set<string>, observed: Map<string, string>, watch: Set<string>): void {
  if (depth > PARSE_LIMITS.requestDepth || keys.size >= PARSE_LIMITS.requestKeys || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 50)) walk(x, depth + 1, keys, observed, watch);
    return;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (keys.size >= PARSE_LIMITS.requestKeys) return;
    keys.add(k.slice(0, 64));
    if (watch.has(k) && (typeof x === 'string' || typeof x === 'boolean') && SAFE_VALUE.test(String(x))) observed.set(`${k}=${String(x)}`, k);
    walk(x, depth + 1, keys, observed, watch);
  }
}

export function requestFacts(url: string, body: string | null, watchKeys: string[]): RequestFacts {
  const keys = new Set<string>();
  const observed = new Map<string, string>();
  const watch = new Set(watchKeys);
  const pairs = (params: URLSearchParams) => {
    for (const [k, v] of params) {
      if (keys.size >= PARSE_LIMITS.requestKeys) break;
      keys.add(k.slice(0, 64));
      if (watch.has(k) && SAFE_VALUE.test(v)) observed.set(`${k}=${v}`, k);
    }
  };
  const parsed = parseUrl(url);
  if (parsed) pairs(parsed.searchParams);
  if (body) {
    const text = body.trim();
    let parsed: unknown = undefined;
    if (text.startsWith('{') || text.startsWith('[')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (parsed !== undefined) walk(parsed, 0, keys, observed, watch);
    else if (/^[^\s=&]+=/.test(text)) pairs(new URLSearchParams(text.replace(/\n/g, '&')));
  }
  return { keys: [...keys], observed: [...observed.keys()].map((kv) => kv.split('=', 2) as [string, string]) };
}
