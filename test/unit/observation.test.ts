import { describe, expect, it } from 'vitest';
import type { Scripting } from 'webextension-polyfill';
import { MAX_AUDITED_TABS } from '../../src/shared/limits.ts';
import { Observation, parseObservation, type ScriptRegistry } from '../../src/background/observation.ts';
import { FakeArea } from '../helpers/session-area.ts';

/** scripting's registry as Chromium keeps it: a duplicate id is an error, as is an unknown one on removal. */
class FakeRegistry implements ScriptRegistry {
  scripts = new Map<string, Scripting.RegisteredContentScript>();
  failWith: string | null = null;
  calls: string[] = [];
  async getRegisteredContentScripts(filter?: Scripting.ContentScriptFilter) {
    return [...this.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
  }
  async registerContentScripts(scripts: Scripting.RegisteredContentScript[]) {
    this.calls.push('register');
    if (this.failWith) throw new Error(this.failWith);
    for (const s of scripts) if (this.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    for (const s of scripts) this.scripts.set(s.id, s);
  }
  async unregisterContentScripts(filter?: Scripting.ContentScriptFilter) {
    this.calls.push('unregister');
    for (const id of filter?.ids ?? [...this.scripts.keys()]) {
      if (!this.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
  }
}

const recorded = (o: Observation) => {
  let ran = false;
  o.ifObserving(() => (ran = true));
  return ran;
};

describe('parseObservation (what storage holds)', () => {
  it('reads anything but a well-formed "on" as not observing', () => {
    for (const raw of [undefined, null, 'on', 1, [], {}, { on: 'yes' }, { on: 1, since: 5 }]) expect(parseObservation(raw)).toEqual({ on: false, since: null, tabs: [] });
    expect(parseObservation({ on: true, since: 5, tabs: 'all' })).toEqual({ on: true, since: 5, tabs: 'all' });
    expect(parseObservation({ on: true, since: Number.NaN, tabs: [3] })).toEqual({ on: true, since: null, tabs: [3] });
  });

  it('keeps only tab ids in the list of tabs under audit, each once, and reads anything else as no tab', () => {
    expect(parseObservation({ on: true, since: 1, tabs: [3, 3, -1, 1.5, '4', null, 7] })).toEqual({ on: true, since: 1, tabs: [3, 7] });
    for (const tabs of [undefined, 'some', 5, {}]) expect(parseObservation({ on: true, since: 1, tabs }).tabs).toEqual([]);
    const many = Array.from({ length: MAX_AUDITED_TABS + 5 }, (_, i) => i);
    expect(parseObservation({ on: true, since: 1, tabs: many }).tabs).toEqual(many.slice(5)); // bounded: the newest kept
  });
});

describe('Observation', () => {
  it('observes nothing until started: no script registered, nothing recorded', async () => {
    const reg = new FakeRegistry();
    const o = new Observation(new FakeArea(), reg);
    expect(await o.load()).toEqual({ on: false, since: null, tabs: [] });
    expect(recorded(o)).toBe(false);
    expect(reg.scripts.size).toBe(0);
    expect(reg.calls).toEqual([]);
  });

  it('registers the three page scripts on start (main world for the probe, every frame but the scan — the frames a page makes itself included — from document_start, for this browser session only) and records', async () => {
    const area = new FakeArea();
    const reg = new FakeRegistry();
    const o = new Observation(area, reg);
    expect(await o.start(1000)).toEqual({ on: true, since: 1000, tabs: 'all' });
    expect([...reg.scripts.values()]).toEqual([
      { id: 'temoin-probe', js: ['src/content/probe.js'], matches: ['http://*/*', 'https://*/*'], runAt: 'document_start', allFrames: true, matchOriginAsFallback: true, world: 'MAIN', persistAcrossSessions: false },
      { id: 'temoin-every-frame', js: ['src/content/every-frame.js'], matches: ['http://*/*', 'https://*/*'], runAt: 'document_start', allFrames: true, matchOriginAsFallback: true, world: 'ISOLATED', persistAcrossSessions: false },
      { id: 'temoin-top-frame', js: ['src/content/top-frame.js'], matches: ['http://*/*', 'https://*/*'], runAt: 'document_start', allFrames: false, world: 'ISOLATED', persistAcrossSessions: false },
    ]);
    expect(recorded(o)).toBe(true);
    expect(parseObservation(JSON.parse(area.data.get('observation')!))).toEqual({ on: true, since: 1000, tabs: 'all' });
    // Started again: the same observation goes on (its start time kept), nothing registered twice.
    expect(await o.start(2000)).toEqual({ on: true, since: 1000, tabs: 'all' });
    expect(reg.calls).toEqual(['register']);
  });

  it('records only for the tabs under audit: the tab it was started for, then each tab added, in every collector', async () => {
    const area = new FakeArea();
    const o = new Observation(area, new FakeRegistry());
    await o.load();
    expect(o.covers(4)).toBe(false);
    expect(await o.start(1000, 4)).toEqual({ on: true, since: 1000, tabs: [4] });
    expect([o.covers(4), o.covers(5)]).toEqual([true, false]);
    const ran: string[] = [];
    o.ifObserving(() => ran.push('tab 4'), 4);
    o.ifObserving(() => ran.push('tab 5'), 5); // scripts run there, nothing of it is recorded
    o.ifObserving(() => ran.push('no tab')); // cookie changes: filtered per audit with covers()
    expect(ran).toEqual(['tab 4', 'no tab']);
    // Another tab added: the observation goes on, its start kept; the first tab still audited, none twice.
    expect(await o.start(2000, 5)).toEqual({ on: true, since: 1000, tabs: [4, 5] });
    expect(await o.start(3000, 4)).toEqual({ on: true, since: 1000, tabs: [5, 4] });
    // A worker restart reads the tabs back.
    const again = new Observation(area, new FakeRegistry());
    await again.load();
    expect([again.covers(4), again.covers(5), again.covers(6)]).toEqual([true, true, false]);
    // Started without a tab (the command line): every tab, and adding one changes nothing.
    await o.start(4000);
    expect(o.covers(99)).toBe(true);
    expect(await o.start(5000, 7)).toEqual({ on: true, since: 1000, tabs: 'all' });
    // Stopped, then started for one tab: only that one, not those of the earlier observation.
    await o.stop();
    expect(o.covers(99)).toBe(false);
    expect(await o.start(6000, 8)).toEqual({ on: true, since: 6000, tabs: [8] });
    expect(o.covers(4)).toBe(false);
  });

  it('follows the user into a tab opened from a tab under audit, before any of its requests, and forgets closed tabs', async () => {
    const area = new FakeArea();
    await new Observation(area, new FakeRegistry()).start(1000, 4);
    // A woken worker: the new tab's creation and its first request arrive before the state is read.
    const o = new Observation(area, new FakeRegistry());
    const ran: string[] = [];
    const followed = o.follow(4, 10);
    o.ifObserving(() => ran.push('first request of tab 10'), 10);
    await followed;
    expect(ran).toEqual(['first request of tab 10']);
    expect(parseObservation(JSON.parse(area.data.get('observation')!)).tabs).toEqual([4, 10]);
    // Not followed: a tab opened from a tab not under audit, a tab with no opener, or when not observing.
    await o.follow(5, 11);
    await o.follow(undefined, 12);
    expect([o.covers(11), o.covers(12)]).toEqual([false, false]);
    await o.forget(4);
    expect([o.covers(4), o.covers(10)]).toEqual([false, true]);
    expect(parseObservation(JSON.parse(area.data.get('observation')!)).tabs).toEqual([10]);
    await o.forget(99); // not under audit: nothing changes
    expect(o.covers(10)).toBe(true);
    await o.stop();
    await o.follow(10, 13);
    expect(o.covers(13)).toBe(false);
  });

  it('keeps a tab followed while a start is under way, before or while its state is saved', async () => {
    const area = new FakeArea();
    const o = new Observation(area, new FakeRegistry());
    await o.start(1000, 4);
    // Followed before the start reads the state.
    const adding = o.start(2000, 5); // "Auditer cet onglet" in tab 5…
    await o.follow(4, 10); // …while tab 4 opens a new tab
    await adding;
    expect([o.covers(5), o.covers(10)]).toEqual([true, true]);
    // Followed while the start's state is being saved (a slow storage).
    const set = area.set.bind(area);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    area.set = async (items) => {
      await gate;
      return set(items);
    };
    const adding6 = o.start(3000, 6);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the start now waits on its save
    const following = o.follow(5, 11);
    release();
    await Promise.all([adding6, following]);
    area.set = set;
    expect([4, 5, 10, 6, 11].map((t) => o.covers(t))).toEqual([true, true, true, true, true]);
    expect([...(parseObservation(JSON.parse(area.data.get('observation')!)).tabs as number[])].sort((a, b) => a - b)).toEqual([4, 5, 6, 10, 11]);
  });

  it('stops by itself when the last tab under audit closes (its scripts would run for nothing), but not when observing every tab', async () => {
    const area = new FakeArea();
    const reg = new FakeRegistry();
    const o = new Observation(area, reg);
    await o.start(1000, 4);
    await o.start(2000, 5);
    await o.forget(4);
    expect((await o.current()).on).toBe(true);
    await o.forget(5);
    expect(await o.current()).toEqual({ on: false, since: null, tabs: [] });
    expect(reg.scripts.size).toBe(0);
    expect(parseObservation(JSON.parse(area.data.get('observation')!)).on).toBe(false);
    await o.start(3000);
    await o.forget(4);
    expect((await o.current()).on).toBe(true);
  });

  it('shows whether it observes once the scripts are in line: off at load, on after a start, off after a stop or a refused start', async () => {
    const shown: boolean[] = [];
    const reg = new FakeRegistry();
    const o = new Observation(new FakeArea(), reg, (on) => shown.push(on));
    await o.load();
    await o.start(1);
    await o.stop();
    reg.failWith = 'Permission denied';
    await o.start(2).catch(() => undefined);
    expect(shown).toEqual([false, true, false, false, false]);
  });

  it('removes the scripts on stop and records nothing more', async () => {
    const reg = new FakeRegistry();
    const o = new Observation(new FakeArea(), reg);
    await o.start(1000);
    expect(await o.stop()).toEqual({ on: false, since: null, tabs: [] });
    expect(reg.scripts.size).toBe(0);
    expect(recorded(o)).toBe(false);
  });

  it('survives a worker restart: the state is read back, and the registrations brought in line with it', async () => {
    const area = new FakeArea();
    const reg = new FakeRegistry();
    await new Observation(area, reg).start(1000);
    // Same browser session: scripts still registered, nothing to do.
    const again = new Observation(area, reg);
    expect(await again.load()).toEqual({ on: true, since: 1000, tabs: 'all' });
    await again.start(5000); // waits for the alignment queued by load()
    expect(reg.calls).toEqual(['register']);
    // The extension was reloaded and the browser dropped the scripts: registered again.
    reg.scripts.clear();
    const reloaded = new Observation(area, reg);
    await reloaded.load();
    await reloaded.start(6000);
    expect(reg.scripts.size).toBe(3);
    // Not observing, but scripts left registered (an update kept them): removed.
    const stale = new FakeRegistry();
    await new Observation(new FakeArea(), stale).start(1);
    const off = new Observation(new FakeArea(), stale);
    await off.load();
    await off.stop();
    expect(stale.scripts.size).toBe(0);
  });

  it('keeps the order of events that arrive before the state is read, and drops them when not observing', async () => {
    const area = new FakeArea();
    await new Observation(area, new FakeRegistry()).start(1000);
    const o = new Observation(area, new FakeRegistry());
    const order: number[] = [];
    for (const n of [1, 2, 3]) o.ifObserving(() => order.push(n));
    expect(order).toEqual([]);
    await o.load();
    o.ifObserving(() => order.push(4));
    expect(order).toEqual([1, 2, 3, 4]);

    const offArea = new FakeArea();
    offArea.data.set('observation', JSON.stringify({ on: 'maybe' })); // corrupt: not observing
    const off = new Observation(offArea, new FakeRegistry());
    off.ifObserving(() => order.push(99));
    await off.load();
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('does not observe when the browser refuses the scripts (says why), and tries again on the next start', async () => {
    const area = new FakeArea();
    const reg = new FakeRegistry();
    reg.failWith = 'Permission denied';
    const o = new Observation(area, reg);
    await expect(o.start(1000)).rejects.toThrow(/Permission denied/);
    expect(o.lastError).toBeNull(); // the scripts' absence now matches the state
    expect(recorded(o)).toBe(false);
    expect(await new Observation(area, reg).load()).toEqual({ on: false, since: null, tabs: [] });
    reg.failWith = null;
    await o.start(2000);
    expect(o.lastError).toBeNull();
    expect(reg.scripts.size).toBe(3);
  });

  it('does not observe when its state cannot be saved', async () => {
    const area = new FakeArea();
    area.failWith = 'QUOTA_BYTES quota exceeded';
    const reg = new FakeRegistry();
    const o = new Observation(area, reg);
    await expect(o.start(1000)).rejects.toThrow(/quota/);
    expect(recorded(o)).toBe(false);
    expect(reg.scripts.size).toBe(0);
  });

  it('reads an unreadable storage as not observing', async () => {
    const area = new FakeArea();
    area.get = async () => {
      throw new Error('storage gone');
    };
    const o = new Observation(area, new FakeRegistry());
    expect(await o.load()).toEqual({ on: false, since: null, tabs: [] });
  });
});
