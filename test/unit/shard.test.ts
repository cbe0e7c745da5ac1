/** National scale without a scheduler: --shard i/n splits a list deterministically, merge brings the parts together. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStem, shardOf } from '../../src/cli/batch-list.ts';
import { mergeBatches, writeSummaries, type SiteResult } from '../../src/cli/batch.ts';
import { parseCsv } from '../../src/report/csv.ts';
import { parseArgs, UsageError } from '../../src/cli/args.ts';
import { audit } from '../../src/audit/audit.ts';
import { recordSetCookieHeaders } from '../../src/background/record.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const urls = Array.from({ length: 400 }, (_, i) => `https://ent${i}.lycee-demo.fr/`);

describe('--shard i/n', () => {
  it('puts every site in exactly one shard, the same whatever the order of the list, and spreads them evenly', () => {
    const n = 8;
    const shards = urls.map((u) => shardOf(u, n));
    expect(shards.every((s) => s >= 1 && s <= n)).toBe(true);
    expect([...urls].reverse().map((u) => shardOf(u, n))).toEqual([...shards].reverse());
    const sizes = Array.from({ length: n }, (_, i) => shards.filter((s) => s === i + 1).length);
    expect(Math.min(...sizes)).toBeGreaterThan(400 / n / 2);
    expect(parseArgs(['--urls', 'l.txt', '--shard', '3/8']).shard).toEqual({ index: 3, count: 8 });
    for (const bad of [['--urls', 'l.txt', '--shard', '0/8'], ['--urls', 'l.txt', '--shard', '9/8'], ['--urls', 'l.txt', '--shard', 'x'], ['https://e.fr/', '--shard', '1/2']]) expect(() => parseArgs(bad)).toThrow(UsageError);
  });
});

describe('merge', () => {
  it('gives, from the shards of a batch, the summary one batch would have written', async () => {
    const root = await mkdtemp(join(tmpdir(), 'temoin-merge-'));
    try {
      const sites = urls.slice(0, 6);
      const results: SiteResult[] = sites.map((url, i) => {
        if (i === 4) return { url, stem: fileStem(url), status: 'error', error: 'Adresse introuvable (ERR_NAME_NOT_RESOLVED).', seconds: 3 };
        const inv = visit(url);
        recordSetCookieHeaders(inv, url, ['_ga=GA1.1.1.1; Max-Age=63072000; Path=/'], T0);
        return { url, stem: fileStem(url), status: 'ok', report: audit(inv, TEST_CONTEXT), seconds: 5 + i };
      });
      const shardDirs: string[] = [];
      for (const k of [1, 2]) {
        const dir = join(root, `part-${k}`);
        shardDirs.push(dir);
        const mine = results.filter((r) => shardOf(r.url, 2) === k);
        await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
        for (const r of mine) if (r.report) await writeFile(join(dir, `${r.stem}.json`), JSON.stringify(r.report));
        await writeSummaries(dir, mine, 'fr', ';');
      }
      const single = join(root, 'single');
      await import('node:fs/promises').then((fs) => fs.mkdir(single, { recursive: true }));
      await writeSummaries(single, [...results].sort((a, b) => a.url.localeCompare(b.url)), 'fr', ';');
      const merged = join(root, 'merged');
      const back = await mergeBatches(shardDirs, merged, 'fr', ';');
      expect(back).toHaveLength(6);
      expect(await readFile(join(merged, 'summary.csv'), 'utf8')).toBe(await readFile(join(single, 'summary.csv'), 'utf8'));
      const sums = await readFile(join(merged, 'SHA256SUMS'), 'utf8');
      for (const r of results.filter((x) => x.report)) expect(sums).toContain(`${r.stem}.json`);
      expect(parseCsv('a;"b;c";"say ""hi"""\r\n', ';')).toEqual([['a', 'b;c', 'say "hi"']]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
