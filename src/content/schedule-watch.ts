/**
 * What a page has scheduled, as its main-world probe sees it: the timers it
 * set (`setTimeout`, `setInterval`), the idle callbacks it asked for, when it
 * last asked for an animation frame, the workers it started or that control
 * it (whose own timers are out of sight), and whether it will refresh itself.
 * The command line asks for it (through the worker, see
 * shared/page-schedule.ts) to end a visit's observation before its window only
 * when nothing the page has scheduled can still run within that window.
 *
 * Nothing here changes what the page's calls do or return: each function is
 * wrapped in a Proxy that calls the browser's own (same `this`, same
 * arguments, same errors) and then notes the id. Timer callbacks are not
 * wrapped; a timer counts until a short while after it was due, or until it
 * is cleared. Bounded: past `SCHEDULE_LIMITS.timers` timers still to come,
 * the frame says it lost count (`overflow`), and the window is kept whole.
 */
import type { FrameSchedule } from '../shared/page-schedule.ts';
import { SCHEDULE_LIMITS } from '../shared/limits.ts';

type AnyFn = (...args: unknown[]) => unknown;
/** The parts of a window this module wraps (a fake in the unit tests). */
export interface ScheduleGlobal {
  setTimeout?: AnyFn;
  setInterval?: AnyFn;
  clearTimeout?: AnyFn;
  clearInterval?: AnyFn;
  requestIdleCallback?: AnyFn;
  cancelIdleCallback?: AnyFn;
  requestAnimationFrame?: AnyFn;
  Worker?: unknown;
  SharedWorker?: unknown;
  document?: { querySelector(selectors: string): unknown };
  navigator?: { serviceWorker?: { controller: unknown } };
}

/**
 * A page that will navigate by itself (`<meta http-equiv="refresh">`: no
 * timer of script) is not done; nor one a service worker controls (its own
 * timers are out of sight): both keep the whole window.
 */
function navigatesItself(g: ScheduleGlobal): boolean {
  try {
    return g.document?.querySelector('meta[http-equiv="refresh" i]') != null;
  } catch {
    return true; // a document that cannot be asked is not known to be done
  }
}
function serviceWorkerControls(g: ScheduleGlobal): boolean {
  try {
    return g.navigator?.serviceWorker?.controller != null;
  } catch {
    return false; // an opaque origin, which no service worker controls
  }
}

/** A delay as the browser reads it, without calling a page's valueOf (an object counts as due now). */
function delayOf(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : 0;
  return Number.isFinite(n) && n > 0 ? Math.min(n, 2 ** 31 - 1) : 0;
}

/**
 * Wraps the scheduling functions of `g` (in place) and returns what tells, at
 * any moment, what is still to come. `now` is the probe's own clock, taken
 * before the page's scripts ran.
 */
export function watchSchedule(g: ScheduleGlobal, now: () => number): () => FrameSchedule {
  /** One-shot timers: id → when due. */
  const timers = new Map<unknown, number>();
  /** Intervals: id → [first due, period]. */
  const intervals = new Map<unknown, [number, number]>();
  const idle = new Set<unknown>();
  let lastFrameRequest: number | null = null;
  let workers = 0;
  let overflow = false;

  /** Room for one more timer: drops the past ones when full; lost count when that frees too little. */
  const room = (): boolean => {
    if (overflow) return false;
    if (timers.size + intervals.size < SCHEDULE_LIMITS.timers) return true;
    const past = now() - SCHEDULE_LIMITS.graceMs;
    for (const [id, due] of timers) if (due < past) timers.delete(id);
    if (timers.size + intervals.size < SCHEDULE_LIMITS.timers / 2) return true;
    overflow = true;
    timers.clear();
    intervals.clear();
    return false;
  };

  const wrap = (name: keyof ScheduleGlobal, after: (result: unknown, args: unknown[]) => void) => {
    const original = g[name];
    if (typeof original !== 'function') return;
    g[name] = new Proxy(original as AnyFn, {
      apply(target, thisArg, args: unknown[]) {
        const result = Reflect.apply(target, thisArg, args);
        try {
          after(result, args);
        } catch {
          /* never break the page */
        }
        return result;
      },
    }) as never;
  };
  wrap('setTimeout', (id, args) => {
    if (room()) timers.set(id, now() + delayOf(args[1]));
  });
  wrap('setInterval', (id, args) => {
    const period = delayOf(args[1]);
    if (room()) intervals.set(id, [now() + period, Math.max(period, 1)]);
  });
  // Either clears either (one pool of ids in browsers).
  const clear = (_: unknown, args: unknown[]) => {
    timers.delete(args[0]);
    intervals.delete(args[0]);
  };
  wrap('clearTimeout', clear);
  wrap('clearInterval', clear);
  wrap('requestAnimationFrame', () => {
    lastFrameRequest = now();
  });
  wrap('cancelIdleCallback', (_, args) => void idle.delete(args[0]));
  // An idle callback runs when the page is idle: counted until it has run, so its callback is wrapped.
  const ric = g.requestIdleCallback;
  if (typeof ric === 'function') {
    g.requestIdleCallback = new Proxy(ric, {
      apply(target, thisArg, args: unknown[]) {
        const callback = args[0];
        if (typeof callback !== 'function') return Reflect.apply(target, thisArg, args);
        let id: unknown;
        const ran = function (this: unknown, ...a: unknown[]) {
          idle.delete(id);
          return Reflect.apply(callback, this, a);
        };
        id = Reflect.apply(target, thisArg, [ran, ...args.slice(1)]);
        if (idle.size < SCHEDULE_LIMITS.timers) idle.add(id);
        else overflow = true;
        return id;
      },
    });
  }
  for (const name of ['Worker', 'SharedWorker'] as const) {
    const original = g[name];
    if (typeof original !== 'function') continue;
    g[name] = new Proxy(original, {
      construct(target, args: unknown[], newTarget) {
        const worker = Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget) as object;
        workers++;
        return worker;
      },
    });
  }

  return () => {
    const t = now();
    let next: number | null = null;
    const soon = (inMs: number) => {
      next = next === null ? inMs : Math.min(next, inMs);
    };
    for (const [id, due] of timers) {
      if (due < t - SCHEDULE_LIMITS.graceMs) timers.delete(id);
      else soon(Math.max(0, due - t));
    }
    for (const [first, period] of intervals.values()) soon(t <= first ? first - t : (period - ((t - first) % period)) % period);
    if (navigatesItself(g)) soon(0);
    return {
      nextTimerInMs: next === null ? null : Math.round(next),
      idleCallbacks: idle.size,
      sinceFrameRequestMs: lastFrameRequest === null ? null : Math.max(0, t - lastFrameRequest),
      workers: workers + (serviceWorkerControls(g) ? 1 : 0),
      overflow,
    };
  };
}
