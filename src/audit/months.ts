/**
 * "13 months" in calendar months from the day the cookie was set, as the
 * kit ENT §4.10 and the CNIL write it. Depending on the set date, 13 calendar
 * months are 393 to 397 days; vendors write it 393 (Matomo), 395 (Piano) or
 * 397 days (AT Internet SmartTag, in the configuration the CNIL accepted).
 *
 * Tolerance, decided here: a lifetime up to the calendar limit passes; one
 * beyond it but within 397 days (the longest 13-month span, the value the
 * CNIL accepted from AT Internet) also passes, with the overshoot said in
 * the evidence; anything longer fails, with the overshoot in days.
 */
import { DAY_MS } from './lifetime.ts';

export const LIMIT_MONTHS = 13;
export const TOLERANCE_DAYS = 397;

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
  status: 'pass' | 'fail';
  limitDays: number;
  /** Days beyond 13 calendar months (0 when within). */
  overshootDays: number;
  withinTolerance: boolean;
}

export function judgeLifetime(lifetimeDays: number, setAt: number): LifetimeVerdict {
  const limitDays = thirteenMonthsInDays(setAt);
  // Lifetimes are rounded to a thousandth of a day; a whole-day comparison absorbs clock jitter.
  const days = Math.round(lifetimeDays * 100) / 100;
  const overshoot = Math.max(0, Math.round((days - limitDays) * 10) / 10);
  const within = days <= limitDays + 0.01;
  const tolerated = !within && days <= TOLERANCE_DAYS + 0.01;
  return { status: within || tolerated ? 'pass' : 'fail', limitDays, overshootDays: overshoot, withinTolerance: tolerated };
}
