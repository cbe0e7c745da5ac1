import { describe, expect, it } from 'vitest';
import {
  concerns,
  recordInteraction,
  recordRequest,
  pageOfDocument,
  recordScan,
  recordScriptCookies,
  recordSetCookieHeaders,
  recordStoreCookie,
  recordStorage,
  type StoreCookie,
} from '../../src/background/record.ts';
import { audit } from '../../src/audit/audit.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { INVENTORY_LIMITS as LIMITS } from '../../src/shared/limits.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const stored = (over: Partial<StoreCookie>): StoreCookie => ({
  name: 'x',
  domain: 'ent.lycee-demo.fr',
  hostOnly: true,
  path: '/',
  session: false,
  secure: true,
  httpOnly: false,
  sameSite: 'lax',
  ...over,
});

const cookie = (report: ReturnType<typeof audit>, name: string) => {
  const c = report.cookies.find((x) => x.name === name);
  if (!c) throw new Error(`${name} not in report: ${report.cookies.map((x) => x.name).join(', ')}`);
  return c;
};

describe('navigation', () => {
  it('adds page visits on the same site and starts a new audit on another site', () => {
    let inv = visit('https://ent.lycee-demo.fr/');
    inv = visit('https://ent.lycee-demo.fr/auth/login?service=https%3A%2F%2Fent&ticket=ST-1-SECRET', 7, inv, T0 + 1000);
    expect(inv.pages).toHaveLength(2);
    expect(inv.pages[1]!.url).toBe('https://ent.lycee-demo.fr/auth/login?service=…&ticket=…');
    const other = visit('https://www.autre-demo.fr/', 7, inv, T0 + 2000);
    expect(other).not.toBe(inv);
    expect(other.site).toBe('autre-demo.fr');
    expect(other.pages).toHaveLength(1);
  });
});

describe('declared and stored lifetimes', () => {
  it('keeps the 2-year lifetime asked by Set-Cookie beside the 400 days the browser stored', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['ent_prefs=fr; Max-Age=63072000; Path=/; Secure'], T0);
    recordStoreCookie(inv, stored({ name: 'ent_prefs', expirationDate: (T0 + 400 * DAY_MS) / 1000 }), { removed: false, cause: 'explicit' }, T0);
    const c = cookie(audit(inv, TEST_CONTEXT), 'ent_prefs');
    expect(c).toMatchObject({ declaredLifetimeDays: 730, storedLifetimeDays: 400, source: 'http', session: false, party: 'first', path: '/' });
  });

  it('records script writes with their declared lifetime and the frame host as domain', () => {
    const inv = visit();
    recordScriptCookies(inv, 'https://ent.lycee-demo.fr/accueil', [
      { name: '_ga', valueHash: 'aaaaaaaa', domain: 'lycee-demo.fr', path: '/', expiresAt: T0 + 730 * DAY_MS, partitioned: false, at: T0 },
      { name: '_pk_ses.1.a1b2', valueHash: 'bbbbbbbb', expiresAt: T0 + 30 * 60_000, partitioned: false, at: T0 },
    ], T0);
    const r = audit(inv, TEST_CONTEXT);
    expect(cookie(r, '_ga')).toMatchObject({ domain: 'lycee-demo.fr', hostOnly: false, declaredLifetimeDays: 730, source: 'script' });
    expect(cookie(r, '_pk_ses.1.a1b2')).toMatchObject({ domain: 'ent.lycee-demo.fr', hostOnly: true, path: '/', source: 'script' });
    expect(cookie(r, '_pk_ses.1.a1b2').declaredLifetimeDays).toBeCloseTo(0.021, 3);
  });

  it('uses the default path of the request when Path is absent', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/auth/login', ['JSESSIONID=abc; HttpOnly'], T0);
    expect(cookie(audit(inv, TEST_CONTEXT), 'JSESSIONID')).toMatchObject({ path: '/auth', session: true, declaredLifetimeDays: null });
  });

  it('refuses, as a browser does, a Domain attribute that does not cover the host', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['evil=1; Domain=autre-demo.fr', 'tld=1; Domain=fr'], T0);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.cookies).toHaveLength(0);
    expect(r.notes.join('\n')).toMatch(/evil.*refusé/);
  });

  it('says which malformed headers it ignored, without their content', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['ok=1', 'bad=\u0001secret', ''], T0);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.cookies.map((c) => c.name)).toEqual(['ok']);
    expect(r.notes.some((n) => n.includes('control-characters'))).toBe(true);
    expect(JSON.stringify(r)).not.toContain('secret');
  });
});

describe('party, partitions and third parties', () => {
  it('marks cookies of another registrable domain as third-party, and partitioned ones with their top-level site', () => {
    const inv = visit();
    recordRequest(inv, 'https://video.tube-demo.com/embed/1', 'sub_frame', T0);
    recordSetCookieHeaders(inv, 'https://video.tube-demo.com/embed/1', [
      'VISITOR_ID=1; Domain=tube-demo.com; Path=/; Max-Age=15552000; Secure; SameSite=None',
      '__Host-p=1; Path=/; Secure; SameSite=None; Partitioned; Max-Age=86400',
    ], T0);
    const r = audit(inv, TEST_CONTEXT);
    expect(cookie(r, 'VISITOR_ID')).toMatchObject({ party: 'third', declaredLifetimeDays: 180, partitioned: false });
    expect(cookie(r, '__Host-p')).toMatchObject({ party: 'third', partitioned: true, partitionKey: 'https://lycee-demo.fr' });
    expect(r.thirdParties).toEqual([expect.objectContaining({ host: 'video.tube-demo.com', site: 'tube-demo.com', requests: 1 })]);
  });

  it('counts requests per host with parameter names, never values', () => {
    const inv = visit();
    for (let i = 0; i < 3; i++) recordRequest(inv, `https://analytics.mesure-demo.com/g/collect?v=2&cid=SECRETCID${i}&uid=camille`, 'ping', T0);
    recordRequest(inv, 'https://stats.lycee-demo.fr/matomo.php?idsite=1', 'image', T0);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.thirdParties).toHaveLength(1); // stats.lycee-demo.fr is first-party
    expect(r.thirdParties[0]).toMatchObject({ requests: 3, params: ['cid', 'uid', 'v'], types: ['ping'] });
    expect(JSON.stringify(r)).not.toMatch(/SECRETCID|camille/);
  });

  it('attributes store changes to the audits they concern', () => {
    const inv = visit();
    recordRequest(inv, 'https://video.tube-demo.com/embed/1', 'sub_frame', T0);
    expect(concerns(inv, stored({ domain: '.tube-demo.com' }))).toBe(true);
    expect(concerns(inv, stored({ domain: '.lycee-demo.fr', hostOnly: false }))).toBe(true);
    expect(concerns(inv, stored({ domain: 'unrelated-demo.org' }))).toBe(false);
    expect(concerns(inv, stored({ domain: 'video.tube-demo.com', partitionKey: { topLevelSite: 'https://unrelated-demo.org' } }))).toBe(false);
  });
});

describe('renewal and consent boundary', () => {
  it('sees an expiry pushed forward on a later visit, and not a re-send of the same expiry', () => {
    let inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['renewed=1; Max-Age=34128000', 'fixed=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT'], T0);
    inv = visit('https://ent.lycee-demo.fr/', 7, inv, T0 + 5000);
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['renewed=1; Max-Age=34128000', 'fixed=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT'], T0 + 5000);
    const r = audit(inv, TEST_CONTEXT);
    expect(cookie(r, 'renewed')).toMatchObject({ renewedOnRevisit: true, writes: 2, valueChanged: false });
    expect(cookie(r, 'fixed').renewedOnRevisit).toBe(false);
  });

  it('compares declared expiries with declared ones and stored with stored (730 is not compared with 400)', () => {
    let inv = visit();
    const store = (expDays: number, at: number) =>
      recordStoreCookie(inv, { name: 'p', domain: 'ent.lycee-demo.fr', hostOnly: true, path: '/', session: false, expirationDate: (at + expDays * DAY_MS) / 1000, secure: true, httpOnly: false, sameSite: 'lax' }, { removed: false, cause: 'explicit' }, at);
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['p=1; Max-Age=63072000; Path=/'], T0);
    store(400, T0);
    inv = visit('https://ent.lycee-demo.fr/', 7, inv, T0 + 5000);
    store(400, T0 + 5000); // the revisit's header was not seen, only the store update
    expect(cookie(audit(inv, TEST_CONTEXT), 'p').renewedOnRevisit).toBe(true);

    let only = visit();
    recordSetCookieHeaders(only, 'https://ent.lycee-demo.fr/', ['q=1; Max-Age=63072000; Path=/'], T0);
    only = visit('https://ent.lycee-demo.fr/', 7, only, T0 + 5000);
    recordStoreCookie(only, { name: 'q', domain: 'ent.lycee-demo.fr', hostOnly: true, path: '/', session: false, expirationDate: (T0 + 5000 + 400 * DAY_MS) / 1000, secure: true, httpOnly: false, sameSite: 'lax' }, { removed: false, cause: 'explicit' }, T0 + 5000);
    expect(cookie(audit(only, TEST_CONTEXT), 'q').renewedOnRevisit).toBe(false); // nothing of the same kind to compare with
  });

  it('does not call two writes on the same page a renewal on revisit', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['a=1; Max-Age=100'], T0);
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/x', ['a=2; Max-Age=100; Path=/'], T0 + 3000);
    expect(cookie(audit(inv, TEST_CONTEXT), 'a')).toMatchObject({ renewedOnRevisit: false, valueChanged: true });
  });

  it('marks as set before consent what came before the first user interaction', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['early=1'], T0);
    recordInteraction(inv, T0 + 1000);
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['late=1'], T0 + 2000);
    const r = audit(inv, TEST_CONTEXT);
    expect(cookie(r, 'early').setBeforeConsent).toBe(true);
    expect(cookie(r, 'late').setBeforeConsent).toBe(false);
  });

  it('keeps an overwrite in the store from looking like a removal', () => {
    const inv = visit();
    const c = stored({ name: 'k', expirationDate: (T0 + DAY_MS) / 1000 });
    recordStoreCookie(inv, c, { removed: false, cause: 'explicit' }, T0);
    recordStoreCookie(inv, c, { removed: true, cause: 'overwrite' }, T0 + 1);
    recordStoreCookie(inv, { ...c, expirationDate: (T0 + 2 * DAY_MS) / 1000 }, { removed: false, cause: 'explicit' }, T0 + 2);
    expect(cookie(audit(inv, TEST_CONTEXT), 'k').storedLifetimeDays).toBeCloseTo(2, 3);
    recordStoreCookie(inv, c, { removed: true, cause: 'expired' }, T0 + 3);
    expect(cookie(audit(inv, TEST_CONTEXT), 'k').storedLifetimeDays).toBeNull();
  });
});

describe('the page a scan belongs to (pageOfDocument)', () => {
  const HOME = 'https://ent.lycee-demo.fr/';
  const scan = (links: string[], document?: { navigationStart: number; scriptStart: number }) => ({
    url: HOME,
    title: 'Accueil',
    hasPasswordField: false,
    roleHint: 'home' as const,
    links: links.map((text) => ({ text, href: `${HOME}${text}`, inFooter: true, inShadowDom: false, hidden: false })),
    truncated: false,
    ...(document ? { document } : {}),
  });
  /** Home visited (headers at T0 + 100), then reloaded: navigation from T0 + 2000, headers at T0 + 2100, our script at T0 + 2150. */
  const reloaded = { navigationStart: T0 + 2000, scriptStart: T0 + 2150 };

  it('files the scan under the visit between its navigation start and its script, whatever the order of arrival', () => {
    let inv = visit(HOME, 7, null, T0 + 100);
    recordScan(inv, scan(['mentions-legales']), T0 + 300, pageOfDocument(inv, { navigationStart: T0, scriptStart: T0 + 150 }) as number);
    // The reload's scan reaches the worker before its navigation (Firefox under load): it has no page yet.
    expect(pageOfDocument(inv, reloaded)).toBe('not-yet');
    inv = visit(HOME, 7, inv, T0 + 2100);
    expect(pageOfDocument(inv, reloaded)).toBe(1);
    recordScan(inv, scan(['donnees-personnelles']), T0 + 2300, 1);
    expect(inv.pages.map((p) => p.scanned)).toEqual([true, true]);
    // Each page keeps its own links: the reload's did not replace the first visit's.
    expect(inv.links.map((l) => [l.page, l.text])).toEqual([
      [0, 'mentions-legales'],
      [1, 'donnees-personnelles'],
    ]);
  });

  it('files a late rescan of a page left under that page, not the next, and the last of a redirect chain', () => {
    let inv = visit(HOME, 7, null, T0 + 100);
    inv = visit(`${HOME}connexion`, 7, inv, T0 + 5000);
    expect(pageOfDocument(inv, { navigationStart: T0, scriptStart: T0 + 150 })).toBe(0);
    // Two visits recorded within one document's navigation: the later is the one that arrived.
    inv = visit(`${HOME}cas`, 7, inv, T0 + 9010);
    inv = visit(`${HOME}cas/login`, 7, inv, T0 + 9040);
    expect(pageOfDocument(inv, { navigationStart: T0 + 9000, scriptStart: T0 + 9100 })).toBe(3);
  });

  it("drops the scan of a page this audit does not hold (started afresh after it loaded), and goes to the last page when it cannot tell", () => {
    const inv = visit(HOME, 7, null, T0 + 5000);
    expect(pageOfDocument(inv, { navigationStart: T0, scriptStart: T0 + 150 })).toBe('gone');
    expect(pageOfDocument(inv, undefined)).toBe(0);
    // Clocks read a little apart (rounding, a browser resisting fingerprinting): within the slack, still its page.
    expect(pageOfDocument(inv, { navigationStart: T0 + 5030, scriptStart: T0 + 5060 })).toBe(0);
  });
});

describe('scans from content scripts', () => {
  it('records footer links of the top frame and storage keys of every frame, per origin (none for a frame without one)', () => {
    const inv = visit('https://ent.lycee-demo.fr/auth/login');
    recordScan(inv, {
      url: 'https://ent.lycee-demo.fr/auth/login',
      title: 'Connexion',
      hasPasswordField: true,
      roleHint: 'other',
      links: [
        { text: 'Données personnelles', href: 'https://ent.lycee-demo.fr/donnees-personnelles', inFooter: true, inShadowDom: true, hidden: false },
        { text: 'Gestion des cookies', href: 'javascript:void(tarteaucitron.userInterface.openPanel())', inFooter: true, inShadowDom: false, hidden: false },
        { text: 'Mentions légales', href: "javascript:void(open('/ml?token=SECRET123'))", inFooter: true, inShadowDom: false, hidden: false },
      ],
      truncated: false,
    }, T0);
    recordStorage(inv, 'https://ent.lycee-demo.fr/auth/login', [{ area: 'localStorage', key: 'ent.theme' }], T0);
    recordStorage(inv, 'https://video.tube-demo.com/embed/1', [{ area: 'localStorage', key: 'tube-player-id' }], T0);
    recordStorage(inv, 'about:srcdoc', [{ area: 'localStorage', key: 'no-origin' }], T0);
    expect(inv.notes.join('\n')).not.toMatch(/storage keys in one frame/);
    recordStorage(inv, 'https://video.tube-demo.com/embed/1', [], T0, true);
    expect(inv.notes.join('\n')).toMatch(/Trop de clés de stockage dans un cadre : liste tronquée \/ too many storage keys in one frame/);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.pages[0]).toMatchObject({ title: 'Connexion', role: 'login' });
    expect(r.links).toHaveLength(3);
    expect(r.links[0]).toMatchObject({ inShadowDom: true, dead: null, page: 'https://ent.lycee-demo.fr/auth/login' });
    // A consent manager's handler is a working control; any other javascript: link is dead, its strings masked.
    // A consent manager's entry opens its panel: present, not dead.
    expect(r.links[1]).toMatchObject({ category: 'consent-settings', href: 'javascript:void(tarteaucitron.userInterface.openPanel())', dead: false });
    expect(r.links[2]).toMatchObject({ category: 'legal', href: 'javascript:void(open("…"))', dead: true });
    expect(JSON.stringify(r)).not.toContain('SECRET123');
    expect(r.storage.map((s) => `${s.origin} ${s.key}`)).toEqual(['https://ent.lycee-demo.fr ent.theme', 'https://video.tube-demo.com tube-player-id']);
  });
});

describe('script writes the cookie store never showed', () => {
  it('are reported as unconfirmed until the store shows the cookie', () => {
    const inv = visit();
    recordScriptCookies(inv, 'https://ent.lycee-demo.fr/', [{ name: 'essai', valueHash: 'h', partitioned: false, expiresAt: T0 + 30 * DAY_MS, at: T0 }], T0);
    expect(cookie(audit(inv, TEST_CONTEXT), 'essai').unconfirmed).toBe(true);
    recordStoreCookie(inv, stored({ name: 'essai', expirationDate: (T0 + 30 * DAY_MS) / 1000 }), { removed: false, cause: 'explicit' }, T0 + 5);
    expect(cookie(audit(inv, TEST_CONTEXT), 'essai').unconfirmed).toBeUndefined();
  });
});

describe('a tab sent to another site', () => {
  it('keeps the audit of the site it left, in the new report, and says so', () => {
    let inv = visit('https://www.lycee-demo.fr/');
    recordSetCookieHeaders(inv, 'https://www.lycee-demo.fr/', ['_ga=GA1.1.1.1; Max-Age=63072000; Path=/'], T0);
    recordRequest(inv, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-1&cid=1.1', 'ping', T0);
    inv = visit('https://www.ailleurs-demo.com/', 7, inv, T0 + 5000);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.site).toBe('ailleurs-demo.com');
    expect(r.earlierAudits?.map((e) => e.site)).toEqual(['lycee-demo.fr']);
    expect(r.earlierAudits?.[0]?.cookies.map((c) => c.name)).toEqual(['_ga']);
    expect(r.earlierAudits?.[0]?.thirdParties.map((t) => t.host)).toEqual(['region1.google-analytics.com']);
    expect(r.notes.some((n) => /est passé de lycee-demo\.fr/.test(n))).toBe(true);
    expect(validateReport(r)).toEqual({ ok: true });
    // Going to log in (an identity provider) is not leaving: one audit.
    const cas = visit('https://cas.ac-demo.fr/cas/login?service=x', 7, visit('https://www.lycee-demo.fr/'), T0 + 10);
    expect(audit(cas, TEST_CONTEXT).earlierAudits).toBeUndefined();
  });
});

describe('hostile volumes', () => {
  it('bounds what a page can make it store, and says so', () => {
    const inv = visit();
    const lines = Array.from({ length: LIMITS.cookies + 500 }, (_, i) => `c${i}=v; Max-Age=60`);
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', lines, T0);
    for (let i = 0; i < LIMITS.hosts + 10; i++) recordRequest(inv, `https://h${i}.tracker-demo.com/p`, 'image', T0);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.cookies).toHaveLength(LIMITS.cookies);
    expect(r.thirdParties).toHaveLength(LIMITS.hosts);
    expect(r.notes.filter((n) => /tronquée|truncated/.test(n)).length).toBeGreaterThanOrEqual(2);
    expect(validateReport(r)).toEqual({ ok: true });
  });

  it('keeps the trackers that come after a flood of junk, and turns verdicts resting on an absence into manual checks', () => {
    const inv = visit();
    // A thousand junk hosts, then thousands of deleting writes, then the real trackers.
    for (let i = 0; i < LIMITS.hosts + 50; i++) recordRequest(inv, `https://img${i}.junk-demo.net/p.gif`, 'image', T0);
    for (let i = 0; i < 3000; i++) recordScriptCookies(inv, 'https://ent.lycee-demo.fr/', [{ name: `j${i}`, valueHash: 'h', partitioned: false, expiresAt: T0 - 1, at: T0 }], T0);
    recordRequest(inv, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-1&cid=1.1', 'ping', T0 + 10);
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=GA1.1.123.456; Max-Age=63072000; Path=/'], T0 + 10);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.thirdParties.map((t) => t.host)).toContain('region1.google-analytics.com');
    expect(r.cookies.map((c) => c.name)).toContain('_ga');
    // Junk deletions have their own budget: they do not fill the cookie list.
    expect(r.cookies.length).toBeLessThanOrEqual(LIMITS.deletedCookies + 1);
    expect(inv.limitsHit).toEqual(expect.arrayContaining(['hosts', 'cookies']));
    expect(r.findings.filter((f) => f.status === 'pass' && ['consent.no-tracker-before-consent', 'cookies.audience-first-party'].includes(f.rule))).toEqual([]);
    expect(r.notes[0]).toMatch(/Listes d'observation pleines/);
    expect(validateReport(r)).toEqual({ ok: true });
    // First-party hosts no table knows have a budget of their own.
    const inv2 = visit();
    for (let i = 0; i < LIMITS.firstPartyUnknownHosts + 20; i++) recordRequest(inv2, `https://p${i}.lycee-demo.fr/x.gif`, 'image', T0);
    recordRequest(inv2, 'https://h1.tracker-demo.com/p', 'image', T0);
    expect(Object.keys(inv2.hosts)).toContain('h1.tracker-demo.com');
    expect(Object.keys(inv2.hosts).length).toBeLessThanOrEqual(LIMITS.firstPartyUnknownHosts + 2);
  });

  it('bounds the history of a cookie written again and again, keeping the first write', () => {
    const inv = visit();
    for (let i = 0; i < 100; i++) recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', [`loop=${i}; Max-Age=60`], T0 + i);
    const rec = Object.values(inv.cookies)[0]!;
    expect(rec.history).toHaveLength(LIMITS.cookieHistory);
    expect(rec.history[0]!.at).toBe(T0);
    expect(rec.writes).toBe(100);
  });
});
