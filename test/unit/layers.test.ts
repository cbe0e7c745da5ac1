/**
 * Clear layers: no import cycle anywhere in src/ (type-only imports
 * included: a cycle of types still blurs who owns them), and the runtime
 * folders do not import build-only code.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

const graph = new Map<string, string[]>();
for (const f of files(SRC)) {
  const text = readFileSync(f, 'utf8');
  const deps = [...text.matchAll(/^(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => resolve(dirname(f), m[1]!)).filter((d) => d.startsWith(SRC));
  graph.set(f, deps);
}

function cycles(): string[][] {
  const out: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open') out.push(stack.slice(stack.indexOf(d)).map((x) => relative(SRC, x)));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return out;
}

describe('the layers of src/', () => {
  it('has no import cycle', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles()).toEqual([]);
  });

  it('keeps build-only code (src/build/, Vite plugins) out of what ships', () => {
    // The Vite plugins live in src/build/ with the rest of the build-only code.
    expect([...graph.keys()].filter((f) => /-plugin\.ts$/.test(f) && !/\/src\/build\//.test(f)).map((f) => relative(SRC, f))).toEqual([]);
    const runtime = [...graph.keys()].filter((f) => /\/src\/(background|content|popup|audit|report|shared|knowledge|cli)\//.test(f));
    const bad = runtime.flatMap((f) => graph.get(f)!.filter((d) => /\/src\/build\/|-plugin(\.ts)?$/.test(d)).map((d) => `${relative(SRC, f)} → ${relative(SRC, d)}`));
    expect(bad).toEqual([]);
  });

  it('defines every bound on what a page can make Témoin record or read in shared/limits.ts alone', () => {
    const elsewhere = [...graph.keys()]
      .filter((f) => !f.endsWith('/src/shared/limits.ts'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^(?:export )?const (MAX_[A-Z_]*|[A-Z_]*_(?:LIMITS|MAX)) = (?:\d|\{\s*\w+: \d)/gm)].map((m) => `${relative(SRC, f)}: ${m[1]}`));
    expect(elsewhere).toEqual([]);
  });
});
