/** The command line as the README documents it, run as a user runs it: `npm run audit -- …`. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { pdfText } from '../../src/cli/pdf-text.ts';
import { pdfPages } from '../helpers/pdf.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/cli/build.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { DEMO_LOGIN, startDemoEnt, type DemoServer } from '../../src/demo-ent/server.ts';
import type { Report } from '../../src/report/types.ts';
import type { Sites } from '../../src/demo-ent/https-sites.ts';
import { FIXTURE, startFixtureSites } from '../fixtures/sites.ts';
import { SANDBOX_FLAGS } from './harness.ts';
import { sandboxUsable } from '../../src/cli/chromium.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function audit(args: string[], env: NodeJS.ProcessEnv = {}, sandboxFlags = SANDBOX_FLAGS): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'audit', '--', ...args, ...sandboxFlags], { cwd: ROOT, env: { ...process.env, LANG: 'fr_FR.UTF-8', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;
let demo: DemoServer;
let sites: Sites;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'temoin-cli-'));
  demo = await startDemoEnt();
  sites = await startFixtureSites();
});
afterAll(async () => {
  await demo?.close();
  await sites?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run audit', () => {
  it('visits the login page the home page links to, on the académie\'s CAS, and judges its footer too', async () => {
    const out = join(dir, 'portail.json');
    const flags = [`--browser-arg=--host-resolver-rules=${sites.resolverRule}`, '--browser-arg=--ignore-certificate-errors'];
    const r = await audit([FIXTURE.portail, `--out=${out}`, ...flags]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Page de connexion : https:\/\/cas\.academie-demo\.fr\/cas\/login\?service=…/);
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    expect(validateReport(report)).toEqual({ ok: true });
    expect(report.site).toBe('ent-portail.fr');
    expect(report.pages.map((p) => `${p.role} ${p.url}`)).toEqual(['home https://www.ent-portail.fr/', 'home https://www.ent-portail.fr/', 'login https://cas.academie-demo.fr/cas/login?service=…']);
    expect(report.coverage).toMatchObject({ home: 'https://www.ent-portail.fr/', login: 'https://cas.academie-demo.fr/cas/login?service=…', loginEntry: null });
    const privacy = report.findings.find((f) => f.rule === 'info.footer-privacy-link' && f.subject?.startsWith('page de connexion'));
    expect(privacy?.status).toBe('fail');
    expect(report.findings.find((f) => f.rule === 'info.legal-notice-link' && f.subject?.startsWith('page de connexion'))?.status).toBe('pass');
    expect(JSON.stringify(report)).not.toContain('service=https');

    const skipped = join(dir, 'portail-no-login.json');
    const r2 = await audit([FIXTURE.portail, `--out=${skipped}`, '--no-follow-login', ...flags]);
    expect(r2.code, r2.stderr).toBe(0);
    const report2 = JSON.parse(await readFile(skipped, 'utf8')) as Report;
    expect(report2.pages.map((p) => p.role)).toEqual(['home', 'home']);
    expect(report2.coverage?.loginEntry?.text).toBe('Se connecter');
  }, 180_000);

  it('reads a privacy notice published as a PDF on the site, and judges it like any notice (the extension alone leaves it to a manual check)', async () => {
    const out = join(dir, 'pdf.json');
    const flags = [`--browser-arg=--host-resolver-rules=${sites.resolverRule}`, '--browser-arg=--ignore-certificate-errors'];
    const r = await audit([FIXTURE.pdf, `--out=${out}`, ...flags]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Lecture des notices publiées en PDF/);
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    expect(validateReport(report)).toEqual({ ok: true });
    const notice = report.notices.find((n) => n.url === 'https://www.ecole-pdf.fr/docs/rgpd.pdf');
    expect(notice).toMatchObject({ format: 'pdf', pdfRead: true, kind: 'notice', language: 'fr' });
    expect(notice!.itemStatus).toMatchObject({ controller: 'present', controllerContact: 'present', rights: 'present', cnilComplaint: 'present', purposes: 'present', retention: 'absent', dpo: 'absent' });
    const content = report.findings.find((f) => f.rule === 'info.notice-content' && f.subject === notice!.url);
    expect(content?.status).toBe('fail');
    expect(content?.evidence.join('\n')).toMatch(/durée de conservation/i);
    expect(report.notes.join('\n')).not.toMatch(/PDF notice not read/);
  }, 120_000);

  it('with no URL, audits the bundled demo ENT and writes a valid report', async () => {
    const out = join(dir, 'demo.json');
    const r = await audit(['--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Audit Témoin de lycee-demo.fr');
    // The readable report beside it by default, and where to open it.
    expect(r.stdout).toContain(`Ouvrir le rapport : file://${join(dir, 'demo.html')}`);
    // The report's digest beside it, as sha256sum writes it.
    expect(await readFile(`${out}.sha256`, 'utf8')).toBe(`${createHash('sha256').update(await readFile(out)).digest('hex')}  demo.json\n`);
    expect(r.stdout).toMatch(/✗ « _ga » vit 730 jours : plus de 13 mois/);
    expect(r.stdout).toMatch(/_ga \(lycee-demo\.fr\) : demandé 730 j, conservé 400 j/);
    expect(r.stderr).toMatch(/Démarrage de Chromium[\s\S]*Visite de https:\/\/ent\.lycee-demo\.fr\/[\s\S]*Seconde visite/);
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    expect(validateReport(report)).toEqual({ ok: true });
    expect(report.environment).toMatchObject({ collectedBy: 'cli', browser: { name: 'Chromium', headless: true, thirdPartyCookies: 'allowed', webdriverFlagHidden: true } });
    expect(report.pages).toHaveLength(2);
    expect(report.cookies.find((c) => c.name === 'VISITOR_ID')?.party).toBe('third');
    // The cookie page's table, read from its footer link: each cookie's declared lifetime, row by row.
    const page = report.notices.find((n) => n.kind === 'cookies');
    expect(page?.cookieLifetimes?.map((c) => `${c.name} ${c.maxDays}`)).toEqual(['oneSessionId 0', 'XSRF-TOKEN 0', 'ent_prefs 732', '_pk_id.* 403', '_ga 732']);
  }, 120_000);

  it('audits a given URL with the Chromium flags passed through --browser-arg, and writes the formats asked for', async () => {
    const out = join(dir, 'login.json');
    const r = await audit([DEMO_LOGIN, `--out=${out}`, '--format', 'html,csv,cookies', `--browser-arg=--host-resolver-rules=${demo.resolverRule}`, '--browser-arg=--ignore-certificate-errors', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Témoin audit of lycee-demo.fr');
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    expect(report.pages.map((p) => p.role)).toEqual(['login', 'login']);
    expect(report.environment.browser?.args).toContain(`--host-resolver-rules=${demo.resolverRule}`);
    const json = JSON.stringify(report);
    for (const v of demo.issuedValues) expect(json).not.toContain(v);
    expect(r.stdout).toMatch(/Report written: \S*login\.json, \S*login\.html, \S*login\.csv, \S*login\.cookies\.html/);
    const draft = await readFile(join(dir, 'login.cookies.html'), 'utf8');
    expect(draft).toContain('<th scope="col">Legal basis</th>');
    for (const c of report.cookies) expect(draft).toContain(`<tr><td>${c.name}</td>`);
    const html = await readFile(join(dir, 'login.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>[\s\S]*Témoin audit of lycee-demo\.fr[\s\S]*Consent banner/);
    const csv = (await readFile(join(dir, 'login.csv'), 'utf8')).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(csv[0]).toBe('kind,name,domain_or_origin,party,category,vendor,needs_consent,declared_days,stored_days,session,before_consent,requests');
    expect(csv.length).toBe(1 + report.cookies.length + report.storage.length + report.thirdParties.length);
    for (const v of demo.issuedValues) expect(html + csv.join('\n')).not.toContain(v);
  }, 120_000);

  it('exits 3 with --fail-on when findings at that level exist, and writes a French CSV and a PDF with the site and page numbers in its margins', async () => {
    const flags = [`--browser-arg=--host-resolver-rules=${sites.resolverRule}`, '--browser-arg=--ignore-certificate-errors'];
    const out = join(dir, 'gate.json');
    const gated = await audit([FIXTURE.matomo, '--out', out, '--format', 'csv,pdf', '--fail-on', 'fail', '--auditor', 'Mme Martin, référente numérique', ...flags]);
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    expect(report.findings.some((f) => f.status === 'fail')).toBe(true);
    expect(gated.code, gated.stderr).toBe(3);
    const csv = await readFile(join(dir, 'gate.csv'), 'utf8');
    expect(csv.startsWith('\ufeffkind;name;domain_or_origin;')).toBe(true);
    // The PDF, printed by the audit's browser: the site and the page numbers in its margins, the report inside.
    const pages = await pdfPages(new Uint8Array(await readFile(join(dir, 'gate.pdf'))));
    expect(pages.join('\n')).toMatch(/Témoin — college-matomo\.fr/);
    expect(pages.join('\n')).toMatch(/Page 1 \/ \d+/);
    // Read as a notice would be, the margins are running lines and are left out; the report's text stays.
    const pdf = await pdfText(new Uint8Array(await readFile(join(dir, 'gate.pdf'))));
    expect(pdf).not.toMatch(/Page 1 \/ \d+/);
    expect(pdf).toContain('_pk_id');
    // Page 1 is the summary to sign: who audited, the verdict and the demands; the annexes come after.
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toMatch(/Audit réalisé par\s+Mme Martin, référente numérique/);
    expect(pages[0]).toMatch(/\d+ points? à corriger sur college-matomo\.fr/);
    expect(pages[0]).toContain('À demander à votre éditeur ou à votre collectivité');
    expect(pages[0]).toContain('Nom, fonction et signature');
    expect(pages[0]).not.toContain('Annexe A');
    expect(pages[1]).toContain('Annexe A');
    expect(report.auditor).toBe('Mme Martin, référente numérique');
  }, 120_000);

  it('exits 2 with the usage on bad usage', async () => {
    const r = await audit(['--browser-arg=no-dashes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--browser-arg attend une option de Chromium');
    expect(r.stderr).toContain('Usage : npm run audit');
  });

  it('exits 1 with the reason when the site cannot be reached, and never echoes a token of the URL', async () => {
    const r = await audit(['https://ent.introuvable-demo.fr/?ticket=ST-SECRET-TOKEN', '--out', join(dir, 'x.json'), '--browser-arg=--host-resolver-rules=MAP * ~NOTFOUND', '--timeout', '20']);
    expect(r.code).toBe(1);
    // One plain sentence with a hint, the browser's code kept.
    expect(r.stderr).toMatch(/L'audit n'a pas pu être mené : Adresse introuvable : vérifiez l'orthographe de l'adresse, ou le réseau \(ERR_NAME_NOT_RESOLVED\)\./);
    expect(r.stderr).toContain('Visite de https://ent.introuvable-demo.fr/?ticket=…');
    expect(r.stderr + r.stdout).not.toContain('ST-SECRET-TOKEN');
  }, 60_000);

  it('keeps Chromium\'s sandbox on a real site; where it cannot run (as root), refuses with what to do unless --no-sandbox is given', async () => {
    const flags = [`--browser-arg=--host-resolver-rules=${sites.resolverRule}`, '--browser-arg=--ignore-certificate-errors'];
    const out = join(dir, 'sandbox.json');
    const r = await audit([FIXTURE.matomo, '--out', out, ...flags], {}, []);
    if (sandboxUsable()) {
      expect(r.code, r.stderr).toBe(0);
      expect((JSON.parse(await readFile(out, 'utf8')) as Report).environment.browser?.sandbox).toBe(true);
    } else {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/bac à sable.*--no-sandbox/s);
      const without = await audit([FIXTURE.matomo, '--out', out, ...flags, '--no-sandbox'], {}, []);
      expect(without.code, without.stderr).toBe(0);
      const report = JSON.parse(await readFile(out, 'utf8')) as Report;
      expect(report.environment.browser?.sandbox).toBe(false);
      expect(report.environment.browser?.args).toContain('--no-sandbox');
    }
  }, 120_000);

  it('refuses a flag that weakens the browser, and masks the secrets of the flags it passes on', async () => {
    const refused = await audit([FIXTURE.matomo, '--browser-arg=--disable-web-security']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--disable-web-security');
    expect(refused.stderr).toContain('--allow-unsafe-browser-arg');
  });

  it('exits 1 and says what to install when Chromium is missing', async () => {
    const r = await audit(['--out', join(dir, 'y.json')], { CHROME_PATH: '/nonexistent/chromium' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("CHROME_PATH=/nonexistent/chromium n'existe pas");
  });
});
