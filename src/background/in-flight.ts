/**
 * The requests of each tab that have started and not yet finished (webRequest:
 * onBeforeRequest, then onCompleted or onErrorOccurred), for the page
 * schedule (shared/page-schedule.ts): a page whose script is still loading
 * is not done. A new top-level document starts its tab afresh (the old
 * document's requests are cancelled with it). Bounded: past the cap a tab
 * counts as busy until its next document.
 */
import { MAX_IN_FLIGHT_PER_TAB } from '../shared/limits.ts';

export class RequestsInFlight {
  private byTab = new Map<number, Set<string>>();
  private tabOf = new Map<string, number>();
  private full = new Set<number>();

  start(tabId: number, requestId: string, mainFrame: boolean): void {
    if (mainFrame) this.resetTab(tabId);
    const set = this.byTab.get(tabId) ?? new Set<string>();
    if (set.size >= MAX_IN_FLIGHT_PER_TAB) {
      this.full.add(tabId);
      return;
    }
    set.add(requestId);
    this.byTab.set(tabId, set);
    this.tabOf.set(requestId, tabId);
  }

  end(requestId: string): void {
    const tab = this.tabOf.get(requestId);
    if (tab === undefined) return;
    this.tabOf.delete(requestId);
    this.byTab.get(tab)?.delete(requestId);
  }

  resetTab(tabId: number): void {
    for (const id of this.byTab.get(tabId) ?? []) this.tabOf.delete(id);
    this.byTab.delete(tabId);
    this.full.delete(tabId);
  }

  count(tabId: number): number {
    return this.full.has(tabId) ? MAX_IN_FLIGHT_PER_TAB : (this.byTab.get(tabId)?.size ?? 0);
  }
}
