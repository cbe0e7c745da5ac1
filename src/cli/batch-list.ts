/** The list of sites of a batch audit (pure): one URL a line, `#` comments; bad lines are reported, not fatal. */
import { normaliseUrl, UsageError } from './args.ts';
import { shortHash } from '../audit/hash.ts';

export interface UrlList {
  urls: { line: number; url: string }[];
  errors: { line: number; text: string; reason: string }[];
}

export function parseUrlList(text: string): UrlList {
  const out: UrlList = { urls: [], errors: [] };
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.replace(/#.*$/, '').trim();
    if (!t) return;
    try {
      const url = normaliseUrl(t);
      if (seen.has(url)) return;
      seen.add(url);
      out.urls.push({ line: i + 1, url });
    } catch (e) {
      out.errors.push({ line: i + 1, text: t.slice(0, 200), reason: e instanceof UsageError ? e.message : String(e) });
    }
  });
  return out;
}

/** A file name for a site's reports: readable (host and path) and unique (short hash of the URL). */
export function fileStem(url: string): string {
  const u = new URL(url);
  const readable = `${u.hostname}${u.pathname === '/' ? '' : u.pathname}`.replace(/[^a-z0-9.-]+/gi, '_').replace(/_+$/, '').slice(0, 80);
  return `${readable}-${shortHash(url)}`;
}


/**
 * Which shard of n a site belongs to (1 to n): a hash of its address, so that
 * a site stays in the same shard when the list grows or is reordered, and n
 * machines or jobs (`--shard i/n`) audit the list once between them.
 */
export function shardOf(url: string, n: number): number {
  return (parseInt(shortHash(url), 16) % n) + 1;
}
