import { describe, expect, it } from 'vitest';
import { watchSchedule, type ScheduleGlobal } from '../../src/content/schedule-watch.ts';
import { MAX_IN_FLIGHT_PER_TAB, SCHEDULE_LIMITS } from '../../src/shared/limits.ts';
import { combineFrames, FRAME_REQUEST_RECENT_MS, parseFrameAnswer, stillBusy, type FrameAnswer, type PageSchedule } from '../../src/shared/page-schedule.ts';
import { RequestsInFlight } from '../../src/background/in-flight.ts';
import { parseMessage, SENDERS } from '../../src/shared/messages.ts';

/** A window's scheduling functions, faked: ids count up, calls are logged with their `this`. */
function fakeWindow() {
  let id = 0;
  const calls: { name: string; self: unknown; args: unknown[] }[] = [];
  const idle: ((d: unknown) => unknown)[] = [];
  const fn = (name: string, ret: () => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      calls.push({ name, self: this, args });
      return ret();
    };
  class Worker {
    constructor(public url: string) {}
  }
  const g: ScheduleGlobal & { idle: typeof idle } = {
    setTimeout: fn('setTimeout', () => ++id),
    setInterval: fn('setInterval', () => ++id),
    clearTimeout: fn('clearTimeout', () => undefined),
    clearInterval: fn('clearInterval', () => undefined),
    requestAnimationFrame: fn('requestAnimationFrame', () => ++id),
    requestIdleCallback: function (this: unknown, cb: unknown) {
      calls.push({ name: 'requestIdleCallback', self: this, args: [cb] });
      idle.push(cb as (d: unknown) => unknown);
      return ++id;
    } as never,
    cancelIdleCallback: fn('cancelIdleCallback', () => undefined),
    Worker,
    idle,
  };
  return { g, calls, Worker };
}

function watched() {
  let t = 1_000_000;
  const w = fakeWindow();
  const snapshot = watchSchedule(w.g, () => t);
  return { ...w, snapshot, advance: (ms: number) => (t += ms) };
}

describe('schedule watch (what a page has scheduled, in its probe)', () => {
  it('calls the browser’s own functions with the same this and arguments, and returns what they return', () => {
    const { g, calls } = watched();
    const self = { marker: 1 };
    const id = g.setTimeout!.call(self, 'code', 50, 'extra');
    expect(id).toBe(1);
    expect(calls[0]).toEqual({ name: 'setTimeout', self, args: ['code', 50, 'extra'] });
    expect(g.clearTimeout!(id)).toBeUndefined();
    expect(calls[1]!.args).toEqual([1]);
  });

  it('says when the soonest timer is due, forgets a cleared one, and one due long enough ago', () => {
    const { g, snapshot, advance } = watched();
    expect(snapshot().nextTimerInMs).toBeNull();
    const late = g.setTimeout!(() => 0, 2000);
    const soon = g.setTimeout!(() => 0, 300);
    expect(snapshot().nextTimerInMs).toBe(300);
    g.clearTimeout!(soon);
    expect(snapshot().nextTimerInMs).toBe(2000);
    advance(2000 + SCHEDULE_LIMITS.graceMs / 2);
    expect(snapshot().nextTimerInMs).toBe(0); // due: it may still wait for the main thread
    advance(SCHEDULE_LIMITS.graceMs);
    expect(snapshot().nextTimerInMs).toBeNull();
    expect(late).toBe(1);
  });

  it('reads a delay as the browser does, without calling a page’s valueOf', () => {
    const { g, snapshot } = watched();
    let called = 0;
    g.setTimeout!(() => 0, { valueOf: () => (++called, 5000) });
    expect(called).toBe(0);
    expect(snapshot().nextTimerInMs).toBe(0); // unknown: counted as due now
    const b = watched();
    b.g.setTimeout!(() => 0, '700');
    b.g.setTimeout!(() => 0, -5);
    expect(b.snapshot().nextTimerInMs).toBe(0);
    const c = watched();
    c.g.setTimeout!(() => 0, '700');
    expect(c.snapshot().nextTimerInMs).toBe(700);
  });

  it('tells an interval’s next run, until either clear function clears it', () => {
    const { g, snapshot, advance } = watched();
    const id = g.setInterval!(() => 0, 1000);
    expect(snapshot().nextTimerInMs).toBe(1000);
    advance(2300);
    expect(snapshot().nextTimerInMs).toBe(700);
    g.clearTimeout!(id); // browsers share one pool of ids
    expect(snapshot().nextTimerInMs).toBeNull();
  });

  it('counts idle callbacks until they run or are cancelled, and calls the page’s callback with its deadline', () => {
    const { g, snapshot } = watched();
    const seen: unknown[] = [];
    g.requestIdleCallback!((d: unknown) => seen.push(d));
    const second = g.requestIdleCallback!(() => 0);
    expect(snapshot().idleCallbacks).toBe(2);
    (g as { idle: ((d: unknown) => unknown)[] }).idle[0]!({ timeRemaining: () => 10 });
    expect(seen).toHaveLength(1);
    expect(snapshot().idleCallbacks).toBe(1);
    g.cancelIdleCallback!(second);
    expect(snapshot().idleCallbacks).toBe(0);
  });

  it('notes when the page last asked for an animation frame, and the workers it starts (still real workers)', () => {
    const { g, snapshot, advance, Worker } = watched();
    expect(snapshot().sinceFrameRequestMs).toBeNull();
    g.requestAnimationFrame!(() => 0);
    advance(120);
    expect(snapshot().sinceFrameRequestMs).toBe(120);
    const W = g.Worker as new (url: string) => { url: string };
    const w = new W('/w.js');
    expect(w).toBeInstanceOf(Worker);
    expect(w).toBeInstanceOf(W);
    expect(w.url).toBe('/w.js');
    expect(snapshot().workers).toBe(1);
  });

  it('loses count, and says so, past its bound of timers still to come; past ones make room', () => {
    const a = watched();
    for (let i = 0; i < SCHEDULE_LIMITS.timers * 3; i++) a.g.setTimeout!(() => 0, 0), a.advance(1);
    expect(a.snapshot().overflow).toBe(false); // each was soon past: room was made
    const b = watched();
    for (let i = 0; i < SCHEDULE_LIMITS.timers; i++) b.g.setTimeout!(() => 0, 60_000);
    expect(b.snapshot().overflow).toBe(false); // exactly full
    expect(b.g.setTimeout!(() => 0, 10)).toBe(SCHEDULE_LIMITS.timers + 1); // the page's call still works
    expect(b.snapshot().overflow).toBe(true);
  });

  it('counts a page that will refresh itself as due now, and a service worker in control as a worker', () => {
    let meta: unknown = null;
    let controller: unknown = null;
    const g: ScheduleGlobal = { document: { querySelector: (s: string) => (s.includes('refresh') ? meta : null) }, navigator: { serviceWorker: { get controller() { return controller; } } } };
    const snapshot = watchSchedule(g, () => 0);
    expect(snapshot()).toMatchObject({ nextTimerInMs: null, workers: 0 });
    meta = {};
    controller = {};
    expect(snapshot()).toMatchObject({ nextTimerInMs: 0, workers: 1 });
    const throwing = watchSchedule({ document: { querySelector: () => { throw new Error('no'); } } }, () => 0);
    expect(throwing().nextTimerInMs).toBe(0); // a document that cannot be asked is not known to be done
  });

  it('never breaks the page when a function is missing', () => {
    const snapshot = watchSchedule({}, () => 0);
    expect(snapshot()).toEqual({ nextTimerInMs: null, idleCallbacks: 0, sinceFrameRequestMs: null, workers: 0, overflow: false });
  });
});

const calmFrame = (over: Partial<NonNullable<FrameAnswer['page']>> = {}): FrameAnswer => ({
  page: { nextTimerInMs: null, idleCallbacks: 0, sinceFrameRequestMs: null, workers: 0, overflow: false, ...over },
  ownWorkInMs: null,
});

describe('page schedule (whether a visit may end before its window)', () => {
  it('is calm only when every frame answered and nothing is due within the horizon', () => {
    const calm = combineFrames([calmFrame(), calmFrame({ nextTimerInMs: 5000 })], 0);
    expect(stillBusy(calm, 2000)).toBeNull();
    expect(stillBusy(calm, 5000)).toBe('timer');
    expect(stillBusy(combineFrames([calmFrame(), { page: null, ownWorkInMs: null }], 0), 2000)).toBe('frame-unanswered');
    expect(stillBusy(combineFrames([], 0), 2000)).toBe('frame-unanswered');
  });

  it('keeps the window for each thing a page may still do', () => {
    const busy = (over: Partial<NonNullable<FrameAnswer['page']>>, inFlight = 0, ownWorkInMs: number | null = null): string | null =>
      stillBusy(combineFrames([calmFrame(), { ...calmFrame(over), ownWorkInMs }], inFlight), 1500);
    expect(busy({ nextTimerInMs: 1500 })).toBe('timer');
    expect(busy({ idleCallbacks: 1 })).toBe('idle-callback');
    expect(busy({ sinceFrameRequestMs: FRAME_REQUEST_RECENT_MS - 1 })).toBe('animation');
    expect(busy({ sinceFrameRequestMs: FRAME_REQUEST_RECENT_MS })).toBeNull();
    expect(busy({ workers: 1 })).toBe('worker');
    expect(busy({ overflow: true })).toBe('too-many-timers');
    expect(busy({}, 1)).toBe('request-in-flight');
    expect(busy({}, 0, 0)).toBe('scan-pending');
    expect(busy({}, 0, 1500)).toBe('scan-pending'); // a look at a hidden banner, planned within the window
    expect(busy({}, 0, 2000)).toBeNull(); // planned after it: the window would not have waited for it either
  });

  it('combines frames: the soonest timer, the latest frame request, counts added', () => {
    const s: PageSchedule = combineFrames([calmFrame({ nextTimerInMs: 800, sinceFrameRequestMs: 900, workers: 1 }), calmFrame({ nextTimerInMs: 300, sinceFrameRequestMs: 2000, idleCallbacks: 2 })], 3);
    expect(s).toEqual({ frames: 2, answered: 2, nextTimerInMs: 300, idleCallbacks: 2, sinceFrameRequestMs: 900, workers: 1, overflow: false, ownWorkInMs: null, requestsInFlight: 3 });
  });

  it('reads a malformed answer as a frame that did not answer', () => {
    expect(parseFrameAnswer(null)).toEqual({ page: null, ownWorkInMs: 0 }); // our own work unknown: counted as due now
    expect(parseFrameAnswer({ page: { nextTimerInMs: -1, idleCallbacks: 0, sinceFrameRequestMs: null, workers: 0, overflow: false } }).page).toBeNull();
    expect(parseFrameAnswer({ page: { nextTimerInMs: null, idleCallbacks: 0.5, sinceFrameRequestMs: null, workers: 0, overflow: false } }).page).toBeNull();
    expect(parseFrameAnswer({ page: { nextTimerInMs: null, idleCallbacks: 0, sinceFrameRequestMs: null, workers: 0, overflow: 'no' } }).page).toBeNull();
    expect(parseFrameAnswer({ page: { nextTimerInMs: 10, idleCallbacks: 0, sinceFrameRequestMs: 3, workers: 0, overflow: false }, ownWorkInMs: 700 })).toEqual({
      page: { nextTimerInMs: 10, idleCallbacks: 0, sinceFrameRequestMs: 3, workers: 0, overflow: false },
      ownWorkInMs: 700,
    });
  });

  it('is asked of the worker by extension pages only, with a valid tab', () => {
    expect(parseMessage({ type: 'get-page-schedule', tabId: 4 })).toEqual({ type: 'get-page-schedule', tabId: 4 });
    expect(parseMessage({ type: 'get-page-schedule', tabId: -4 })).toBeNull();
    expect(SENDERS['get-page-schedule']).toBe('extension-page');
  });
});

describe('requests in flight, per tab', () => {
  it('counts a request from its start to its end, and a new document starts its tab afresh', () => {
    const f = new RequestsInFlight();
    f.start(1, 'a', true);
    f.start(1, 'b', false);
    f.start(2, 'c', false);
    expect([f.count(1), f.count(2)]).toEqual([2, 1]);
    f.end('a');
    f.end('unknown');
    expect(f.count(1)).toBe(1);
    f.start(1, 'd', true); // the tab's next document: 'b' went with the old one
    expect(f.count(1)).toBe(1);
    f.end('b');
    expect(f.count(1)).toBe(1);
    f.resetTab(2);
    expect(f.count(2)).toBe(0);
  });

  it('counts a tab past its bound as busy until its next document', () => {
    const f = new RequestsInFlight();
    for (let i = 0; i <= MAX_IN_FLIGHT_PER_TAB; i++) f.start(7, `r${i}`, false);
    f.end('r0');
    expect(f.count(7)).toBe(MAX_IN_FLIGHT_PER_TAB);
    f.start(7, 'nav', true);
    expect(f.count(7)).toBe(1);
  });
});
