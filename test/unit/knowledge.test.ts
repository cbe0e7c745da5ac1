import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTable, parseCsv, parseRetention, serialise, TABLE_PATH } from '../../src/knowledge/build.ts';
import { KNOWLEDGE } from '../../src/knowledge/index.ts';
import { classifyName, vendorOfRequest } from '../../src/audit/classify.ts';
import overlay from '../../src/knowledge/sources/overlay.json' with { type: 'json' };
import vendors from '../../src/knowledge/sources/vendors.json' with { type: 'json' };

describe('the generated cookie table', () => {
  it('is exactly what `npm run knowledge` produces from the committed sources', () => {
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(serialise(buildTable()));
  });

  it('ships the Open Cookie Database licence and says the data was modified', () => {
    const dir = new URL('../../src/knowledge/sources/open-cookie-database/', import.meta.url);
    expect(readFileSync(new URL('LICENSE', dir), 'utf8')).toMatch(/Apache License\s+Version 2\.0/);
    expect(readFileSync(new URL('SOURCE.md', dir), 'utf8')).toMatch(/\*\*modifies\*\*/);
    expect(KNOWLEDGE.table.sources.find((s) => s.id === 'd')).toMatchObject({ licence: 'Apache-2.0', name: 'Open Cookie Database (modified)' });
  });

  it('has a source on every overlay row and vendor, and only known vendors in the overlay', () => {
    const ids = new Set(vendors.vendors.map((v) => v.id));
    for (const e of overlay.entries) {
      expect(e.source, e.name).toMatch(/\S{8,}/);
      if (e.vendor) expect(ids.has(e.vendor), e.name).toBe(true);
    }
    for (const v of vendors.vendors) expect(v.sources.length, v.id).toBeGreaterThan(0);
  });

  it('contains no CC BY-NC-SA tracker list', () => {
    const all = JSON.stringify(KNOWLEDGE.table.sources);
    expect(all).not.toMatch(/ghostery|trackerdb|tracker radar|disconnect/i);
  });
});

describe('parsing the upstream data', () => {
  it('reads quoted CSV fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  });
  it.each([
    ['2 years', 730],
    ['13 months by default, modifiable', 395.6875],
    ['30 minutes', 0.0208],
    ['1 Year', 365],
    ['24 hours', 1],
    ['Session', 'session'],
    ['Seesion', 'session'],
    ['End of session (browser)', 'session'],
    ['forever', null],
    ['Unknown', null],
    ['Local Storage', null],
    ['', null],
  ] as const)('retention %j → %j', (text, days) => expect(parseRetention(text)).toBe(days));
});

const cls = (name: string, domain = 'ent.exemple.fr') => classifyName(KNOWLEDGE, name, domain);

describe('classification (vendor documentation; sources in test/bench/labelled-ent.json)', () => {
  it.each([
    ['_ga', 'audience', 'Google Analytics'],
    ['_ga_ABC123XYZ', 'audience', 'Google Analytics'],
    ['_gid', 'audience', 'Google Analytics'],
    ['_pk_id.3.1f2e', 'audience', 'Matomo'],
    ['_pk_ses.1.a1b2', 'audience', 'Matomo'],
    ['_pk_cvar.1.a1b2', 'audience', 'Matomo'],
    ['mtm_consent', 'consent', 'Matomo'],
    ['atuserid', 'audience', 'Piano Analytics / AT Internet (XiTi)'],
    ['atidvisitor', 'audience', 'Piano Analytics / AT Internet (XiTi)'],
    ['atauthority', 'consent', 'Piano Analytics / AT Internet (XiTi)'],
    ['_pcid', 'audience', 'Piano Analytics / AT Internet (XiTi)'],
    ['xtvrn', 'audience', 'Piano Analytics / AT Internet (XiTi)'],
    ['_hjSessionUser_12345', 'audience', 'Hotjar'],
    ['_clck', 'audience', 'Microsoft Clarity'],
    ['_fbp', 'advertising', 'Meta (Facebook) Pixel'],
    ['VISITOR_INFO1_LIVE', 'advertising', 'YouTube'],
    ['oneSessionId', 'necessary', 'ENT Edifice / Open ENT NG (entcore)'],
    ['XSRF-TOKEN', 'necessary', 'ENT Edifice / Open ENT NG (entcore)'],
    ['TGC', 'necessary', 'Apereo CAS (SSO)'],
    ['CASTGC', 'necessary', 'Apereo CAS (SSO)'],
    ['_shibsession_64656661756c7468747470733a2f2f', 'necessary', 'Shibboleth (SSO)'],
    ['JSESSIONID', 'necessary', null],
    ['PHPSESSID', 'necessary', null],
    ['MoodleSession', 'necessary', 'Moodle'],
    ['MoodleSessionTest', 'necessary', 'Moodle'],
    ['__cf_bm', 'necessary', 'Cloudflare'],
    ['tarteaucitron', 'consent', 'tarteaucitron.js'],
    ['axeptio_authorized_vendors', 'consent', 'Axeptio'],
    ['didomi_token', 'consent', 'Didomi'],
    ['CookieConsent', 'consent', 'Cookiebot'],
    ['OptanonConsent', 'consent', 'OneTrust'],
  ] as const)('%s → %s', (name, category, vendor) => {
    const c = cls(name);
    expect(c.category).toBe(category);
    if (vendor) expect(c.vendorName).toBe(vendor);
  });

  it('carries the corrected default lifetimes of the overlay', () => {
    expect(cls('_pk_cvar.1.a1b2').defaultLifetimeDays).toBeCloseTo(0.0208, 3); // OCD says 3 years
    expect(cls('axeptio_cookies').defaultLifetimeDays).toBe(183); // OCD says 1 year
    expect(cls('_pk_id.1.a1b2').defaultLifetimeDays).toBe(393);
    expect(cls('oneSessionId').defaultLifetimeDays).toBe('session');
  });

  it('does not let a short upstream prefix swallow unrelated names', () => {
    expect(cls('_shibstate_123').category).toBe('necessary');
    expect(cls('_s').category).toBe('unknown');
    expect(cls('_sxyz_unknown_cookie').category).toBe('unknown');
  });

  it('applies domain-bound names only on their domain', () => {
    expect(cls('fr', 'facebook.com').category).toBe('advertising');
    expect(cls('fr', 'ent.exemple.fr').category).toBe('unknown');
    expect(cls('CLID', 'www.clarity.ms').vendorName).toBe('Microsoft Clarity');
  });

  it('calls an unknown name unknown, never exempt', () => {
    for (const n of ['ent_prefs', 'lycee_theme', 'x', 'a'.repeat(300)]) expect(cls(n).category).toBe('unknown');
  });

  it('falls back on the vendor owning the cookie domain', () => {
    expect(cls('some_new_cookie', 'www.youtube.com')).toMatchObject({ category: 'advertising', vendorId: 'youtube', source: 'vendor-domain' });
  });
});

describe('vendorOfRequest', () => {
  it.each([
    ['stats.lycee.fr', ['/matomo.php'], ['idsite', 'rec'], 'matomo'],
    ['logs1234.xiti.com', ['/hit.xiti'], ['s'], 'piano-analytics'],
    ['collecte.ecole.fr', ['/event'], ['s', 'idclient'], 'piano-analytics'],
    ['collecte.ecole.fr', ['/event'], ['type'], null],
    ['region1.google-analytics.com', ['/g/collect'], ['cid'], 'google-analytics'],
    ['sgtm.ecole.fr', ['/g/collect'], ['cid'], 'google-analytics'],
    ['www.facebook.com', ['/tr'], ['id', 'ev'], 'meta-pixel'],
    ['cdn.ent.fr', ['/app.js'], [], null],
  ] as const)('%s %j → %s', (host, paths, params, vendor) => expect(vendorOfRequest(KNOWLEDGE, host, [...paths], [...params])).toBe(vendor));
});

describe('files', () => {
  it('the generated table is committed', () => expect(existsSync(TABLE_PATH)).toBe(true));
});

describe('the vendors a DPO meets on school-vendor sites', () => {
  const K = KNOWLEDGE;
  it('recognises Eulerian and Adobe Analytics collecting through a CNAME on the site\'s own subdomain, by their paths', () => {
    expect(vendorOfRequest(K, 'ea.editeur-scolaire.fr', ['/ksP482.js'], [])).toBe('eulerian');
    expect(vendorOfRequest(K, 'metrics.editeur-scolaire.fr', ['/b/ss/editeurprod/1/JS-2.22.0/s1234'], [])).toBe('adobe-analytics');
    expect(vendorOfRequest(K, 'ent.lycee-demo.fr', ['/js/app.js', '/b/ssr'], [])).toBeNull();
  });

  it('knows Yandex Metrica, Microsoft UET and Criteo by their domains, Contentsquare and AB Tasty by their cookies', () => {
    expect(vendorOfRequest(K, 'mc.yandex.ru', ['/watch/123'], [])).toBe('yandex-metrica');
    expect(vendorOfRequest(K, 'bat.bing.com', ['/action/0'], ['ti', 'evt'])).toBe('microsoft-uet');
    expect(vendorOfRequest(K, 'dis.criteo.com', ['/dis/dis.aspx'], [])).toBe('criteo');
    expect(classifyName(K, '_cs_id', 'editeur-scolaire.fr')).toMatchObject({ category: 'audience', vendorId: 'contentsquare' });
    expect(classifyName(K, 'ABTasty', 'editeur-scolaire.fr')).toMatchObject({ category: 'audience', vendorId: 'ab-tasty' });
    expect(classifyName(K, '_ym_uid', 'editeur-scolaire.fr')).toMatchObject({ category: 'audience', vendorId: 'yandex-metrica' });
    expect(classifyName(K, '_uetvid', 'editeur-scolaire.fr')).toMatchObject({ category: 'advertising', vendorId: 'microsoft-uet' });
    expect(classifyName(K, 's_vi', 'editeur-scolaire.fr')).toMatchObject({ category: 'audience', vendorId: 'adobe-analytics' });
  });

  it('knows the legacy XiTi cookie families named after the site number', () => {
    for (const n of ['xtor412345', 'xtan412345', 'xtant412345', 'xtdate412345']) expect(classifyName(K, n, 'lycee-demo.fr'), n).toMatchObject({ category: 'audience', vendorId: 'piano-analytics' });
    expect(classifyName(K, 'xtorigin', 'lycee-demo.fr').vendorId).not.toBe('piano-analytics');
  });

  it('every vendor row and identifier rule carries a public source, none a team-only file', () => {
    for (const v of vendors.vendors) {
      expect(v.sources.length, v.id).toBeGreaterThan(0);
      for (const s of [...v.sources, ...((v as { identifiers?: { source: string }[] }).identifiers ?? []).map((r) => r.source)]) {
        expect(s, v.id).toMatch(/https?:\/\/|^npm /);
        expect(s, v.id).not.toMatch(/shared\//);
      }
    }
  });
});
