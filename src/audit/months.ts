/**
 * "13 months" in calendar months from the day the cookie was set, as the
 * CNIL's recommendation (délibération 2020-092, art. 5) and the kit ENT §4.10
 * write it. Depending on the set date, 13 calendar months are 393 to 397
 * days; vendors write it as a fixed number of days: 393 (Matomo), 395
 * (Piano), 397 (AT Internet SmartTag).
 *
 * No published text grants a tolerance. A lifetime within 13 calendar months
 * passes. One over it by no more than the spread of 13 calendar months (4
 * days: what a vendor that writes "13 months" in days can be over, depending
 * on the set date) is a warning, with the overshoot in days. More fails.
 *
 * This is the one judgement of an audience cookie's lifetime: the rules, the
 * popup's table and chart, and the command line's summary all call it.
 */
import { DAY_MS } from './lifetime.ts';

export const LIMIT_MONTHS = 13;
/** 13 calendar months last 393 to 397 days: the spread a fixed number of days can be over. */
export const SPREAD_DAYS = 4;

/** Adds calendar months in UTC, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addCalendarMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

/** Days in 13 calendar months from `setAt` (393 to 397). */
export function thirteenMonthsInDays(setAt: number): number {
  return Math.round((addCalendarMonths(setAt, LIMIT_MONTHS) - setAt) / DAY_MS);
}

export interface LifetimeVerdict {
  /** pass: within 13 calendar months; warn: over by SPREAD_DAYS at most; fail: more. */
  status: 'pass' | 'warn' | 'fail';
  limitDays: number;
  /** Days beyond 13 calendar months (0 when within). */
  overshootDays: number;
}

export function judgeLifetime(lifetimeDays: number, setAt: number): LifetimeVerdict {
  const limitDays = thirteenMonthsInDays(setAt);
  // Lifetimes are rounded to a thousandth of a day; a hundredth absorbs clock jitter.
  const days = Math.round(lifetimeDays * 100) / 100;
  const overshoot = Math.max(0, Math.round((days - limitDays) * 10) / 10);
  const status = days <= limitDays + 0.01 ? 'pass' : overshoot <= SPREAD_DAYS ? 'warn' : 'fail';
  return { status, limitDays, overshootDays: overshoot };
}

/** What a report cookie says of its lifetime, enough to judge it. */
export interface CookieLifetimeFacts {
  session: boolean;
  declaredLifetimeDays: number | null;
  storedLifetimeDays: number | null;
  /** When its lifetime started (ISO), null when unknown (set before the audit began). */
  setAt: string | null;
  /** Days left before it expires, when the set date is unknown (a lower bound of its lifetime). */
  remainingDays?: number | null;
}

export type CookieLifetimeVerdict =
  | { status: 'session' }
  | { status: 'unknown' }
  /** Set before the audit began, set date unknown: what is left of it is a lower bound. */
  | { status: 'fail' | 'manual'; lowerBound: true; lifetimeDays: number; limitDays: number; overshootDays: number }
  | (LifetimeVerdict & { lowerBound: false; lifetimeDays: number; setAt: number });

/**
 * A cookie's lifetime as far as it was observed: the longer of the declared
 * and stored ones (a declaration never shortens what the store shows); 0 for
 * a session cookie; null when neither was seen.
 */
export function longestLifetimeDays(c: Pick<CookieLifetimeFacts, 'session' | 'declaredLifetimeDays' | 'storedLifetimeDays'>): number | null {
  if (c.session) return 0;
  const known = [c.declaredLifetimeDays, c.storedLifetimeDays].filter((d): d is number => d !== null);
  return known.length ? Math.max(...known) : null;
}

/**
 * The lifetime judged is the longer of the declared and stored ones: the
 * stored one is capped at 400 days by the browser, and a declared one the
 * cookie store contradicts never shortens it.
 */
export function judgeCookieLifetime(c: CookieLifetimeFacts, now: number): CookieLifetimeVerdict {
  if (c.session) return { status: 'session' };
  const known = [c.declaredLifetimeDays, c.storedLifetimeDays].filter((d): d is number => d !== null);
  if (c.setAt !== null && known.length) {
    const setAt = Date.parse(c.setAt);
    const lifetimeDays = Math.max(...known);
    return { ...judgeLifetime(lifetimeDays, setAt), lowerBound: false, lifetimeDays, setAt };
  }
  const remaining = c.remainingDays ?? null;
  if (c.setAt === null && remaining !== null) {
    // At least what is left from now: over 13 months from now is over 13 months from any earlier set date.
    const v = judgeLifetime(remaining, now);
    return { status: v.status === 'fail' ? 'fail' : 'manual', lowerBound: true, lifetimeDays: remaining, limitDays: v.limitDays, overshootDays: v.overshootDays };
  }
  return { status: 'unknown' };
}

/** Over 13 calendar months (a warning or a failure): what the popup's table and chart and the command line's summary mark. */
export function exceedsThirteenMonths(c: CookieLifetimeFacts, now: number): boolean {
  const v = judgeCookieLifetime(c, now);
  return v.status === 'fail' || v.status === 'warn';
}
