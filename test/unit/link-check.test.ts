import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/audit/html-text.ts';
import { checkLink, readCapped, type Fetcher } from '../../src/background/link-check.ts';
import { linksToCheck, publicWebUrl, recordLinkCheck, recordPdfNotice, recordRequest, recordScan } from '../../src/background/record.ts';
import { analyseNotice, parseNoticeAnalysis } from '../../src/audit/notice.ts';
import { parseMessage } from '../../src/shared/messages.ts';
import { audit } from '../../src/audit/audit.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const respond = (body: string, status = 200, type = 'text/html; charset=utf-8'): Fetcher => async (url, init) => {
  expect(init.credentials).toBe('omit');
  const res = new Response(body, { status, headers: { 'content-type': type } });
  Object.defineProperty(res, 'url', { value: url }); // a read-only getter on real responses
  return res;
};

describe('what the link checker may fetch', () => {
  it('fetches only the public web: no IP address, no local name, no other port, no credentials', () => {
    for (const ok of ['https://www.lycee-demo.fr/rgpd', 'http://ent.region-demo.fr/mentions']) expect(publicWebUrl(ok), ok).toBe(true);
    for (const no of ['https://127.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'https://[::1]/', 'http://10.0.0.8/admin', 'https://intranet/', 'https://nas.local/', 'https://printer.home.arpa/', 'https://www.lycee-demo.fr:8443/rgpd', 'https://u:p@www.lycee-demo.fr/', 'ftp://www.lycee-demo.fr/x', 'http://localhost/'])
      expect(publicWebUrl(no), no).toBe(false);
  });

  it('fetches the audited site and the hosts the audit saw, nothing else, and keys each exact address apart', () => {
    const inv = visit('https://www.lycee-demo.fr/');
    recordRequest(inv, 'https://ent.region-demo.fr/logo.png', 'image', T0);
    const link = (text: string, href: string) => ({ text, href, inFooter: true, inShadowDom: false, hidden: false });
    const todo = linksToCheck(inv, [
      link('Données personnelles', 'https://www.lycee-demo.fr/rgpd?page=a'),
      link('Cookies', 'https://www.lycee-demo.fr/rgpd?page=b'),
      link('Mentions légales', 'https://ent.region-demo.fr/mentions'),
      link('Politique de confidentialité', 'https://ailleurs-demo.com/privacy'),
      link('Données personnelles', 'http://192.168.1.1/reboot'),
      link('Accessibilité', 'https://www.lycee-demo.fr:8080/a11y'),
    ]);
    expect(todo.map((t) => t.url)).toEqual(['https://www.lycee-demo.fr/rgpd?page=a', 'https://www.lycee-demo.fr/rgpd?page=b', 'https://ent.region-demo.fr/mentions']);
    expect(new Set(todo.map((t) => t.key)).size).toBe(3);
    expect(todo.map((t) => t.key).join(' ')).not.toMatch(/page=a|page=b/);
    expect(inv.notes.filter((n) => /Lien non vérifié/.test(n))).toHaveLength(3);
  });

  it('reads nothing of an answer redirected to a private address, and reads a body only up to its cap', async () => {
    const redirected: Fetcher = async () => {
      const res = new Response('<main><p>Le responsable de traitement est la Région.</p></main>', { headers: { 'content-type': 'text/html' } });
      Object.defineProperty(res, 'url', { value: 'http://127.0.0.1/admin' });
      return res;
    };
    const c = await checkLink('https://www.lycee-demo.fr/rgpd', 'privacy', redirected);
    expect(c.notice).toBeUndefined();
    expect(c.error).toBe('redirected-to-a-private-address');
    const big = new Response(new ReadableStream({ pull: (ctrl) => ctrl.enqueue(new TextEncoder().encode('a'.repeat(65_536))) }));
    expect((await readCapped(big, 200_000)).length).toBe(200_000);
  });
});

describe('htmlToText', () => {
  it('keeps the readable text of the main part, drops scripts and styles, decodes entities', () => {
    const html = `<html><head><title>x</title><style>p{}</style></head><body><nav>Menu Accueil</nav>
      <main><h1>Donn&eacute;es personnelles</h1><p>Le responsable de traitement est la R&#233;gion.</p>
      <script>document.cookie='x'</script><p>Contact&nbsp;: dpo@region.fr</p>${'<p>texte</p>'.repeat(20)}</main><footer>Pied</footer></body></html>`;
    const t = htmlToText(html);
    expect(t).toContain('Données personnelles\nLe responsable de traitement est la Région.');
    expect(t).toContain('Contact : dpo@region.fr');
    expect(t).not.toMatch(/document\.cookie|Menu Accueil|Pied|p\{\}/);
  });

  it('reads unclosed tags, comments and scripts as a browser would show them (in one pass: npm run bench times hostile input)', () => {
    expect(htmlToText('<'.repeat(1000))).toBe('<'.repeat(1000));
    expect(htmlToText('<p>Avant<!-- jamais fermé <p>caché')).toBe('Avant');
    expect(htmlToText('<p>Avant</p><script>var x = "<p>caché"')).toBe('Avant');
    expect(htmlToText('<p>a<p>b</p><table><tr><td>x</td><td>y</td></tr></table>')).toBe('a\nb\nx\ty');
    expect(htmlToText(`<nav>menu</nav><article>${'mot '.repeat(60)}</article><main>autre</main>`)).toMatch(/^mot mot/);
  });

  it('is bounded on huge input', () => {
    expect(htmlToText('<p>a</p>'.repeat(500_000)).length).toBeLessThan(1_100_000);
  });
});

describe('checkLink', () => {
  it('reads a privacy page as a notice, and only reports the status of other links', async () => {
    const notice = await checkLink('https://ent.fr/donnees-personnelles', 'privacy', respond('<main><p>Le responsable de traitement est la Région.</p></main>'), () => T0);
    expect(notice).toMatchObject({ status: 200, format: 'html', category: 'privacy', checkedAt: T0 });
    expect(notice.notice?.analysis.items.controller).toBe(true);
    const legal = await checkLink('https://ent.fr/mentions-legales', 'legal', respond('<p>Éditeur</p>'));
    expect(legal.notice).toBeUndefined();
  });

  it('reports a login form instead of reading it as the notice', async () => {
    const c = await checkLink('https://ent.fr/donnees-personnelles', 'privacy', respond('<form><input type="password" name="p"></form>'));
    expect(c).toMatchObject({ status: 200, loginRequired: true });
    expect(c.notice).toBeUndefined();
  });

  it('reports 4xx, PDFs, network errors and time-outs without throwing', async () => {
    expect(await checkLink('https://ent.fr/x', 'privacy', respond('nope', 404))).toMatchObject({ status: 404 });
    expect(await checkLink('https://ent.fr/rgpd.pdf', 'privacy', respond('%PDF', 200, 'application/pdf'))).toMatchObject({ status: 200, format: 'pdf' });
    expect(await checkLink('https://ent.fr/x', 'privacy', async () => { throw new TypeError('Failed to fetch'); })).toMatchObject({ status: null, error: 'Failed to fetch' });
    const hanging: Fetcher = (_u, init) => new Promise((_res, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await checkLink('https://ent.fr/slow', 'legal', hanging, Date.now, 50)).toMatchObject({ status: null, error: 'timeout' });
  });
});

describe('linksToCheck and the report', () => {
  const links = [
    { text: 'Données personnelles', href: 'https://ent.lycee-demo.fr/donnees-personnelles', inFooter: true, inShadowDom: false, hidden: false },
    { text: 'Mentions légales', href: 'https://ent.lycee-demo.fr/mentions-legales?token=SECRET', inFooter: true, inShadowDom: false, hidden: false },
    { text: 'Gestion des cookies', href: 'https://ent.lycee-demo.fr/#cookies', inFooter: true, inShadowDom: false, hidden: false },
    { text: 'Messagerie', href: 'https://ent.lycee-demo.fr/messagerie', inFooter: true, inShadowDom: false, hidden: false },
    { text: 'Contact', href: 'mailto:dpo@ent.fr', inFooter: true, inShadowDom: false, hidden: false },
  ];

  it('checks categorised http(s) links once, not consent controls nor uncategorised ones, within a budget', () => {
    const inv = visit();
    const todo = linksToCheck(inv, links);
    expect(todo.map((t) => t.key)).toEqual(['https://ent.lycee-demo.fr/donnees-personnelles', expect.stringMatching(/^https:\/\/ent\.lycee-demo\.fr\/mentions-legales\?token=… #[0-9a-f]{8}$/)]);
    expect(todo[1]!.url).toContain('SECRET'); // the raw URL is fetched, in memory only
    recordLinkCheck(inv, todo[0]!.key, { status: 200, format: 'html', category: 'privacy', checkedAt: T0 });
    expect(linksToCheck(inv, links).map((t) => t.key)).toEqual([todo[1]!.key]);
    const many = Array.from({ length: 60 }, (_, i) => ({ ...links[0]!, href: `https://ent.lycee-demo.fr/donnees-personnelles-${i}` }));
    expect(linksToCheck(visit(), many)).toHaveLength(30);
  });

  it('marks checked links dead or alive, lists linked and PDF notices, never the raw URL', () => {
    const inv = visit();
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links, truncated: false }, T0);
    for (const t of linksToCheck(inv, links)) {
      recordLinkCheck(inv, t.key, t.category === 'privacy' ? { status: 200, format: 'pdf', category: 'privacy', checkedAt: T0 } : { status: 500, format: 'html', category: t.category, checkedAt: T0 });
    }
    const r = audit(inv, TEST_CONTEXT);
    expect(validateReport(r)).toEqual({ ok: true });
    expect(r.links.find((l) => l.text === 'Mentions légales')).toMatchObject({ httpStatus: 500, dead: true });
    expect(r.links.find((l) => l.text === 'Messagerie')).toMatchObject({ httpStatus: null, dead: null });
    expect(r.notices).toEqual([expect.objectContaining({ url: 'https://ent.lycee-demo.fr/donnees-personnelles', format: 'pdf', source: 'link' })]);
    expect(r.findings.find((f) => f.rule === 'info.legal-notice-link' && f.subject?.startsWith("page d'accueil"))?.status).toBe('fail');
    expect(JSON.stringify(r)).not.toContain('SECRET');
    expect(JSON.stringify(inv)).not.toContain('SECRET');
  });

  it('judges a PDF notice once the command line has read it; only a PDF privacy or cookie notice the audit found takes an analysis', () => {
    const inv = visit();
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links, truncated: false }, T0);
    const url = 'https://ent.lycee-demo.fr/donnees-personnelles';
    recordLinkCheck(inv, url, { status: 200, format: 'pdf', category: 'privacy', checkedAt: T0 });
    const before = audit(inv, TEST_CONTEXT);
    expect(before.findings.find((f) => f.rule === 'info.notice-content' && f.subject === url)?.status).toBe('manual');
    const analysis = analyseNotice("Le responsable du traitement est le lycée Victor Hugo, 1 place de la Mairie, 31000 Toulouse. Vous disposez d'un droit d'accès et de rectification.");
    expect(recordPdfNotice(inv, 'https://ent.lycee-demo.fr/autre.pdf', analysis, T0)).toBe(false);
    recordLinkCheck(inv, 'https://ent.lycee-demo.fr/mentions-legales?token=…', { status: 200, format: 'pdf', category: 'legal', checkedAt: T0 });
    expect(recordPdfNotice(inv, 'https://ent.lycee-demo.fr/mentions-legales?token=…', analysis, T0)).toBe(false);
    expect(recordPdfNotice(inv, url, analysis, T0)).toBe(true);
    const after = audit(inv, TEST_CONTEXT);
    expect(validateReport(after)).toEqual({ ok: true });
    expect(after.notices.find((n) => n.url === url)).toMatchObject({ format: 'pdf', pdfRead: true, source: 'link' });
    const f = after.findings.find((x) => x.rule === 'info.notice-content' && x.subject === url);
    expect(f?.status).toBe('fail');
    expect(f?.evidence.join('\n')).toMatch(/finalités/);
  });

  it('takes a PDF analysis from a message only in the shape it has, bounded', () => {
    const a = analyseNotice("Le responsable du traitement est le lycée Victor Hugo. Vos données sont conservées 12 mois.");
    expect(parseNoticeAnalysis(JSON.parse(JSON.stringify(a)))).toEqual(a);
    const hostile = parseNoticeAnalysis({ status: { controller: 'yes', rights: 'present' }, excerpts: { rights: 'x'.repeat(10_000) }, rights: ['access', 'root', 3], retentions: [{ category: 'logs', months: -5 }, { category: 'evil' }], length: 1e12, language: '<script>' });
    expect(hostile).toMatchObject({ status: { controller: 'absent', rights: 'present' }, items: { controller: false, rights: true }, rights: ['access'], retentions: [{ category: 'logs', months: null }], language: null });
    expect(hostile!.excerpts.rights!.length).toBeLessThanOrEqual(210);
    expect(parseNoticeAnalysis('text')).toBeNull();
    expect(parseMessage({ type: 'record-pdf-notice', tabId: 3, url: 'https://a.fr/x.pdf', analysis: null })).toBeNull();
    expect(parseMessage({ type: 'record-pdf-notice', tabId: 3, url: 'https://a.fr/x.pdf', analysis: a })).toMatchObject({ type: 'record-pdf-notice', tabId: 3 });
  });

  it('lists notices in the same order whatever order the link checks finished in', () => {
    const pdf = (category: 'privacy' | 'cookies') => ({ status: 200, format: 'pdf' as const, category, checkedAt: T0 });
    const orders = [
      ['https://ent.lycee-demo.fr/cookies', 'https://ent.lycee-demo.fr/donnees-personnelles'],
      ['https://ent.lycee-demo.fr/donnees-personnelles', 'https://ent.lycee-demo.fr/cookies'],
    ];
    const lists = orders.map((order) => {
      const inv = visit();
      for (const url of order) recordLinkCheck(inv, url, pdf(url.endsWith('cookies') ? 'cookies' : 'privacy'));
      return audit(inv, TEST_CONTEXT).notices.map((n) => [n.url, n.kind]);
    });
    expect(lists[0]).toEqual([['https://ent.lycee-demo.fr/donnees-personnelles', 'notice'], ['https://ent.lycee-demo.fr/cookies', 'cookies']]);
    expect(lists[1]).toEqual(lists[0]);
  });
});
