/**
 * autoconsent's configuration and rules as the worker hands them to a frame
 * (pure: no browser API, unit-tested): detect only, and only the rules
 * relevant to the page's URL and frame, filtered here so that the ~800 rules
 * never travel to a page. The rules themselves are a file of the extension
 * (src/build/autoconsent-rules-plugin.ts), read by the worker when needed.
 */
import { filterCompactRules, type Config, type IndexedCMPRuleset } from '@duckduckgo/autoconsent';

/** Where the build puts autoconsent's compact rules in the extension. */
export const AUTOCONSENT_RULES_FILE = 'autoconsent/compact-rules.json';

/** Detect only: no automatic action, nothing hidden, no heuristics (our own generic detector does that part). */
export const DETECT_ONLY: Config = {
  enabled: true,
  autoAction: null,
  disabledCmps: [],
  enablePrehide: false,
  enableCosmeticRules: true,
  enableGeneratedRules: true,
  enableHeuristicDetection: false,
  enablePopupMutationObserver: false,
  detectRetries: 20,
  isMainWorld: false,
  prehideTimeout: 0,
  visualTest: false,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
  performanceLoggingEnabled: false,
  heuristicPopupSearchTimeout: 0,
  heuristicMode: 'off',
};

/** Whether a parsed file has the shape of autoconsent's indexed rules (a broken file gives none). */
export function isIndexedRuleset(x: unknown): x is IndexedCMPRuleset {
  const r = x as Partial<IndexedCMPRuleset> | null;
  return typeof r === 'object' && r !== null && Array.isArray(r.s) && Array.isArray(r.r) && typeof r.index === 'object' && r.index !== null && Array.isArray(r.index.genericRuleRange);
}

/** No rules: autoconsent then names nothing, and our own detector's reading stands. */
const NO_RULES: IndexedCMPRuleset = { v: 1, s: [], r: [], index: { genericRuleRange: [0, 0], frameRuleRange: [0, 0], specificRuleRange: [0, 0], genericStringEnd: 0, frameStringEnd: 0 } };

export function initAnswer(url: string, mainFrame: boolean, rules: IndexedCMPRuleset | null) {
  return { type: 'initResp' as const, config: DETECT_ONLY, rules: { autoconsent: [], compact: filterCompactRules(rules ?? NO_RULES, { url, mainFrame }) } };
}
