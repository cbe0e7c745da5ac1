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
import { evalSnippets } from '@duckduckgo/autoconsent';
import browser from '../shared/browser.ts';

export { initAnswer } from './autoconsent-config.ts';

/** Built by src/build/on-demand-plugin.ts; injected, never declared in the manifest. */
export const CMP_NAMES_SCRIPT = 'src/content/cmp-names.js';

/** Runs autoconsent (detect-only) in the tab's top frame. */
export async function injectCmpNames(tabId: number): Promise<void> {
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
