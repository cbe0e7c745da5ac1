/**
 * Docs that cannot drift: every rule the code can report is documented in
 * docs/rules.md, every command-line option in --help is in docs/cli.md, and
 * every relative link of the README and docs/ leads to a file the repository
 * contains.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE } from '../../src/cli/args.ts';
import { RULE_IDS } from '../../src/audit/rules/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const DOCS = ['README.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('the documentation', () => {
  it('documents every rule id the code can report', () => {
    // The ids come from the rules themselves (src/audit/rules/index.ts), not from a search of their text.
    expect(RULE_IDS.length).toBeGreaterThanOrEqual(17);
    const rules = read('docs/rules.md');
    expect(RULE_IDS.filter((id) => !rules.includes(`\`${id}\``))).toEqual([]);
  });

  it('documents every command-line option of --help in docs/cli.md', () => {
    const options = new Set([...USAGE.matchAll(/(?<![\w=-])(--[a-z][a-z-]+)/g)].map((m) => m[1]!));
    expect(options.size).toBeGreaterThan(8);
    const cli = read('docs/cli.md');
    expect([...options].filter((o) => !cli.includes(o))).toEqual([]);
  });

  it('has no dangling link: every relative link leads to a file of the repository', () => {
    const missing: string[] = [];
    for (const doc of DOCS) {
      for (const m of read(doc).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(resolve(ROOT, dirname(doc), target))) missing.push(`${doc}: ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the README short: 10 KB a language at most', () => {
    const readme = read('README.md');
    const at = readme.indexOf('<a id="english"></a>');
    expect(at).toBeGreaterThan(0);
    expect(Buffer.byteLength(readme.slice(0, at))).toBeLessThanOrEqual(10_240);
    expect(Buffer.byteLength(readme.slice(at))).toBeLessThanOrEqual(10_240);
  });
});
