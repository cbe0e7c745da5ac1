/** Batch mode of the command line, as a DPO runs it on a list of sites. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/cli/build.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { DEMO_HOME, startDemoEnt, type DemoServer } from '../../src/demo-ent/server.ts';
import type { Sites } from '../../src/demo-ent/https-sites.ts';
import type { Report } from '../../src/report/types.ts';
import { FIXTURE, startFixtureSites } from '../fixtures/sites.ts';
import { SANDBOX_FLAGS } from './harness.ts';

function audit(args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t = Date.now();
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'audit', '--', ...args, ...SANDBOX_FLAGS], { cwd: ROOT, env: { ...process.env, LANG: 'fr_FR.UTF-8' }, timeout: 170_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr, ms: Date.now() - t });
    });
  });
}

let dir: string;
let demo: DemoServer;
let sites: Sites;
let args: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'temoin-batch-'));
  demo = await startDemoEnt();
  sites = await startFixtureSites();
  await writeFile(
    join(dir, 'sites.txt'),
    [`# ENT et éditeurs`, DEMO_HOME, FIXTURE.exempt, '', 'www.college-video.fr', 'https://ent.introuvable-demo.fr/', 'ftp://ancien.serveur.fr/', 'pas une url', FIXTURE.hanging, DEMO_HOME].join('\n'),
  );
  const rules = `${demo.resolverRule}, ${sites.resolverRule}, MAP ent.introuvable-demo.fr ~NOTFOUND`;
  args = ['--urls', join(dir, 'sites.txt'), '--out-dir', join(dir, 'out'), '--concurrency', '2', '--timeout', '8', `--browser-arg=--host-resolver-rules=${rules}`, '--browser-arg=--ignore-certificate-errors'];
});

afterAll(async () => {
  await demo?.close();
  await sites?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run audit -- --urls', () => {
  it('audits every site, reports failing and hanging ones without stopping, and writes the summaries', async () => {
    const r = await audit(args);
    // Two sites could not be audited: the batch says so in its exit code.
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/Ligne 7 ignorée \(« ftp:\/\/ancien\.serveur\.fr\/ »\)/);
    expect(r.stderr).toMatch(/Ligne 8 ignorée \(« pas une url »\)/);
    expect(r.stderr).toMatch(/\[#{20}\] 5\/5 — 3 audité\(s\), 2 en erreur, 0 déjà fait\(s\) — ETA 0 s/);
    expect(r.stdout).toMatch(/Lot terminé : 3 audité\(s\), 2 en erreur, 0 déjà fait\(s\), 2 ligne\(s\) ignorée\(s\)/);

    const out = join(dir, 'out');
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(3);
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(4); // 3 reports + index.html
    for (const f of files.filter((x) => x.endsWith('.json'))) expect(validateReport(JSON.parse(await readFile(join(out, f), 'utf8')) as Report)).toEqual({ ok: true });

    // For a French spreadsheet: UTF-8 with a BOM, ';' between fields.
    const raw = await readFile(join(out, 'summary.csv'), 'utf8');
    expect(raw.startsWith('\ufeff')).toBe(true);
    const csv = raw.slice(1).trim().split('\r\n');
    expect(csv[0]).toBe('url;status;site;fail;warn;manual;pass;cmp;non_conformities;error;report_json;report_html;seconds');
    expect(csv).toHaveLength(6);
    const byUrl = Object.fromEntries(csv.slice(1).map((l) => [l.split(';')[0], l]));
    expect(byUrl['https://ent.lycee-demo.fr/']).toMatch(/^https:\/\/ent\.lycee-demo\.fr\/;ok;lycee-demo\.fr;[1-9]\d*;/);
    expect(byUrl['https://ent.introuvable-demo.fr/']).toMatch(/;error;.*ERR_NAME_NOT_RESOLVED/);
    expect(byUrl['https://www.lent-demo.fr/']).toMatch(/;error;/);
    // Every file written has its digest in SHA256SUMS, and each report its .sha256 beside it.
    const sums = (await readFile(join(out, 'SHA256SUMS'), 'utf8')).trim().split('\n');
    for (const line of sums) {
      const [digest, name] = line.split('  ');
      expect(createHash('sha256').update(await readFile(join(out, name!))).digest('hex'), name).toBe(digest);
    }
    expect(sums.map((l) => l.split('  ')[1])).toEqual(expect.arrayContaining(['summary.csv', 'index.html', ...files.filter((f) => f.endsWith('.json'))]));
    expect(files.filter((f) => f.endsWith('.json.sha256'))).toHaveLength(3);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/<a href="ent\.lycee-demo\.fr-[0-9a-f]{8}\.html">lycee-demo\.fr<\/a>/);
  }, 180_000);

  it('merges the folders of a batch split in shards (here one part) into the same summary', async () => {
    const merged = join(dir, 'merged');
    const r = await audit(['merge', join(dir, 'out'), '--out-dir', merged]);
    // Two sites of the batch could not be audited: the merged batch says so too.
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/5 site\(s\) de 1 dossier\(s\) réunis/);
    const lines = (f: string) => readFile(f, 'utf8').then((t) => t.trim().split('\r\n').slice(1).sort());
    expect(await lines(join(merged, 'summary.csv'))).toEqual(await lines(join(dir, 'out', 'summary.csv')));
  }, 60_000);

  it('skips the sites already audited when run again, and retries the failed ones', async () => {
    const r = await audit(args);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/Lot terminé : 0 audité\(s\), 2 en erreur, 3 déjà fait\(s\)/);
    expect(existsSync(join(dir, 'out', 'summary.csv'))).toBe(true);
  }, 180_000);

  it('refuses bad usage with a clear message', async () => {
    const r = await audit(['--urls', join(dir, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Liste de sites illisible');
    const both = await audit([DEMO_HOME, '--urls', join(dir, 'sites.txt')]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Une URL ou --urls, pas les deux');
  });
});
