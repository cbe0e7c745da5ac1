/**
 * What changed since a previous report (pure): the référent re-audits after
 * a fix, the DPO compares with last term's evidence. A previous report is
 * read leniently (any 1.x schema, only the fields compared are required),
 * and a broken or foreign file gets a clear message, never a half-diff.
 */
import type { Finding, Report } from './types.ts';
import { STATUS_ORDER } from './status.ts';
import { MAX_REPORT_BYTES } from '../shared/limits.ts';

type Status = Finding['status'];

export interface PreviousReport {
  schemaVersion: string;
  site: string;
  finishedAt: string;
  /** How many pages it saw (null when the file does not say). */
  pages: number | null;
  cookies: { name: string; domain: string; path: string; declaredLifetimeDays: number | null }[];
  storage: { origin: string; area: string; key: string }[];
  thirdParties: { host: string }[];
  findings: { rule: string; subject: string | null; status: Status; title: string }[];
}

export interface DiffLine {
  text: string;
  from?: Status | null;
  to?: Status | null;
}

export interface ReportDiff {
  previous: { site: string; finishedAt: string; schemaVersion: string; pages: number | null };
  /** What got worse (a finding at a worse status, a new breach, a longer lifetime) and what got better; `from`/`to`: statuses (null: absent). */
  worse: DiffLine[];
  better: DiffLine[];
  sameSite: boolean;
  cookies: { added: string[]; removed: string[]; lifetimeChanged: string[] };
  storage: { added: string[]; removed: string[] };
  hosts: { added: string[]; removed: string[] };
  findings: { changed: { rule: string; subject: string | null; title: string; from: Status; to: Status }[]; added: { rule: string; subject: string | null; title: string; to: Status }[]; removed: { rule: string; subject: string | null; title: string; from: Status }[] };
}

const STATUSES: Status[] = ['pass', 'fail', 'warn', 'manual', 'na'];
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

export type ReadResult = { ok: true; report: PreviousReport } | { ok: false; error: { fr: string; en: string } };

const fail = (fr: string, en: string): ReadResult => ({ ok: false, error: { fr, en } });

/** Reads a previous report from the text of a file. */
export const tooLarge = (): ReadResult => fail('Fichier trop volumineux pour un rapport Témoin.', 'File too large for a Témoin report.');

export function readPreviousReport(text: string): ReadResult {
  if (text.length > MAX_REPORT_BYTES) return fail('Fichier trop volumineux pour un rapport Témoin.', 'File too large for a Témoin report.');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return fail("Fichier illisible : ce n'est pas du JSON.", 'Unreadable file: not JSON.');
  }
  if (!isObj(raw) || !isObj(raw.tool) || raw.tool.name !== 'Témoin' || !isStr(raw.schemaVersion)) return fail("Ce fichier n'est pas un rapport Témoin.", 'This file is not a Témoin report.');
  if (!/^1\.\d+\.\d+$/.test(raw.schemaVersion)) return fail(`Version de rapport non prise en charge : ${raw.schemaVersion.slice(0, 20)}.`, `Unsupported report version: ${raw.schemaVersion.slice(0, 20)}.`);
  const arrays = ['cookies', 'storage', 'thirdParties', 'findings'] as const;
  if (!isStr(raw.site) || !isStr(raw.finishedAt) || arrays.some((k) => !Array.isArray(raw[k]))) return fail('Rapport Témoin incomplet : il manque le site, la date ou des listes.', 'Incomplete Témoin report: the site, the date or lists are missing.');
  const objs = (k: (typeof arrays)[number]) => (raw[k] as unknown[]).filter(isObj);
  const cookies = objs('cookies').filter((c) => isStr(c.name) && isStr(c.domain) && isStr(c.path));
  const storage = objs('storage').filter((s) => isStr(s.origin) && isStr(s.area) && isStr(s.key));
  const hosts = objs('thirdParties').filter((h) => isStr(h.host));
  const findings = objs('findings').filter((f) => isStr(f.rule) && STATUSES.includes(f.status as Status) && isStr(f.title));
  const total = arrays.reduce((n, k) => n + (raw[k] as unknown[]).length, 0);
  if (cookies.length + storage.length + hosts.length + findings.length < total) return fail('Rapport Témoin altéré : des entrées ne sont pas lisibles.', 'Altered Témoin report: some entries cannot be read.');
  return {
    ok: true,
    report: {
      schemaVersion: raw.schemaVersion,
      pages: Array.isArray(raw.pages) ? raw.pages.length : null,
      site: raw.site,
      finishedAt: raw.finishedAt,
      cookies: cookies.map((c) => ({ name: c.name as string, domain: c.domain as string, path: c.path as string, declaredLifetimeDays: typeof c.declaredLifetimeDays === 'number' ? c.declaredLifetimeDays : null })),
      storage: storage.map((s) => ({ origin: s.origin as string, area: s.area as string, key: s.key as string })),
      thirdParties: hosts.map((h) => ({ host: h.host as string })),
      findings: findings.map((f) => ({ rule: f.rule as string, subject: isStr(f.subject) ? f.subject : null, status: f.status as Status, title: f.title as string })),
    },
  };
}

function setDiff(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: [...a].filter((x) => !b.has(x)).sort(), removed: [...b].filter((x) => !a.has(x)).sort() };
}

export function diffReports(previous: PreviousReport, current: Report): ReportDiff {
  const ck = (c: { name: string; domain: string; path: string }) => `${c.name} (${c.domain}${c.path === '/' ? '' : c.path})`;
  const before = new Map(previous.cookies.map((c) => [ck(c), c.declaredLifetimeDays]));
  const lifetimeChanged = current.cookies
    .filter((c) => before.has(ck(c)) && before.get(ck(c)) !== null && c.declaredLifetimeDays !== null && Math.round(before.get(ck(c))!) !== Math.round(c.declaredLifetimeDays))
    .map((c) => `${ck(c)} : ${Math.round(before.get(ck(c))!)} → ${Math.round(c.declaredLifetimeDays!)}`);
  const fk = (f: { rule: string; subject: string | null }) => `${f.rule}\u0000${f.subject ?? ''}`;
  const prev = new Map(previous.findings.map((f) => [fk(f), f]));
  const now = new Map(current.findings.map((f) => [fk(f), f]));
  const changed = [...now.values()].filter((f) => prev.has(fk(f)) && prev.get(fk(f))!.status !== f.status).map((f) => ({ rule: f.rule, subject: f.subject, title: f.title, from: prev.get(fk(f))!.status, to: f.status }));
  const added = [...now.values()].filter((f) => !prev.has(fk(f)) && f.status !== 'na').map((f) => ({ rule: f.rule, subject: f.subject, title: f.title, to: f.status }));
  const removed = [...prev.values()].filter((f) => !now.has(fk(f)) && f.status !== 'na').map((f) => ({ rule: f.rule, subject: f.subject, title: f.title, from: f.status }));
  const rank = (st: Status) => STATUS_ORDER.indexOf(st);
  const breach = (st: Status) => st === 'fail' || st === 'warn';
  const lifetimes = current.cookies
    .filter((c) => before.has(ck(c)) && before.get(ck(c)) !== null && c.declaredLifetimeDays !== null && Math.round(before.get(ck(c))!) !== Math.round(c.declaredLifetimeDays))
    .map((c) => ({ what: ck(c), from: Math.round(before.get(ck(c))!), to: Math.round(c.declaredLifetimeDays!) }));
  const worse: DiffLine[] = [
    ...changed.filter((f) => rank(f.to) < rank(f.from)).map((f) => ({ text: f.title, from: f.from, to: f.to })),
    ...added.filter((f) => breach(f.to)).map((f) => ({ text: f.title, from: null, to: f.to })),
    ...lifetimes.filter((l) => l.to > l.from).map((l) => ({ text: `${l.what} : ${l.from} → ${l.to} j` })),
  ];
  const better: DiffLine[] = [
    ...changed.filter((f) => rank(f.to) > rank(f.from)).map((f) => ({ text: f.title, from: f.from, to: f.to })),
    ...removed.filter((f) => breach(f.from)).map((f) => ({ text: f.title, from: f.from, to: null })),
    ...lifetimes.filter((l) => l.to < l.from).map((l) => ({ text: `${l.what} : ${l.from} → ${l.to} j` })),
  ];
  return {
    previous: { site: previous.site, finishedAt: previous.finishedAt, schemaVersion: previous.schemaVersion, pages: previous.pages },
    worse,
    better,
    sameSite: previous.site === current.site,
    cookies: { ...setDiff([...before.keys()], current.cookies.map(ck)), lifetimeChanged },
    storage: setDiff(
      previous.storage.map((s) => `${s.area} ${s.key} (${s.origin})`),
      current.storage.map((s) => `${s.area} ${s.key} (${s.origin})`),
    ),
    hosts: setDiff(
      previous.thirdParties.map((h) => h.host),
      current.thirdParties.map((h) => h.host),
    ),
    findings: { changed, added, removed },
  };
}
