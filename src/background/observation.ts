/**
 * Observation: Témoin looks at pages only while the user observes. Starting
 * an observation registers the content scripts (src/content/registered.ts)
 * for every http(s) page and lets the collectors record, for the tabs under
 * audit only ("Auditer cet onglet" adds its tab, and a tab it opens follows;
 * the command line's browser, which exists only to audit, observes every
 * tab); stopping it removes them and the collectors record nothing more (the
 * audits already made stay readable until their tab closes). It stops by
 * itself when the last tab under audit closes. Outside an observation no
 * page runs any of our code: browsing is neither watched nor slowed (the
 * content scripts' cost, measured by `npm run bench`, is paid only while
 * observing). During one, the other tabs run the scripts (a registration
 * cannot name tabs) but nothing of theirs is recorded.
 *
 * The state lives in storage.session and the scripts are registered for the
 * browser session only: an observation ends when the browser closes, and
 * survives the worker being stopped. On every start of the worker the
 * registered scripts are brought back in line with the state (an extension
 * reload or update may have kept or dropped them).
 */
import type { Scripting } from 'webextension-polyfill';
import type { SessionArea } from './store.ts';
import { OBSERVED_PAGES, OBSERVED_PAGE_SCRIPTS, builtPath } from '../content/registered.ts';
import { MAX_AUDITED_TABS } from '../shared/limits.ts';

export interface ObservationState {
  on: boolean;
  /** When the observation started (ms since the epoch). */
  since: number | null;
  /** The tabs whose audits record: 'all', or those the user asked to audit. */
  tabs: 'all' | number[];
}

/** The part of the scripting API this module uses (faked in unit tests). */
export interface ScriptRegistry {
  getRegisteredContentScripts(filter?: Scripting.ContentScriptFilter): Promise<Scripting.RegisteredContentScript[]>;
  registerContentScripts(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  unregisterContentScripts(filter?: Scripting.ContentScriptFilter): Promise<void>;
}

const KEY = 'observation';
const OFF: ObservationState = { on: false, since: null, tabs: [] };
const isTabId = (t: unknown): t is number => typeof t === 'number' && Number.isInteger(t) && t >= 0;
const IDS = OBSERVED_PAGE_SCRIPTS.map((s) => s.id);

/** What storage holds, validated: anything else is "not observing". */
export function parseObservation(raw: unknown): ObservationState {
  if (typeof raw !== 'object' || raw === null) return OFF;
  const { on, since, tabs } = raw as Record<string, unknown>;
  if (on !== true) return OFF;
  return {
    on: true,
    since: typeof since === 'number' && Number.isFinite(since) ? since : null,
    // A list that does not read is no tab: an audit records only where the user asked for one.
    tabs: tabs === 'all' ? 'all' : Array.isArray(tabs) ? [...new Set(tabs.filter(isTabId))].slice(-MAX_AUDITED_TABS) : [],
  };
}

/** The tabs under audit once `tabId` is added (without a tab: every tab). */
function withTab(current: ObservationState, tabId: number | undefined): ObservationState['tabs'] {
  if (tabId === undefined || (current.on && current.tabs === 'all')) return 'all';
  const before = current.on && Array.isArray(current.tabs) ? current.tabs.filter((t) => t !== tabId) : [];
  return [...before, tabId].slice(-MAX_AUDITED_TABS);
}

/**
 * The registrations of an observation. The frame scripts also run in the about:blank,
 * srcdoc, blob: and data: frames a page creates (`matchOriginAsFallback`):
 * otherwise such a frame hands the page a cookie setter and storages the
 * probe does not watch.
 */
function observedScripts(fallbackFrames = true): Scripting.RegisteredContentScript[] {
  return OBSERVED_PAGE_SCRIPTS.map((s) => ({
    id: s.id,
    js: [builtPath(s)],
    matches: [...OBSERVED_PAGES],
    runAt: 'document_start',
    allFrames: s.allFrames,
    ...(s.allFrames && fallbackFrames ? { matchOriginAsFallback: true } : {}),
    world: s.world,
    persistAcrossSessions: false,
  }));
}

export class Observation {
  private state: ObservationState | null = null;
  private loading: Promise<ObservationState> | null = null;
  /** Alignments run one after the other (two at once would register the same ids twice). */
  private aligning: Promise<void> = Promise.resolve();
  /** The last failure to (un)register the scripts: what a refused start or stop throws. */
  lastError: string | null = null;

  /** `show`: tells the user whether Témoin observes (the toolbar badge), after each alignment. */
  constructor(
    private readonly area: SessionArea,
    private readonly scripts: ScriptRegistry,
    private readonly show: (observing: boolean) => void = () => undefined,
  ) {}

  /** The state, read once per worker start; the registrations are brought in line with it. */
  load(): Promise<ObservationState> {
    this.loading ??= this.area
      .get(KEY)
      .then((all) => parseObservation(all[KEY]), () => OFF)
      .then((state) => {
        this.state = state;
        void this.align(state);
        return state;
      });
    return this.loading;
  }

  current(): Promise<ObservationState> {
    return this.state ? Promise.resolve(this.state) : this.load();
  }

  /**
   * Whether the audit of this tab records: observing, and the tab is under
   * audit. Asked once the state is known (inside `ifObserving`, or after
   * `current()`); false before.
   */
  covers(tabId: number): boolean {
    const s = this.state;
    return !!s?.on && (s.tabs === 'all' || s.tabs.includes(tabId));
  }

  /** Whether the audit of this tab records, once the state is read. */
  async observes(tabId: number): Promise<boolean> {
    await this.current();
    return this.covers(tabId);
  }

  /**
   * Runs `record` if observing (and, given a tab, if that tab is under
   * audit): at once when the state is known (so that events keep their
   * order), else once it is read, in arrival order.
   */
  ifObserving(record: () => void, tabId?: number): void {
    const run = () => {
      if (tabId === undefined ? this.state?.on : this.covers(tabId)) record();
    };
    if (this.state) run();
    else void this.load().then(run);
  }

  /**
   * Starts observing, for this tab or (without one) every tab; an
   * observation under way goes on, its start kept, the tab added to it.
   * When the browser refuses the scripts, there is no observation: the
   * collectors would record pages no script of ours looks at.
   */
  async start(now: number, tabId?: number): Promise<ObservationState> {
    await this.current();
    const current = this.state ?? OFF; // the latest: a tab may have been followed meanwhile
    const state: ObservationState = { on: true, since: current.on ? current.since : now, tabs: withTab(current, tabId) };
    // In memory at once, so that a tab followed while the state is being saved is not lost.
    this.state = state;
    try {
      await this.area.set({ [KEY]: state });
    } catch (e) {
      if (this.state === state) this.state = current;
      throw e;
    }
    await this.align(state);
    if (this.lastError) {
      const error = this.lastError;
      this.state = OFF;
      await this.area.set({ [KEY]: OFF }).catch(() => undefined);
      await this.align(OFF);
      throw new Error(error);
    }
    return state;
  }

  /**
   * A tab opened from a tab under audit (a link with target=_blank,
   * window.open: ENTs open their services so) is under audit too, from its
   * first request: added at once in memory, before any of its requests is
   * handled (events keep their order, as in `ifObserving`), then saved.
   */
  follow(openerTabId: number | undefined, tabId: number | undefined): Promise<void> {
    const add = (): ObservationState | null => {
      const s = this.state;
      if (openerTabId === undefined || tabId === undefined || !s?.on || s.tabs === 'all' || !s.tabs.includes(openerTabId) || s.tabs.includes(tabId)) return null;
      this.state = { ...s, tabs: [...s.tabs, tabId].slice(-MAX_AUDITED_TABS) };
      return this.state;
    };
    const save = (state: ObservationState | null) => (state ? this.area.set({ [KEY]: state }).catch(() => undefined) : undefined);
    if (this.state) return Promise.resolve(save(add()));
    return this.load().then(() => save(add()));
  }

  /**
   * A closed tab leaves the list (tab ids are not reused within a browser
   * session); when it was the last tab under audit, the observation stops:
   * its scripts would go on running in every page for nothing.
   */
  async forget(tabId: number): Promise<void> {
    const s = await this.current();
    if (!s.on || s.tabs === 'all' || !s.tabs.includes(tabId)) return;
    const tabs = s.tabs.filter((t) => t !== tabId);
    if (!tabs.length) {
      await this.stop().catch(() => undefined);
      return;
    }
    this.state = { ...s, tabs };
    await this.area.set({ [KEY]: this.state }).catch(() => undefined);
  }

  /** Stops observing: recording stops at once, before the state is saved and the scripts removed. */
  async stop(): Promise<ObservationState> {
    await this.current();
    this.state = OFF;
    await this.area.set({ [KEY]: OFF });
    await this.align(OFF);
    if (this.lastError) throw new Error(this.lastError);
    return OFF;
  }

  /** Registers our scripts while observing, removes them otherwise; idempotent, serialised. */
  private align(state: ObservationState): Promise<void> {
    this.aligning = this.aligning
      .then(() => this.alignNow(state))
      .then(() => {
        try {
          this.show(state.on && this.lastError === null);
        } catch {
          /* the badge is a courtesy: never a reason to fail */
        }
      });
    return this.aligning;
  }

  private async alignNow(state: ObservationState): Promise<void> {
    try {
      const registered = (await this.scripts.getRegisteredContentScripts({ ids: IDS })).map((s) => s.id);
      const wanted = state.on ? IDS : [];
      if (registered.length === wanted.length && wanted.every((id) => registered.includes(id))) {
        this.lastError = null;
        return;
      }
      if (registered.length) await this.scripts.unregisterContentScripts({ ids: registered });
      if (state.on) {
        // A browser that does not know matchOriginAsFallback (Chromium < 119, Firefox < 128) refuses the whole registration.
        await this.scripts.registerContentScripts(observedScripts()).catch(() => this.scripts.registerContentScripts(observedScripts(false)));
      }
      this.lastError = null;
    } catch (e) {
      this.lastError = String(e);
    }
  }
}
