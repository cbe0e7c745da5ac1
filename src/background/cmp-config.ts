/**
 * The worker's side of reading a consent manager's configured choice
 * lifetime (content/cmp-config.ts): runs our own reader, by reference, in the
 * top frame's main world, and validates what it answers.
 */
import browser from '../shared/browser.ts';
import { parseCmpConfigs, readCmpConfigInPage, type CmpConfig } from '../content/cmp-config.ts';

export type { CmpConfig };

/** Reads the CMP configuration of the tab's top frame; nothing on any failure. */
export async function readCmpConfig(tabId: number): Promise<CmpConfig[]> {
  try {
    const [r] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, world: 'MAIN', func: readCmpConfigInPage });
    return parseCmpConfigs(r?.result);
  } catch {
    return [];
  }
}
