/**
 * Observation: Témoin looks at pages only while the user observes. Starting
 * an observation registers the content scripts (src/content/registered.ts)
 * for every http(s) page and lets the collectors record; stopping it
 * removes them and the collectors record nothing more (the audits already
 * made stay readable until their tab closes). Outside an observation no
 * page runs any of our code: browsing is neither watched nor slowed
 * (the content scripts' cost, measured by `npm run bench`, is paid only on
 * audited pages).
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

export interface ObservationState {
  on: boolean;
  /** When the observation started (ms since the epoch). */
  since: number | null;
}

/** The part of the scripting API this module uses (faked in unit tests). */
export interface ScriptRegistry {
  getRegisteredContentScripts(filter?: Scripting.ContentScriptFilter): Promise<Scripting.RegisteredContentScript[]>;
  registerContentScripts(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  unregisterContentScripts(filter?: Scripting.ContentScriptFilter): Promise<void>;
}

const KEY = 'observation';
const OFF: ObservationState = { on: false, since: null };
const IDS = OBSERVED_PAGE_SCRIPTS.map((s) => s.id);

/** What storage holds, validated: anything else is "not observing". */
export function parseObservation(raw: unknown): ObservationState {
  if (typeof raw !== 'object' || raw === null) return OFF;
  const { on, since } = raw as Record<string, unknown>;
  if (on !== true) return OFF;
  return { on: true, since: typeof since === 'number' && Number.isFinite(since) ? since : null };
}

/** The registrations of an observation. */
function observedScripts(): Scripting.RegisteredContentScript[] {
  return OBSERVED_PAGE_SCRIPTS.map((s) => ({
    id: s.id,
    js: [builtPath(s)],
    matches: [...OBSERVED_PAGES],
    runAt: 'document_start',
    allFrames: s.allFrames,
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
   * Runs `record` if observing: at once when the state is known (so that
   * events keep their order), else once it is read, in arrival order.
   */
  ifObserving(record: () => void): void {
    if (this.state) {
      if (this.state.on) record();
      return;
    }
    void this.load().then((s) => {
      if (s.on) record();
    });
  }

  /**
   * Starts observing (an observation under way goes on, its start kept).
   * When the browser refuses the scripts, there is no observation: the
   * collectors would record pages no script of ours looks at.
   */
  async start(now: number): Promise<ObservationState> {
    const current = await this.current();
    const state = current.on ? current : { on: true, since: now };
    await this.area.set({ [KEY]: state });
    this.state = state;
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
      if (state.on) await this.scripts.registerContentScripts(observedScripts());
      this.lastError = null;
    } catch (e) {
      this.lastError = String(e);
    }
  }
}
