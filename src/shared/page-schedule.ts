/**
 * Whether a page has anything left to do: the timers, idle callbacks,
 * animation frames and workers of each of its frames (content/schedule-watch.ts,
 * in the page's probe), the scans and reads our own scripts still have to run,
 * and its requests still in flight (the worker's webRequest count).
 *
 * The command line watches each page for a window after its load (tags that
 * wait a few seconds). It may end that window sooner only when every frame
 * answered and nothing is due within it: a page that keeps an interval,
 * animates by script, starts a worker (or is controlled by a service worker),
 * will refresh itself, or holds more timers than the probe counts is watched
 * for the whole window, as before. What a page schedules in
 * ways no frame can see (a worker's own timers, a request not yet started by
 * a timer of a frame that did not answer) is why those cases keep the window.
 */

/** What one frame's probe saw (content/schedule-watch.ts). */
export interface FrameSchedule {
  /** ms until the soonest timer still to come (a one-shot timer, or an interval's next run); null: none. */
  nextTimerInMs: number | null;
  /** Idle callbacks asked for that have not run yet. */
  idleCallbacks: number;
  /** ms since the page last asked for an animation frame; null: never. */
  sinceFrameRequestMs: number | null;
  /** Workers the page started (their timers are out of sight). */
  workers: number;
  /** More timers than the probe keeps: it lost count. */
  overflow: boolean;
}

/** One frame's answer to the worker: its page's schedule (null: our scripts do not run there), and our own pending work. */
export interface FrameAnswer {
  page: FrameSchedule | null;
  /**
   * ms until our own next work in that frame: 0 for a batch of cookie writes, a storage read or a
   * rescan waiting to run; more for a look planned at a banner that is there but not shown yet;
   * null: none.
   */
  ownWorkInMs: number | null;
}

/** The whole tab, as the worker answers `get-page-schedule`. */
export interface PageSchedule {
  /** Frames the worker reached, and those where our scripts answered. */
  frames: number;
  answered: number;
  nextTimerInMs: number | null;
  idleCallbacks: number;
  /** The most recent animation-frame request of any frame, in ms; null: none. */
  sinceFrameRequestMs: number | null;
  workers: number;
  overflow: boolean;
  /** ms until the soonest work of ours in any frame; null: none. */
  ownWorkInMs: number | null;
  /** The tab's requests started and not finished (webRequest). */
  requestsInFlight: number;
}

/** A page animating by script asked for a frame this recently: it is still at work. */
export const FRAME_REQUEST_RECENT_MS = 500;

const count = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null);
const ms = (v: unknown): number | null | undefined => (v === null ? null : typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/** A frame's answer, checked (anything malformed reads as a frame that did not answer). */
export function parseFrameAnswer(raw: unknown): FrameAnswer {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const p = (typeof r.page === 'object' && r.page !== null ? r.page : null) as Record<string, unknown> | null;
  let page: FrameSchedule | null = null;
  if (p) {
    const nextTimerInMs = ms(p.nextTimerInMs);
    const sinceFrameRequestMs = ms(p.sinceFrameRequestMs);
    const idleCallbacks = count(p.idleCallbacks);
    const workers = count(p.workers);
    if (nextTimerInMs !== undefined && sinceFrameRequestMs !== undefined && idleCallbacks !== null && workers !== null && typeof p.overflow === 'boolean') {
      page = { nextTimerInMs, sinceFrameRequestMs, idleCallbacks, workers, overflow: p.overflow };
    }
  }
  const own = ms(r.ownWorkInMs);
  return { page, ownWorkInMs: own === undefined ? 0 : own };
}

const minOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

/** The tab's schedule from its frames' answers and its requests in flight. */
export function combineFrames(answers: readonly FrameAnswer[], requestsInFlight: number): PageSchedule {
  const s: PageSchedule = { frames: answers.length, answered: 0, nextTimerInMs: null, idleCallbacks: 0, sinceFrameRequestMs: null, workers: 0, overflow: false, ownWorkInMs: null, requestsInFlight };
  for (const a of answers) {
    s.ownWorkInMs = minOf(s.ownWorkInMs, a.ownWorkInMs);
    if (!a.page) continue;
    s.answered++;
    s.nextTimerInMs = minOf(s.nextTimerInMs, a.page.nextTimerInMs);
    s.sinceFrameRequestMs = minOf(s.sinceFrameRequestMs, a.page.sinceFrameRequestMs);
    s.idleCallbacks += a.page.idleCallbacks;
    s.workers += a.page.workers;
    s.overflow ||= a.page.overflow;
  }
  return s;
}

/**
 * Why the page is not done within `horizonMs` (the rest of its window), or
 * null when nothing it has scheduled can run in it: every frame answered, no
 * request in flight, no idle callback waiting, no animation by script, no
 * worker, the probe kept count, and no timer of the page nor scan or read of
 * ours due before the horizon.
 */
export function stillBusy(s: PageSchedule, horizonMs: number): string | null {
  if (s.frames === 0 || s.answered < s.frames) return 'frame-unanswered';
  if (s.overflow) return 'too-many-timers';
  if (s.workers > 0) return 'worker';
  if (s.requestsInFlight > 0) return 'request-in-flight';
  if (s.ownWorkInMs !== null && s.ownWorkInMs <= horizonMs) return 'scan-pending';
  if (s.idleCallbacks > 0) return 'idle-callback';
  if (s.sinceFrameRequestMs !== null && s.sinceFrameRequestMs < FRAME_REQUEST_RECENT_MS) return 'animation';
  if (s.nextTimerInMs !== null && s.nextTimerInMs <= horizonMs) return 'timer';
  return null;
}
