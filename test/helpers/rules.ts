/** What the rule tests share: the audit of an inventory, validated, and the finding of a rule. */
import { expect } from 'vitest';
import { audit } from '../../src/audit/audit.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { KNOWLEDGE } from '../../src/knowledge/index.ts';
import type { Finding } from '../../src/report/types.ts';
import type { Inventory } from '../../src/shared/inventory.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { TEST_CONTEXT } from './inventory.ts';

export const HOME = 'https://ent.lycee-demo.fr/';
export const W = KNOWLEDGE.observedKeys;
export const run = (inv: Inventory) => {
  const r = audit(inv, TEST_CONTEXT);
  expect(validateReport(r)).toEqual({ ok: true });
  return r.findings;
};
export const find = (fs: Finding[], rule: string, subject?: string) => {
  const f = fs.find((x) => x.rule === rule && (subject === undefined || x.subject?.startsWith(subject)));
  if (!f) throw new Error(`no ${rule} ${subject ?? ''}: ${fs.map((x) => `${x.rule}/${x.subject}`).join(', ')}`);
  return f;
};
export const gaWrite = (at: number, value = 'h1', days = 730) => ({ name: '_ga', valueHash: value, domain: 'lycee-demo.fr', path: '/', expiresAt: at + days * DAY_MS, partitioned: false, at });
