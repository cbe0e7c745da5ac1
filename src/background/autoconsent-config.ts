/**
 * autoconsent's configuration and rules as the worker hands them to a frame
 * (pure: no browser API, unit-tested): detect only, and only the rules
 * relevant to the page's URL and frame, filtered here so that the ~800 rules
 * never travel to a page.
 */
import { filterCompactRules, type Config, type IndexedCMPRuleset } from '@duckduckgo/autoconsent';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json' with { type: 'json' };

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

export function initAnswer(url: string, mainFrame: boolean) {
  return { type: 'initResp' as const, config: DETECT_ONLY, rules: { autoconsent: [], compact: filterCompactRules(compactRules as unknown as IndexedCMPRuleset, { url, mainFrame }) } };
}
