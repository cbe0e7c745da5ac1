/**
 * The worker's side of autoconsent (src/content/cmp-names.ts): injects it
 * into a top frame when a banner shows that our own table could not name
 * (record.ts wantsCmpNames: its ~90 KB and its rule matching are not paid on
 * every page), answers its
 * `init` with a detect-only configuration and the rules relevant to the page
 * (filtered here, so that the ~800 rules never travel to a frame), and its
 * `eval` requests with the library's own main-world snippets, by id only
 * (never code sent by a page). It never sends opt-in or opt-out.
 */
import { evalSnippets, type IndexedCMPRuleset } from '@duckduckgo/autoconsent';
import browser from '../shared/browser.ts';
import { AUTOCONSENT_RULES_FILE, initAnswer, isIndexedRuleset } from './autoconsent-config.ts';

/** The rules, read once per worker life, when autoconsent first runs (a failed read is tried again next time). */
let rules: Promise<IndexedCMPRuleset | null> | null = null;
function loadRules(): Promise<IndexedCMPRuleset | null> {
  rules ??= fetch(browser.runtime.getURL(AUTOCONSENT_RULES_FILE))
    .then((r) => r.json() as Promise<unknown>)
    .then((x) => (isIndexedRuleset(x) ? x : null))
    .catch(() => null)
    .then((x) => {
      if (x === null) rules = null;
      return x;
    });
  return rules;
}

/** autoconsent's `init`: the detect-only configuration and the rules relevant to the frame. */
export async function initAnswerFor(url: string, mainFrame: boolean) {
  return initAnswer(url, mainFrame, await loadRules());
}

/** Built by src/build/on-demand-plugin.ts; injected, never declared in the manifest. */
export const CMP_NAMES_SCRIPT = 'src/content/cmp-names.js';

/** Runs autoconsent (detect-only) in the tab's top frame. */
export async function injectCmpNames(tabId: number): Promise<void> {
  // Read the rules while the script loads: its first message asks for them.
  void loadRules();
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CMP_NAMES_SCRIPT] }).catch(() => undefined);
}

export const isSnippet = (id: string): id is keyof typeof evalSnippets => Object.prototype.hasOwnProperty.call(evalSnippets, id);

export async function evalAnswer(tabId: number, frameId: number, id: string, snippetId: string) {
  let result: unknown = false;
  if (isSnippet(snippetId)) {
    try {
      const [r] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, world: 'MAIN', func: evalSnippets[snippetId] as () => unknown });
      result = r?.result ?? false;
    } catch {
      result = false;
    }
  }
  return { type: 'evalResp' as const, id, result };
}
