import { describe, expect, it } from 'vitest';
import { fileStem, parseUrlList } from '../../src/cli/batch-list.ts';
import { csvField, csvLine, reportToCsv } from '../../src/report/csv.ts';
import { cookieTableDraft } from '../../src/report/cookie-table.ts';
import { escapeHtml, reportToHtml } from '../../src/report/html.ts';
import { draftLetter } from '../../src/report/letter.ts';
import { audit } from '../../src/audit/audit.ts';
import { recordRequest, recordScan, recordSetCookieHeaders, recordStorage } from '../../src/background/record.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

describe('parseUrlList', () => {
  it('reads one URL a line, skips comments, blanks and duplicates, reports bad lines', () => {
    const l = parseUrlList('# liste\nhttps://a.fr/\n\n  b.fr  # commentaire\nftp://c.fr/\nhttps://a.fr/\nhttp://\r\n');
    expect(l.urls).toEqual([{ line: 2, url: 'https://a.fr/' }, { line: 4, url: 'https://b.fr/' }]);
    expect(l.errors.map((e) => e.line)).toEqual([5, 7]);
  });
});

describe('fileStem', () => {
  it('is readable and unique per URL', () => {
    expect(fileStem('https://ent.lycee.fr/')).toMatch(/^ent\.lycee\.fr-[0-9a-f]{8}$/);
    expect(fileStem('https://ent.lycee.fr/portail/accueil')).toMatch(/^ent\.lycee\.fr_portail_accueil-[0-9a-f]{8}$/);
    expect(fileStem('https://ent.lycee.fr/a')).not.toBe(fileStem('https://ent.lycee.fr/a?x=1'));
    expect(fileStem('https://x.fr/../../etc/passwd')).not.toContain('/');
  });
});

describe('CSV', () => {
  it('quotes what must be quoted and neutralises spreadsheet formulas', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', null, 3])).toBe('a,"b,c","say ""hi""",,3');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-1')).toBe("'-1");
    // After blanks, and after each separator of either locale (a spreadsheet set to ';' splits a ',' file there, and back).
    expect(csvField('  =1+1')).toBe("  '=1+1");
    expect(csvField('cle;=cmd|calc')).toBe(`"cle;'=cmd|calc"`);
    expect(csvField('a, @SUM(A1)')).toBe(`"a, '@SUM(A1)"`);
    // ';' for a French spreadsheet, a field with either separator quoted, numbers with a point.
    expect(csvLine(['a;b', 'c,d', 1.5], ';')).toBe('"a;b";"c,d";1.5');
    expect(csvLine(['a\tb', 'c'], '\t')).toBe('"a\tb"\tc');
  });

  it('exports cookies, storage keys and third-party hosts, one row each, hostile names defused', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['@SUM(1+1)=1; Max-Age=60', '_ga=x; Max-Age=63072000'], T0);
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false }, T0);
    recordStorage(inv, 'https://ent.lycee-demo.fr/', [{ area: 'localStorage', key: 'clé "1", avec virgule' }], T0);
    const csv = reportToCsv(audit(inv, TEST_CONTEXT));
    expect(csv.startsWith('\ufeffkind,name,domain_or_origin')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines).toContain('cookie,_ga,ent.lycee-demo.fr,first,audience,Google Analytics,yes,730,,no,yes,');
    expect(lines).toContain("cookie,'@SUM(1+1),ent.lycee-demo.fr,first,unknown,,,0.001,,no,yes,");
    expect(csv).toContain(`localStorage,"clé ""1"", avec virgule",https://ent.lycee-demo.fr`);
    expect(csv).not.toMatch(/(^|,)@SUM/m);
  });
});

describe('reportToHtml', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  it('escapes every string of the report (cookie names, titles, link texts, storage keys)', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['<script>alert(1)</script>=1; Max-Age=60', '_ga=x; Max-Age=63072000'], T0);
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: hostile, hasPasswordField: false, roleHint: 'home', links: [{ text: hostile, href: 'https://ent.lycee-demo.fr/"><script>x</script>', inFooter: true, inShadowDom: false, hidden: false }], truncated: false }, T0);
    recordStorage(inv, 'https://ent.lycee-demo.fr/', [{ area: 'localStorage', key: hostile }], T0);
    const html = reportToHtml(audit(inv, TEST_CONTEXT));
    expect(html).not.toMatch(/<img|<script>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).toMatch(/« _ga » vit 730 jours/);
    expect(reportToHtml(audit(inv, TEST_CONTEXT), 'en')).toMatch(/&quot;_ga&quot; lives 730 days/);
  });
  it('opens on the conclusion and the demands, cites each text once with a number, and speaks French in its tables and dates', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=GA1.1.1.1; Max-Age=63072000; Path=/'], T0);
    recordRequest(inv, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-1&cid=1.1', 'ping', T0);
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false }, T0);
    const r = audit(inv, TEST_CONTEXT);
    const html = reportToHtml(r);
    const at = (x: string) => html.indexOf(x);
    expect(html).toMatch(/<p class="headline tone-fail">\d+ points? à corriger sur lycee-demo\.fr/);
    expect(at('À demander à votre éditeur ou à votre collectivité')).toBeGreaterThan(at('class="headline'));
    const passes = r.findings.filter((f) => f.status === 'pass').length;
    if (passes) expect(at(`Aucun manquement observé (${passes})`)).toBeGreaterThan(at('À demander à votre éditeur'));
    else expect(at('Aucun manquement observé (')).toBe(-1);
    // Each text applied is listed once, numbered; the findings cite the numbers.
    const refs = r.findings.filter((f) => f.status !== 'na').flatMap((f) => f.references);
    const first = refs[0]!;
    expect(html.split(escapeHtml(first)).length - 1).toBe(1);
    expect(html).toMatch(/<span class="refs">\[1\]/);
    // French values and a local date, not the JSON's enumerations and UTC.
    expect(html).toContain("<td>page d&#39;accueil</td>");
    expect(html).toMatch(/<tr><th>Date<\/th><td>\d{1,2} novembre 2026 à \d{2}:\d{2}<\/td>/);
    expect(html).not.toMatch(/<td>home<\/td>|<td>first<\/td>/);
  });
  it('drafts a letter to the vendor: each demand with what was found and its legal basis, the checks only they can confirm, every string escaped', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=GA1.1.1.1; Max-Age=63072000; Path=/', '<img src=x onerror=alert(1)>=1; Max-Age=63072000'], T0);
    recordRequest(inv, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-1&cid=1.1', 'ping', T0);
    const r = audit(inv, TEST_CONTEXT);
    const letter = draftLetter(r);
    expect(letter).toMatch(/Objet : données personnelles et cookies sur lycee-demo\.fr/);
    expect(letter).toMatch(/Nous vous demandons de :<\/p>\s*<ol><li><p><strong>/);
    expect(letter).toMatch(/Fondement : .*délibération n° 2020-09[12]/);
    expect(letter).toContain('Brouillon préparé par Témoin');
    expect(letter).not.toMatch(/<img/);
    const demands = new Set(r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => f.fix)).size;
    expect(letter.match(/<li><p><strong>/g)).toHaveLength(demands);
    expect(draftLetter(r, 'en')).toMatch(/Subject : personal data and cookies on lycee-demo\.fr/);
  });
  it('opens on one page to sign: the site, the date, who audited, the tool, the verdict, the demands and the checks, then the annexes', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=GA1.1.1.1; Max-Age=63072000; Path=/'], T0);
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false }, T0);
    const r = audit(inv, TEST_CONTEXT);
    const unsigned = reportToHtml(r);
    const cover = unsigned.slice(unsigned.indexOf('<section class="cover">'), unsigned.indexOf('</section>'));
    // Nobody is named unless they said so: a line to fill in by hand.
    expect(cover).toMatch(/<tr><th>Audit réalisé par<\/th><td><span class="blank">…+ \(nom, fonction, établissement\)<\/span>/);
    expect(cover).toMatch(/<tr><th>Outil<\/th><td>Témoin \S+ — schéma du rapport 1\.\d+\.\d+/);
    expect(cover).toMatch(/<tr><th>Pages<\/th><td>1 page\(s\) — parcours de l&#39;audit : 1\/5 étapes vues<\/td>/);
    expect(cover).toContain('class="headline tone-fail"');
    // The demands as one line each, with the numbers of their texts; no evidence on page 1.
    const demands = new Set(r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => f.fix)).size;
    expect(cover.match(/<li class="d-(fail|warn)">/g)).toHaveLength(demands);
    expect(cover).not.toContain('class="finding');
    expect(cover).toContain('Nom, fonction et signature');
    // The annexes after it, page 1 printed alone.
    expect(unsigned.indexOf('Annexe A — Constats détaillés')).toBeGreaterThan(unsigned.indexOf('</section>'));
    expect(unsigned).toContain('.cover{break-after:page}');
    const signed = reportToHtml({ ...r, auditor: 'M. <Dupont>, référent numérique' });
    expect(signed).toContain('<tr><th>Audit réalisé par</th><td>M. &lt;Dupont&gt;, référent numérique</td>');
    expect(reportToHtml({ ...r, auditor: 'Ms Smith' }, 'en')).toContain('<tr><th>Audited by</th><td>Ms Smith</td>');
  });
  it('escapes quotes for attributes', () => expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;'));
  it('shows the consent banner, its controls escaped', () => {
    const inv = visit();
    const c = { role: 'accept' as const, text: hostile, selector: null, kind: 'button' as const, visible: true, width: 100, height: 30, fontSize: 14, contrast: 7, filled: true };
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false, banner: { cmp: 'tarteaucitron', cmpsPresent: [], source: 'signature', visible: true, selector: '#b', text: hostile, impliedConsent: false, controls: [c], rejectSecondLayer: false } }, T0);
    const html = reportToHtml(audit(inv, TEST_CONTEXT));
    expect(html).toContain('<h3>Bandeau de consentement</h3><p><strong>tarteaucitron.js</strong> (choix proposé) — accepter ✓, refuser ✗');
    expect(html).toContain('<tr><td>accepter</td><td>&lt;img src=x onerror=alert(1)&gt;</td><td>bouton</td>');
    expect(html).not.toMatch(/<img/i);
  });
});

describe('cookieTableDraft', () => {
  it('drafts one row per cookie and key with vendor, purpose, lifetime and legal basis, every string escaped', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=x; Max-Age=63072000', 'oneSessionId=x; HttpOnly', '<b>=1; Max-Age=60'], T0);
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false }, T0);
    recordStorage(inv, 'https://ent.lycee-demo.fr/', [{ area: 'localStorage', key: '<img src=x onerror=alert(1)>' }], T0);
    const html = cookieTableDraft(audit(inv, TEST_CONTEXT));
    expect(html).toContain('<tr><td>_ga</td><td>Google Analytics</td><td>Mesure d&#39;audience</td><td>24 mois (730 jours)</td><td>Consentement</td></tr>');
    expect(html).toContain('<tr><td>oneSessionId</td><td>ENT Edifice / Open ENT NG (entcore)</td><td>Fonctionnement du service (session, authentification, sécurité)</td><td>Session</td><td>Exempté (strictement nécessaire)</td></tr>');
    expect(html).toContain('Brouillon généré par Témoin');
    expect(html).not.toMatch(/<img|<b>/);
    expect(cookieTableDraft(audit(inv, TEST_CONTEXT), 'en')).toContain('<th scope="col">Legal basis</th>');
  });

  it('attributes a key to the origin that holds it: an embedded player\'s key is the player\'s, not the ENT\'s', () => {
    const inv = visit();
    recordStorage(inv, 'https://video.tube-demo.com/embed/1', [{ area: 'localStorage', key: 'lecteur.volume' }], T0);
    recordStorage(inv, 'https://ent.lycee-demo.fr/', [{ area: 'localStorage', key: 'ent.theme' }], T0);
    const html = cookieTableDraft(audit(inv, TEST_CONTEXT));
    expect(html).toMatch(/<tr><td>lecteur\.volume \(localStorage\)<\/td><td>video\.tube-demo\.com<\/td>/);
    expect(html).toMatch(/<tr><td>ent\.theme \(localStorage\)<\/td><td>lycee-demo\.fr<\/td>/);
  });
});

