/**
 * Builds src/knowledge/generated/cookie-table.json, the compact cookie
 * knowledge the audit reads, from three sources, in order of precedence:
 *
 * 1. sources/overlay.json — Témoin's own rows (French ENT and SSO cookies,
 *    complete Matomo and AT Internet / Piano sets, consent cookies, and
 *    corrections of upstream errors), each with its source. Always wins.
 * 2. sources/open-cookie-database/ — the Open Cookie Database snapshot
 *    (Apache-2.0), modified: retention normalised to days, categories mapped
 *    to Témoin's, short prefixes restricted to their domain.
 * 3. tarteaucitronjs (MIT, devDependency) — its service catalogue, for names
 *    the first two do not know.
 *
 * Run: npm run knowledge. The committed table must equal what this produces
 * (test/unit/knowledge.test.ts checks it).
 */
import { parseCsv } from '../report/csv.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { CategoryCode, CookieTable, Lifetime, OverlayEntry, Row, VendorTable } from './types.ts';
import type { Category } from '../report/types.ts';
import { MIN_FREE_PREFIX_LENGTH as MIN_FREE_PREFIX } from './constants.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const TABLE_PATH = here('./generated/cookie-table.json');
export const COOKIE_VALUES_PATH = here('./generated/cookie-values.json');

export const CATEGORY_CODE: Record<Exclude<Category, 'unknown'>, CategoryCode> = {
  necessary: 'n',
  audience: 'a',
  advertising: 'd',
  social: 's',
  functional: 'f',
  consent: 'c',
};


export { parseCsv };

const UNIT_DAYS: Record<string, number> = {
  second: 1 / 86400,
  minute: 1 / 1440,
  min: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.4375,
  year: 365,
};

/** Free-text retention of the OCD ("13 months by default", "Session", "forever", "10 Nov 2030") to days. */
export function parseRetention(text: string): Lifetime {
  const t = text.trim().toLowerCase();
  if (!t || /unknown|varies|local storage|indexeddb|persistent|unlimited|forever|until/.test(t)) return null;
  if (/se+s+ion|end of session|browser close/.test(t)) return 'session';
  const m = /(\d+(?:[.,]\d+)?)\s*(second|sec|minute|min|hour|hr|day|week|month|year|yr)s?\b/.exec(t);
  if (!m) return null;
  const unit = m[2]!.replace(/^sec$/, 'second').replace(/^hr$/, 'hour').replace(/^yr$/, 'year');
  const days = Number(m[1]!.replace(',', '.')) * UNIT_DAYS[unit]!;
  return Math.round(days * 10_000) / 10_000;
}

const lifetimeCell = (l: Lifetime): number | null => (l === 'session' ? -1 : l);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(here(path), 'utf8')) as T;
}

/** The tarteaucitron service catalogue, evaluated in an empty sandbox (its definitions only assign objects). */
export function tarteaucitronServices(): { key: string; type: string; name: string; cookies: string[] }[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('tarteaucitronjs/tarteaucitron.services.js');
  const noop = () => undefined;
  const t = { services: {} as Record<string, { key: string; type: string; name: string; cookies?: unknown }>, lang: {}, user: {}, parameters: {}, fallback: noop, addScript: noop, getElemAttr: noop, engage: noop };
  vm.runInNewContext(readFileSync(file, 'utf8'), { tarteaucitron: t, window: {}, document: {}, navigator: {} }, { timeout: 5000 });
  return Object.values(t.services).map((s) => ({
    key: s.key,
    type: s.type,
    name: s.name,
    cookies: Array.isArray(s.cookies) ? s.cookies.filter((c): c is string => typeof c === 'string') : [],
  }));
}

const TAC_TYPE: Record<string, Exclude<Category, 'unknown'>> = {
  analytic: 'audience',
  ads: 'advertising',
  social: 'social',
  video: 'advertising',
  support: 'functional',
  api: 'functional',
  comment: 'functional',
  other: 'functional',
  google: 'advertising',
};

export function buildTable(): CookieTable {
  const vendorTable = readJson<VendorTable>('./sources/vendors.json');
  const overlay = readJson<{ entries: OverlayEntry[] }>('./sources/overlay.json').entries;
  const vendorIds = new Set(vendorTable.vendors.map((v) => v.id));
  const platformToVendor = new Map<string, string>();
  for (const v of vendorTable.vendors) for (const p of v.ocdPlatforms) platformToVendor.set(p, v.id);
  const consentPlatforms = new Set(vendorTable.ocdConsentPlatforms);

  const labels: string[] = [];
  const labelIdx = (s: string) => {
    let i = labels.indexOf(s);
    if (i === -1) i = labels.push(s) - 1;
    return i;
  };
  const notes: string[] = [];
  const exact: Record<string, Row[]> = {};
  const prefix: [string, ...Row][] = [];
  const regex: [string, ...Row][] = [];
  const counts: Record<string, number> = { overlay: 0, ocd: 0, ocdSkipped: 0, tarteaucitron: 0 };

  const put = (match: 'exact' | 'prefix' | 'regex', name: string, row: Row) => {
    if (match === 'exact') (exact[name] ??= []).push(row);
    else if (match === 'prefix') prefix.push([name, ...row]);
    else regex.push([name, ...row]);
  };

  // 1. Overlay.
  for (const e of overlay) {
    if (e.vendor !== null && !vendorIds.has(e.vendor)) throw new Error(`overlay: unknown vendor ${e.vendor} for ${e.name}`);
    if (!e.source) throw new Error(`overlay: ${e.name} has no source`);
    if (e.match === 'regex') new RegExp(e.name); // throws on a bad pattern
    const note = notes.push(e.note ? `${e.source} — ${e.note}` : e.source) - 1;
    put(e.match, e.name, [CATEGORY_CODE[e.category], labelIdx(e.vendor ?? ''), lifetimeCell(e.lifetimeDays), e.domain ?? '', 'o', note]);
    counts.overlay!++;
  }
  const overlayRegex = overlay.filter((e) => e.match === 'regex').map((e) => new RegExp(e.name));
  const overlayExact = new Set(overlay.filter((e) => e.match === 'exact').map((e) => e.name));
  const coveredByOverlay = (name: string) => overlayExact.has(name) || overlayRegex.some((r) => r.test(name));

  // 2. Open Cookie Database.
  const tac = tarteaucitronServices();
  const tacType = new Map<string, string>();
  for (const s of tac) for (const c of s.cookies) if (!tacType.has(c)) tacType.set(c, s.type);
  const csv = parseCsv(readFileSync(here('./sources/open-cookie-database/open-cookie-database.csv'), 'utf8'));
  const header = csv[0]!;
  const col = (n: string) => header.indexOf(n);
  const [cPlat, cCat, cName, cDom, cDesc, cRet, cWild] = ['Platform', 'Category', 'Cookie / Data Key name', 'Domain', 'Description', 'Retention period', 'Wildcard match'].map(col) as number[];
  // A consent platform's cookie is a consent cookie only when it stores the choice, and nothing more.
  const stores = new RegExp(vendorTable.ocdConsentChoice.stores, 'i');
  const not = new RegExp(vendorTable.ocdConsentChoice.not, 'i');
  const storesChoice = (description: string) => stores.test(description) && !not.test(description);
  for (const r of csv.slice(1)) {
    const name = (r[cName!] ?? '').trim();
    const platform = (r[cPlat!] ?? '').trim();
    if (!name || coveredByOverlay(name)) {
      counts.ocdSkipped!++;
      continue;
    }
    const ocdCat = (r[cCat!] ?? '').trim();
    let cat: Exclude<Category, 'unknown'>;
    if (ocdCat === 'Necessary' || ocdCat === 'Security') cat = 'necessary';
    else if (ocdCat === 'Analytics') cat = 'audience';
    else if (ocdCat === 'Marketing') cat = tacType.get(name) === 'social' ? 'social' : 'advertising';
    else if (ocdCat === 'Functional' && consentPlatforms.has(platform) && storesChoice(r[cDesc!] ?? '')) cat = 'consent';
    else cat = 'functional'; // Functional, Personalization
    const domain = (r[cDom!] ?? '').replace(/\(.*?\)/g, '').trim().replace(/^\./, '').toLowerCase().split(/[\s,]+/)[0] ?? '';
    const wildcard = (r[cWild!] ?? '').trim() === '1';
    if (wildcard && name.length < MIN_FREE_PREFIX && !domain) {
      counts.ocdSkipped!++;
      continue;
    }
    const vendor = platformToVendor.get(platform) ?? platform;
    put(wildcard ? 'prefix' : 'exact', name, [CATEGORY_CODE[cat], labelIdx(vendor), lifetimeCell(parseRetention(r[cRet!] ?? '')), domain, 'd', -1]);
    counts.ocd!++;
  }

  // 3. tarteaucitron: names nobody else knows (generic short names such as `id` or `uid` are left out).
  for (const s of tac) {
    const cat = TAC_TYPE[s.type];
    if (!cat) continue;
    for (const c of s.cookies) {
      if (c.length < MIN_FREE_PREFIX || /undefined/.test(c) || exact[c] || coveredByOverlay(c)) continue;
      put('exact', c, [CATEGORY_CODE[cat], labelIdx(platformToVendor.get(s.name) ?? s.name), null, '', 't', -1]);
      counts.tarteaucitron!++;
    }
  }
  // Longest prefixes first, so that the most specific one wins.
  prefix.sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));

  const tacVersion = (createRequire(import.meta.url)('tarteaucitronjs/package.json') as { version: string }).version;
  return {
    generatedBy: 'src/knowledge/build.ts (npm run knowledge)',
    sources: [
      { id: 'o', name: 'Témoin overlay (src/knowledge/sources/overlay.json)', licence: 'MIT', version: 'this repository', url: 'src/knowledge/sources/overlay.json' },
      { id: 'd', name: 'Open Cookie Database (modified)', licence: 'Apache-2.0', version: '0ee5a17fe1cb002943f89370d24fc26a4226061c (2026-01-21)', url: 'https://github.com/jkwakman/Open-Cookie-Database' },
      { id: 't', name: 'tarteaucitron.js service catalogue', licence: 'MIT', version: tacVersion, url: 'https://www.npmjs.com/package/tarteaucitronjs' },
    ],
    labels,
    notes,
    exact,
    prefix,
    regex,
    counts,
  };
}

export function serialise(table: CookieTable | object): string {
  return JSON.stringify(table) + '\n';
}

/**
 * The value rules of vendors.json, alone: how to find the visitor identifier
 * (and its creation time) and the stored privacy mode in a cookie's value.
 * The page-world probe applies them before hashing and should not carry the
 * whole vendor table.
 */
export interface CookieValueRules {
  identifiers: { cookie: string; id: string; created?: string }[];
  privacyModes: { cookie: string; mode: string }[];
}
export function buildCookieValueRules(): CookieValueRules {
  const out: CookieValueRules = { identifiers: [], privacyModes: [] };
  const check = (vendor: string, ...patterns: (string | undefined)[]) => {
    for (const p of patterns) if (p !== undefined) new RegExp(p); // throws on a bad pattern
    void vendor;
  };
  for (const v of readJson<VendorTable>('./sources/vendors.json').vendors) {
    for (const r of v.identifiers ?? []) {
      if (!r.source) throw new Error(`vendors: identifier rule ${r.cookie} of ${v.id} has no source`);
      check(v.id, r.cookie, r.id, r.created);
      out.identifiers.push({ cookie: r.cookie, id: r.id, ...(r.created ? { created: r.created } : {}) });
    }
    for (const r of v.privacyModes?.cookies ?? []) {
      if (!r.source) throw new Error(`vendors: privacy-mode rule ${r.cookie} of ${v.id} has no source`);
      check(v.id, r.cookie, r.mode);
      out.privacyModes.push({ cookie: r.cookie, mode: r.mode });
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = buildTable();
  writeFileSync(TABLE_PATH, serialise(table));
  writeFileSync(COOKIE_VALUES_PATH, serialise(buildCookieValueRules()));
  console.log(`cookie-table.json: ${JSON.stringify(table.counts)}, ${Object.keys(table.exact).length} exact names, ${table.prefix.length} prefixes, ${table.regex.length} patterns`);
}
