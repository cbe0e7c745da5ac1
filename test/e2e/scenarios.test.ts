/**
 * `npm run audit -- <url> --scenarios`: the site in fresh profiles with no
 * interaction, after refusing and after accepting through the real
 * tarteaucitron banner; refusal honoured on one site, betrayed on the other
 * (a pixel that fires once any choice is made). And the banner screenshot.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/cli/build.ts';
import { scenariosSideBySide } from '../../src/cli/scenarios.ts';
import { validateReport } from '../../src/cli/validate.ts';
import type { Sites } from '../../src/demo-ent/https-sites.ts';
import type { Report } from '../../src/report/types.ts';
import { bannerUrl, startBannerSites } from '../fixtures/banners.ts';
import { SANDBOX_FLAGS } from './harness.ts';

let dir: string;
let sites: Sites;
const runs = new Map<string, { code: number; stderr: string; report: Report }>();

function audit(host: string): Promise<{ code: number; stderr: string; report: Report }> {
  const out = join(dir, `${host}.json`);
  return new Promise((resolve, reject) => {
    execFile(
      'npm',
      ['run', '--silent', 'audit', '--', bannerUrl(host), '--scenarios', '--out', out, `--browser-arg=--host-resolver-rules=${sites.resolverRule}`, '--browser-arg=--ignore-certificate-errors', ...SANDBOX_FLAGS],
      { cwd: ROOT, env: { ...process.env, LANG: 'fr_FR.UTF-8' }, timeout: 170_000 },
      (err, _stdout, stderr) => {
        readFile(out, 'utf8')
          .then((text) => resolve({ code: err ? Number(err.code) || 1 : 0, stderr, report: JSON.parse(text) as Report }))
          .catch(() => reject(new Error(`no report for ${host}: ${stderr}`)));
      },
    );
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'temoin-scenarios-'));
  sites = await startBannerSites();
  for (const host of ['www.ecole-tarteaucitron.fr', 'www.lycee-tarteaucitron.fr']) runs.set(host, await audit(host));
}, 340_000);

afterAll(async () => {
  await sites?.close();
  await rm(dir, { recursive: true, force: true });
});

const finding = (r: Report, rule: string) => r.findings.find((f) => f.rule === rule)!;

describe('--scenarios', () => {
  it('runs the three scenarios and says so while it works', () => {
    const { code, stderr, report } = runs.get('www.ecole-tarteaucitron.fr')!;
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Scénario « refuser »/);
    expect(stderr).toMatch(/Scénario « accepter »/);
    // Side by side, one browser starts at a time: accept, then reject, then the audit's own.
    if (scenariosSideBySide()) expect(stderr).toMatch(/Scénario « accepter »[\s\S]*Scénario « refuser »[\s\S]*Démarrage de Chromium/);
    expect(validateReport(report)).toEqual({ ok: true });
    expect(report.scenarios?.map((s) => [s.id, s.ran])).toEqual([['none', true], ['reject', true], ['accept', true]]);
  });

  it('passes refusal when nothing that needs consent follows "Tout refuser", and shows accepting does load the pixel', () => {
    const r = runs.get('www.ecole-tarteaucitron.fr')!.report;
    const reject = r.scenarios!.find((s) => s.id === 'reject')!;
    expect(reject.clicked).toEqual(['Tout refuser']);
    expect(reject.trackersAfterChoice).toEqual([]);
    expect(r.scenarios!.find((s) => s.id === 'accept')!.trackersAfterChoice).toEqual(expect.arrayContaining(['www.facebook.com', expect.stringMatching(/^cookie _fbp /)]));
    expect(finding(r, 'consent.refusal-honoured')).toMatchObject({ status: 'pass' });
  });

  it('fails refusal when the pixel fires after refusing through the settings panel (two clicks)', () => {
    const r = runs.get('www.lycee-tarteaucitron.fr')!.report;
    const reject = r.scenarios!.find((s) => s.id === 'reject')!;
    expect(reject.clicked).toEqual(['Personnaliser', 'Tout refuser']);
    expect(reject.trackersAfterChoice).toEqual(expect.arrayContaining(['www.facebook.com', expect.stringMatching(/^cookie _fbp /)]));
    const f = finding(r, 'consent.refusal-honoured');
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/Clic sur : « Personnaliser » puis « Tout refuser »/);
    expect(f.references.join(' ')).toMatch(/article 82/);
    // Before any choice the pixel does not fire: the failure is the refusal's, not a before-consent one.
    expect(finding(r, 'consent.no-tracker-before-consent').status).toBe('pass');
  });

  it('writes the banner screenshot next to the report', async () => {
    const r = runs.get('www.ecole-tarteaucitron.fr')!.report;
    expect(r.banner?.screenshot).toBe('www.ecole-tarteaucitron.fr.banner.png');
    const png = await readFile(join(dir, r.banner!.screenshot!));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect((await stat(join(dir, r.banner!.screenshot!))).size).toBeGreaterThan(1000);
  });
});
