/**
 * Rules as self-describing units (src/audit/rules/rule.ts): every finding a
 * report carries comes from exactly one unit, with one of its ids and only
 * the texts it says it cites; single-id units live in a file named after
 * their id; every reference key names a text the knowledge has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../src/audit/rules/index.ts';
import { KNOWLEDGE } from '../../src/knowledge/index.ts';
import { replay } from '../bench/verdicts.ts';
import type { Report } from '../../src/report/types.ts';

const cases = (JSON.parse(readFileSync(new URL('../bench/labelled-verdicts.json', import.meta.url), 'utf8')) as { cases: Parameters<typeof replay>[0][] }).cases;
const reports: Report[] = cases.map(replay);

describe('the rules as units', () => {
  it('give each rule id to one unit alone, and cite only texts the knowledge has', () => {
    expect(RULE_IDS.length).toBe(new Set(RULE_IDS).size);
    expect(RULE_IDS.length).toBeGreaterThanOrEqual(17);
    for (const r of RULES) for (const ref of r.references) expect(KNOWLEDGE.references[ref], `${r.ids[0]}: ${ref}`).toBeTruthy();
  });

  it('make every finding of the labelled audits: an id of one unit, and only the texts that unit declares', () => {
    const seen = new Set<string>();
    for (const report of reports) {
      for (const f of report.findings) {
        const unit = RULES.find((r) => r.ids.includes(f.rule));
        expect(unit, f.rule).toBeDefined();
        const declared = new Set(unit!.references.map((k) => KNOWLEDGE.references[k]));
        expect(f.references.filter((text) => !declared.has(text)), f.rule).toEqual([]);
        seen.add(f.rule);
      }
    }
    // The labelled audits reach every rule id: the check above covers them all.
    expect(RULE_IDS.filter((id) => !seen.has(id))).toEqual([]);
  });

  it('live in a file named after their id when they have one', () => {
    const dir = new URL('../../src/audit/rules/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const m = /export const \w+: Rule = \{ ids: \['([^']+)'\],/.exec(text);
      if (m) expect(file).toBe(`${m[1]!.replace('.', '-')}.ts`);
    }
  });
});
