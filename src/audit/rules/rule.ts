/**
 * A rule as a self-describing unit: the ids its findings carry, the texts it
 * may cite (keys of the knowledge's references), and its judge, a pure
 * function of the audit facts. The list of rules (rules/index.ts) is what
 * the report, docs/rules.md's test and the bench derive the rule ids from;
 * a test checks every finding against the unit that made it.
 */
import type { AuditFacts } from '../facts.ts';
import type { Finding } from '../../report/types.ts';

export interface Rule {
  /** The rule ids its findings carry (most rules have one; a rule judging several points has one per point). */
  readonly ids: readonly string[];
  /** The texts it may cite: keys of the knowledge's references (src/knowledge/sources). */
  readonly references: readonly string[];
  readonly judge: (facts: AuditFacts) => Finding[];
}
