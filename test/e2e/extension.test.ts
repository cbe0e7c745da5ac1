/**
 * The built extension in real Chromium against the demo ENT: what it records,
 * what the popup shows and exports, and that a stopped worker loses nothing.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOME, DEMO_LOGIN } from '../../src/demo-ent/server.ts';
import { getReport, killServiceWorker, waitForSettle } from '../../src/cli/driver.ts';
import { pdfPages } from '../helpers/pdf.ts';
import { validateReport } from '../../src/cli/validate.ts';
import type { Report } from '../../src/report/types.ts';
import { cookieOf, secretValues, startHarness, type Harness } from './harness.ts';

let h: Harness;
let homeTab: number;
let report: Report;

beforeAll(async () => {
  h = await startHarness();
  const { tabId, page } = await h.ext.openTab(DEMO_HOME);
  homeTab = tabId;
  await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
  await page.reload();
  await waitForSettle(h.ext, tabId, page, { expectedPages: 2 });
  report = await getReport(h.ext, tabId);
}, 90_000);

afterAll(async () => {
  await h?.close();
});

describe('cookies recorded on the demo ENT home page', () => {
  it('reports the 2-year Set-Cookie cookie as declared ≈730 days and stored 400', () => {
    const c = cookieOf(report, 'ent_prefs');
    expect(c.source).toBe('http');
    expect(c.declaredLifetimeDays).toBeGreaterThan(729);
    expect(c.declaredLifetimeDays).toBeLessThan(731);
    expect(c.storedLifetimeDays).toBeCloseTo(400, 0);
    expect(c).toMatchObject({ party: 'first', session: false, domain: 'ent.lycee-demo.fr', hostOnly: true });
  });

  it('reports the 2-year document.cookie cookie as declared ≈730 days and stored 400', () => {
    const c = cookieOf(report, '_ga');
    expect(c.source).toBe('script');
    expect(c.declaredLifetimeDays).toBeGreaterThan(729);
    expect(c.declaredLifetimeDays).toBeLessThan(731);
    expect(c.storedLifetimeDays).toBeCloseTo(400, 0);
    expect(c).toMatchObject({ domain: 'lycee-demo.fr', hostOnly: false, party: 'first' });
  });

  it('reports the 13-month audience cookie written from script at 393 days in both columns', () => {
    const c = cookieOf(report, '_pk_id.1.a1b2');
    expect(c.declaredLifetimeDays).toBeCloseTo(393, 0);
    expect(c.storedLifetimeDays).toBeCloseTo(393, 0);
  });

  it('reports session cookies as such, with their flags', () => {
    expect(cookieOf(report, 'oneSessionId')).toMatchObject({ session: true, httpOnly: true, secure: true, declaredLifetimeDays: null, storedLifetimeDays: null });
    expect(cookieOf(report, 'XSRF-TOKEN')).toMatchObject({ session: true, sameSite: 'strict' });
  });

  it('reports the embedded player cookie as third-party, and its partitioned cookie with the partition', () => {
    expect(cookieOf(report, 'VISITOR_ID')).toMatchObject({ party: 'third', domain: 'tube-demo.com', source: 'http', partitioned: false });
    expect(cookieOf(report, 'VISITOR_ID').storedLifetimeDays).toBeCloseTo(180, 0);
    expect(cookieOf(report, '__Host-player_prefs')).toMatchObject({ party: 'third', partitioned: true, partitionKey: 'https://lycee-demo.fr' });
  });

  it('sees expiries pushed forward on the second visit', async () => {
    // On failure, say what the collectors recorded for the cookie (events: kind, page, time, expiry).
    const history = async (name: string) => {
      const inv = (await h.ext.page.evaluate((t) => chrome.storage.session.get(`inv:${t}`), homeTab)) as Record<string, { cookies: Record<string, { name: string; history: unknown[] }>; pages: unknown[] }>;
      const rec = Object.values(inv[`inv:${homeTab}`]!.cookies).find((c) => c.name === name);
      return JSON.stringify({ pages: inv[`inv:${homeTab}`]!.pages, history: rec?.history });
    };
    for (const name of ['_ga', '_pk_id.1.a1b2', 'ent_prefs']) expect(cookieOf(report, name).renewedOnRevisit, await history(name)).toBe(true);
    expect(cookieOf(report, 'oneSessionId').renewedOnRevisit).toBe(false);
  });

  it('counts the third-party hosts contacted, and not first-party subdomains', () => {
    const hosts = Object.fromEntries(report.thirdParties.map((t) => [t.host, t]));
    expect(Object.keys(hosts).sort()).toEqual(['analytics.mesure-demo.com', 'video.tube-demo.com']);
    expect(hosts['analytics.mesure-demo.com']!.requests).toBe(2);
    expect(hosts['analytics.mesure-demo.com']!.params).toEqual(['cid', 'en', 'tid', 'v']);
  });

  it('lists Web Storage keys per origin, embedded frames included', () => {
    const keys = report.storage.map((s) => `${s.area} ${s.origin} ${s.key}`).sort();
    expect(keys).toEqual([
      'localStorage https://ent.lycee-demo.fr ent.theme',
      'localStorage https://video.tube-demo.com tube-player-id',
      'sessionStorage https://ent.lycee-demo.fr ent.onglets',
    ]);
  });

  it('reads the notice and the cookie page its footer links lead to, without cookies', () => {
    expect(report.notices.map((n) => [n.url, n.kind, n.source])).toEqual([
      ['https://ent.lycee-demo.fr/donnees-personnelles', 'notice', 'link'],
      ['https://ent.lycee-demo.fr/cookies', 'cookies', 'link'],
    ]);
    expect(report.notices[0]).toMatchObject({ format: 'html', language: 'fr', declaredAudienceRetentionMonths: 25 });
    const content = report.findings.find((f) => f.rule === 'info.notice-content' && f.subject === 'https://ent.lycee-demo.fr/donnees-personnelles')!;
    expect(content.status).toBe('pass');
    expect(content.evidence.join('\n')).toMatch(/lue depuis le lien du pied de page, sans être connecté/);
    expect(report.findings.find((f) => f.rule === 'info.audience-retention')?.status).toBe('pass');
    expect(report.links.find((l) => l.text === 'Mentions légales')).toMatchObject({ httpStatus: 200, dead: false });
  });

  it('lists the footer links of the home page; the "#" entry that opens the consent panel is present, not dead', () => {
    const home = report.links.filter((l) => l.page === 'https://ent.lycee-demo.fr/');
    const texts = [...new Set(home.map((l) => l.text))];
    expect(texts).toEqual(['Données personnelles', 'Mentions légales', 'Cookies', 'Gestion des cookies', 'Accessibilité : partiellement conforme', "Charte d'utilisation"]);
    expect(home.every((l) => l.inFooter && !l.inShadowDom && !l.hidden)).toBe(true);
    expect(home.find((l) => l.text === 'Gestion des cookies')).toMatchObject({ category: 'consent-settings', href: '#', dead: false });
    expect(report.pages.map((p) => p.role)).toEqual(['home', 'home']);
  });

  it('produces a report that validates against the schema and holds no cookie value', async () => {
    expect(validateReport(report)).toEqual({ ok: true });
    const secrets = await secretValues(h);
    expect(secrets.length).toBeGreaterThan(5);
    const json = JSON.stringify(report);
    for (const s of secrets) expect(json).not.toContain(s);
  });
});

describe('login page', () => {
  it('finds the footer links inside the shadow root and the login role', async () => {
    const { tabId, page } = await h.ext.openTab(DEMO_LOGIN);
    await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
    const r = await getReport(h.ext, tabId);
    expect(r.pages[0]).toMatchObject({ role: 'login', title: 'Connexion – Mon ENT' });
    const footer = r.links.filter((l) => l.inShadowDom);
    expect(footer.map((l) => l.text)).toEqual(['Protection des données personnelles', 'Mentions légales', 'Cookies']);
    expect(footer.every((l) => l.inFooter)).toBe(true);
    expect(cookieOf(r, 'JSESSIONID')).toMatchObject({ path: '/auth', session: true, httpOnly: true });
    await page.close();
  });
});

describe('a visit of the ENT: home, login, notice and cookie page', () => {
  it('checks the footer of home and login pages, and reads the notice and the cookie page', async () => {
    const { tabId, page } = await h.ext.openTab(DEMO_HOME);
    await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
    let n = 1;
    for (const path of ['auth/login', 'donnees-personnelles', 'cookies']) {
      await page.goto(`${DEMO_HOME}${path}`);
      await waitForSettle(h.ext, tabId, page, { expectedPages: ++n });
    }
    const r = await getReport(h.ext, tabId);
    expect(r.pages.map((p) => p.role)).toEqual(['home', 'login', 'notice', 'cookies']);
    const status = (rule: string, subject: string) => r.findings.find((f) => f.rule === rule && f.subject?.startsWith(subject))?.status;
    for (const role of ["page d'accueil", 'page de connexion']) {
      expect(status('info.footer-privacy-link', role), role).toBe('pass');
      expect(status('info.legal-notice-link', role), role).toBe('pass');
      expect(status('info.cookie-policy-link', role), role).toBe('pass');
    }
    const login = r.findings.find((f) => f.rule === 'info.footer-privacy-link' && f.subject?.startsWith('page de connexion'))!;
    expect(login.evidence.join('\n')).toMatch(/Protection des données personnelles.*\(shadow DOM, HTTP 200\)/);
    expect(r.notices.map((x) => [x.url, x.kind])).toEqual([
      ['https://ent.lycee-demo.fr/donnees-personnelles', 'notice'],
      ['https://ent.lycee-demo.fr/cookies', 'cookies'],
    ]);
    expect(r.notices[0]).toMatchObject({ language: 'fr', declaredAudienceRetentionMonths: 25, rights: ['access', 'rectification', 'opposition', 'limitation'] });
    // Every item the kit's model asks for is said in a sentence (the others apply only where relevant).
    for (const i of ['controller', 'controllerContact', 'purposes', 'legalBasis', 'recipients', 'retention', 'rights', 'dpo', 'cnilComplaint', 'transfers']) expect(r.notices[0]!.itemStatus?.[i], i).toBe('present');
    expect(r.notices[0]!.retentions?.map((x) => [x.category, x.months, x.afterLeaving])).toEqual([['account', 3, true], ['logs', 12, false], ['audience', 25, false]]);
    expect(r.findings.find((f) => f.rule === 'info.notice-content' && f.subject === 'https://ent.lycee-demo.fr/donnees-personnelles')?.status).toBe('pass');
    expect(r.findings.find((f) => f.rule === 'info.audience-retention')).toMatchObject({ status: 'pass', title: expect.stringMatching(/25 mois/) });
    expect(r.notices[1]!.cookieTools).toEqual(['matomo']);
    expect(validateReport(r)).toEqual({ ok: true });
    await page.close();
  });
});

/** axe-core run in the page (evaluated over CDP: extension pages forbid injected script tags); serious and critical violations only. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ')}`);
}

describe('popup', () => {
  it('renders the inventory of the tab and exports a valid JSON report without values', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.ext.id}/src/popup/index.html?tabId=${homeTab}`);
    await popup.locator('#site').waitFor();
    const fresh = await getReport(h.ext, homeTab);
    expect(await popup.locator('#site').textContent()).toBe('lycee-demo.fr');
    expect(await popup.locator('#count-cookies').textContent()).toBe(String(fresh.cookies.length));
    expect(await popup.locator('#cookies tbody tr').count()).toBe(fresh.cookies.length);
    const ga = await popup.locator('tr[data-cookie="_ga"] .lifetime').textContent();
    expect(ga).toMatch(/73[01].*\/.*400/);
    expect(await popup.locator('#third-parties tbody tr').count()).toBe(2);
    for (const status of ['fail', 'warn', 'manual', 'pass'] as const) {
      expect(await popup.locator(`#count-${status}`).textContent(), status).toBe(String(fresh.findings.filter((f) => f.status === status).length));
    }
    expect(await popup.locator('#demands [data-rule="cookies.audience-lifetime"]').first().textContent()).toMatch(/_ga/);
    // The first screen, as a référent reads it: the conclusion, then the first demand, before any "no breach observed".
    const text = (await popup.locator('main').innerText()).replace(/\s+/g, ' ');
    const headline = (await popup.locator('#findings-title').innerText()).trim();
    // (Debian's Chromium ships en-US only: the popup speaks the browser's language.)
    expect(headline).toMatch(/^\d+ (points? à corriger sur|points? to fix on) lycee-demo\.fr/);
    const firstDemand = (await popup.locator('#demands li.demand summary').first().innerText()).trim();
    expect(text.indexOf(headline)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(firstDemand)).toBeGreaterThan(text.indexOf(headline));
    const folded = Math.max(text.indexOf('Aucun manquement observé ('), text.indexOf('No breach observed ('));
    expect(folded).toBeGreaterThan(text.indexOf(firstDemand));
    // Readable: body text of about 14 px on screen or more.
    expect(await popup.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#demands li.demand summary')!).fontSize))).toBeGreaterThanOrEqual(14);
    expect(await popup.locator('#lifetime-chart g.bar').count()).toBe(fresh.cookies.filter((c) => !c.session && (c.declaredLifetimeDays ?? c.storedLifetimeDays) !== null).length);
    expect(await popup.locator('#lifetime-chart g.bar.long[data-cookie="_ga"]').count()).toBe(1);

    // The full report: the same view in a tab, wide, for the same audit.
    const [full] = await Promise.all([h.context.waitForEvent('page'), popup.click('#open-full')]);
    await full.locator('#site').waitFor();
    expect(await accessibilityProblems(popup)).toEqual([]);
    expect(await accessibilityProblems(full)).toEqual([]);
    // The check can fail: a button with no name is a critical violation.
    await full.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'nameless' })));
    expect(await accessibilityProblems(full)).toEqual([expect.stringMatching(/^button-name \(critical\)/)]);
    await full.evaluate(() => document.getElementById('nameless')!.remove());
    expect(full.url()).toBe(`chrome-extension://${h.ext.id}/src/popup/index.html?tabId=${homeTab}&view=full`);
    expect(await full.locator('body.full').count()).toBe(1);
    expect(await full.locator('#cookies tbody tr').count()).toBe(fresh.cookies.length);
    await full.fill('#cookie-filter', '_ga');
    expect(await full.locator('#cookies tbody tr').count()).toBe(fresh.cookies.filter((c) => `${c.name} ${c.domain} ${c.vendor ?? ''}`.toLowerCase().includes('_ga')).length);
    await full.close();

    // Three controls in the header: the full report, "Download ▾" and "⋯".
    expect(await popup.locator('header.bar .actions > *').count()).toBe(3);
    const openMenu = (id: string) => popup.evaluate((x) => void ((document.getElementById(x) as HTMLDetailsElement).open = true), id);
    await openMenu('download-menu');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('#export-json')]);
    expect(download.suggestedFilename()).toMatch(/^temoin-lycee-demo\.fr-.*\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as Report;
    expect(validateReport(exported)).toEqual({ ok: true });
    expect(exported.cookies.map((c) => c.name).sort()).toEqual(fresh.cookies.map((c) => c.name).sort());
    const json = JSON.stringify(exported);
    for (const s of await secretValues(h)) expect(json).not.toContain(s);

    // The other exports: HTML report, CSV, draft cookie table.
    const save = async (button: string) => {
      await openMenu('download-menu');
      const [d] = await Promise.all([popup.waitForEvent('download'), popup.click(button)]);
      return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
    };
    const html = await save('#export-html');
    expect(html.name).toMatch(/^temoin-lycee-demo\.fr-.*\.html$/);
    expect(html.text).toMatch(/^<!doctype html>[\s\S]*(Audit Témoin de|Témoin audit of) lycee-demo\.fr/); // in the browser UI language
    const csv = await save('#export-csv');
    expect(csv.text.replace(/^\ufeff/, '').trim().split('\r\n')).toHaveLength(1 + fresh.cookies.length + fresh.storage.length + fresh.thirdParties.length);
    const table = await save('#export-cookie-table');
    for (const c of fresh.cookies) expect(table.text).toContain(`<tr><td>${c.name}</td>`);
    for (const s of await secretValues(h)) expect(html.text + csv.text + table.text).not.toContain(s);

    // Imprimer / PDF: the printable report in a tab; printed, its page 1 is the summary to sign, with who audited.
    await openMenu('download-menu');
    await popup.fill('#auditor', 'Mme Martin, référente numérique');
    const [printable] = await Promise.all([h.context.waitForEvent('page'), popup.click('#print-report')]);
    await printable.waitForLoadState('load');
    const pages = await pdfPages(new Uint8Array(await printable.pdf({ format: 'A4' })));
    await printable.close();
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toMatch(/(Audit réalisé par|Audited by)\s+Mme Martin, référente numérique/);
    // (Printed text splits at ligatures, "fi x": compared without spaces.)
    expect(pages[0]!.replace(/\s+/g, '')).toMatch(/\d+(points?àcorrigersur|points?tofixon)lycee-demo\.fr/);
    expect(pages[0]).toMatch(/À demander à votre éditeur|To ask of your vendor/);
    expect(pages[0]).not.toMatch(/Annexe A|Annex A/);

    // Import: the report just exported, compared with the audit it came from.
    await popup.setInputFiles('#import-report', (await download.path())!);
    await popup.locator('#diff').waitFor();
    expect(await popup.locator('#diff-cookies-added, #diff-cookies-removed').count()).toBe(0);
    await popup.setInputFiles('#import-report', { name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from('{"tool":{"name":"Other"}}') });
    expect(await popup.locator('#import-error').textContent()).toMatch(/n'est pas un rapport Témoin|not a Témoin report/);
    await popup.close();
  });
});

describe('service worker stopped mid-audit', () => {
  it('keeps everything recorded before the stop, and goes on recording after it', async () => {
    const { tabId, page } = await h.ext.openTab(DEMO_HOME);
    await waitForSettle(h.ext, tabId, page, { expectedPages: 1 });
    const worker = h.context.serviceWorkers().find((w) => w.url().includes(h.ext.id))!;
    await worker.evaluate(() => ((globalThis as Record<string, unknown>).__beforeKill = true));

    expect(await killServiceWorker(h.context, h.ext.page, h.ext.id)).toBe(true);
    await page.goto(DEMO_LOGIN); // the navigation's events wake the worker again
    await waitForSettle(h.ext, tabId, page, { expectedPages: 2 });

    const restarted = h.context.serviceWorkers().find((w) => w.url().includes(h.ext.id))!;
    expect(await restarted.evaluate(() => (globalThis as Record<string, unknown>).__beforeKill ?? null)).toBeNull();
    const r = await getReport(h.ext, tabId);
    expect(r.pages.map((p) => p.role)).toEqual(['home', 'login']);
    // Declared lifetimes come only from what the collectors saw before the stop.
    expect(cookieOf(r, 'ent_prefs').declaredLifetimeDays).toBeGreaterThan(729);
    expect(cookieOf(r, '_ga').declaredLifetimeDays).toBeGreaterThan(729);
    expect(cookieOf(r, 'JSESSIONID').path).toBe('/auth');
    expect(r.links.some((l) => l.inShadowDom)).toBe(true);
    await page.close();
  });
});

describe('the built extension', () => {
  it('makes no request of its own but GETs, without cookies, of the footer links of the audited pages', () => {
    // Requests a page makes carry sec-fetch-site same-origin/same-site/cross-site; a top-level
    // navigation is mode "navigate". What remains with site "none" was made by the extension.
    const own = h.demo.log.filter((e) => e.secFetchSite === 'none' && e.secFetchMode !== 'navigate');
    expect(own.length).toBeGreaterThan(0);
    const footerTargets = new Set(report.links.filter((l) => l.category && l.category !== 'consent-settings').map((l) => l.href));
    for (const e of own) {
      expect(e.method).toBe('GET');
      expect(e.withCookies, `${e.host}${e.path}`).toBe(false);
      expect(footerTargets.has(`https://${e.host}${e.path}`), `${e.host}${e.path}`).toBe(true);
    }
  });

  it('exposes nothing to pages, and ships the licence and attribution of the data it carries', async () => {
    const { join } = await import('node:path');
    const { DIST } = await import('../../src/cli/build.ts');
    const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(await readFile(join(DIST, 'licenses/open-cookie-database-LICENSE.txt'), 'utf8')).toMatch(/Apache License/);
    expect(await readFile(join(DIST, 'NOTICE.txt'), 'utf8')).toMatch(/Open Cookie Database[\s\S]*modified[\s\S]*autoconsent[\s\S]*Mozilla Public License/);
    expect(await readFile(join(DIST, 'licenses/@duckduckgo__autoconsent-LICENSE.txt'), 'utf8')).toMatch(/Mozilla Public License/);
  });

  it('declares no content script (they run only while observing), keeps webextension-polyfill out of the scripts every observed frame evaluates (the worker and popup keep it), and marks them for eager compilation', async () => {
    const { join } = await import('node:path');
    const { COMPILE_HINT } = await import('../../src/build/compile-hints-plugin.ts');
    const { DIST } = await import('../../src/cli/build.ts');
    const { OBSERVED_PAGE_SCRIPTS, builtPath } = await import('../../src/content/registered.ts');
    const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts?: unknown };
    expect(manifest.content_scripts).toBeUndefined();
    const files = OBSERVED_PAGE_SCRIPTS.map(builtPath);
    expect(files).toEqual(['src/content/probe.js', 'src/content/every-frame.js', 'src/content/top-frame.js']);
    for (const f of files) {
      const code = await readFile(join(DIST, f), 'utf8');
      expect(code, f).not.toMatch(/webextension-polyfill|This script should only be loaded in a browser extension/);
      // V8's compile hint, first line: every function of these scripts runs on every observed page (src/build/compile-hints-plugin.ts).
      expect(code.startsWith(COMPILE_HINT), f).toBe(true);
    }
    // …while the chunks of the worker and popup still carry it (the check above can fail).
    const { readdir } = await import('node:fs/promises');
    const chunks = await Promise.all((await readdir(join(DIST, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => readFile(join(DIST, 'assets', f), 'utf8')));
    expect(chunks.some((c) => c.includes('This script should only be loaded in a browser extension'))).toBe(true);
  });
});
