/**
 * A small HTTPS server for several host names on loopback, routed by Host
 * header, with a self-signed certificate made at start. Chromium reaches it
 * under real-looking names through `--host-resolver-rules` and accepts the
 * certificate with `--ignore-certificate-errors`, so that Secure,
 * SameSite=None and partitioned cookies behave as on a real site. Used by the
 * demo ENT and by the test fixture sites. Nothing here reaches the network.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';

export type Handler = (req: IncomingMessage, res: ServerResponse, path: string, tools: SiteTools) => void;

export interface SiteTools {
  /** A random cookie value, remembered so tests can check that none reaches a report. */
  token(): string;
}

export interface Sites {
  port: number;
  /** Chromium flag value mapping every host to this server. */
  resolverRule: string;
  /** Requests served, by host. */
  hits: Map<string, number>;
  /** Every cookie value issued with token(). */
  issuedValues: Set<string>;
  /** Every request served (bounded), with what tells who made it: for tests. */
  log: RequestLogEntry[];
  close(): Promise<void>;
}

export interface RequestLogEntry {
  method: string;
  host: string;
  path: string;
  /** Fetch Metadata: `none` for a request made by the browser or an extension, not a page. */
  secFetchSite: string | null;
  secFetchMode: string | null;
  withCookies: boolean;
}

export function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, cookies: string[] = [], headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers, ...(cookies.length ? { 'set-cookie': cookies } : {}) });
  res.end(body);
}

export const HTML = 'text/html; charset=utf-8';
export const JS = 'text/javascript; charset=utf-8';
export const httpDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toUTCString();

async function certificate(hosts: string[]): Promise<{ key: string; cert: string }> {
  // Loaded only when a local site is served: an audit of a real site never needs it.
  const { generate } = await import('selfsigned');
  // An elliptic-curve key: made in about 10 ms, where a 2048-bit RSA key took 250 to 300 ms of each start.
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) }],
  } as never);
  return { key: pems.private, cert: pems.cert };
}

export async function startSites(routes: Record<string, Handler>, port = 0): Promise<Sites> {
  const hits = new Map<string, number>();
  const issuedValues = new Set<string>();
  const log: RequestLogEntry[] = [];
  const tools: SiteTools = {
    token: () => {
      const v = randomBytes(16).toString('hex');
      if (issuedValues.size < 10_000) issuedValues.add(v);
      return v;
    },
  };
  const server: Server = createServer(await certificate(Object.keys(routes)), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    hits.set(host, (hits.get(host) ?? 0) + 1);
    const handler = routes[host];
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const header = (n: string) => (typeof req.headers[n] === 'string' ? (req.headers[n] as string) : null);
    if (log.length < 5000) log.push({ method: req.method ?? 'GET', host, path, secFetchSite: header('sec-fetch-site'), secFetchMode: header('sec-fetch-mode'), withCookies: Boolean(req.headers.cookie) });
    if (!handler) return send(res, 421, 'text/plain', 'Unknown host');
    // Drain request bodies (analytics hits are POSTs) before answering.
    req.resume();
    try {
      handler(req, res, path, tools);
    } catch (e) {
      send(res, 500, 'text/plain', String(e));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    port: actual,
    resolverRule: Object.keys(routes)
      .map((h) => `MAP ${h} 127.0.0.1:${actual}`)
      .join(', '),
    hits,
    issuedValues,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
