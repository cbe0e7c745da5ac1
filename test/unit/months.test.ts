import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarMonths, judgeLifetime, thirteenMonthsInDays } from '../../src/audit/months.ts';

const anyDate = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('13 calendar months', () => {
  it('is 393 to 397 days whatever the set date', () => {
    fc.assert(fc.property(anyDate, (t) => {
      const d = thirteenMonthsInDays(t);
      return d >= 393 && d <= 397;
    }));
  });

  it('is what the calendar says on known dates', () => {
    expect(thirteenMonthsInDays(Date.UTC(2026, 10, 22))).toBe(395); // 22 Nov 2026 → 22 Dec 2027
    expect(thirteenMonthsInDays(Date.UTC(2026, 1, 15))).toBe(393); // 15 Feb 2026 → 15 Mar 2027
    expect(thirteenMonthsInDays(Date.UTC(2027, 2, 15))).toBe(397); // 15 Mar 2027 → 15 Apr 2028 (29 Feb 2028 inside)
  });

  it('clamps to the last day of the month', () => {
    expect(new Date(addCalendarMonths(Date.UTC(2026, 0, 31), 1)).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(new Date(addCalendarMonths(Date.UTC(2027, 0, 31), 13)).toISOString().slice(0, 10)).toBe('2028-02-29');
  });
});

describe('judgeLifetime', () => {
  it('passes the 393-, 395- and 397-day vendors (Matomo, Piano, AT Internet) whatever the set date', () => {
    fc.assert(fc.property(anyDate, fc.constantFrom(393, 395, 397), (t, days) => judgeLifetime(days, t).status === 'pass'));
  });

  it('fails anything longer than 397 days, and reports the overshoot beyond 13 calendar months', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 398, max: 3650 }), (t, days) => {
        const v = judgeLifetime(days, t);
        return v.status === 'fail' && v.overshootDays === days - thirteenMonthsInDays(t);
      }),
    );
  });

  it('passes anything within 13 calendar months without overshoot', () => {
    fc.assert(fc.property(anyDate, fc.double({ min: 0, max: 393, noNaN: true }), (t, days) => {
      const v = judgeLifetime(days, t);
      return v.status === 'pass' && v.overshootDays === 0 && !v.withinTolerance;
    }));
  });

  it('says when a pass rests on the tolerance', () => {
    const feb = Date.UTC(2026, 1, 15); // limit 393 days
    expect(judgeLifetime(397, feb)).toEqual({ status: 'pass', limitDays: 393, overshootDays: 4, withinTolerance: true });
    expect(judgeLifetime(730, Date.UTC(2026, 10, 22))).toEqual({ status: 'fail', limitDays: 395, overshootDays: 335, withinTolerance: false });
  });

  it('absorbs the rounding of a lifetime measured a few milliseconds off', () => {
    expect(judgeLifetime(393.0004, Date.UTC(2026, 1, 15)).status).toBe('pass');
    expect(judgeLifetime(397.004, Date.UTC(2026, 1, 15)).status).toBe('pass');
  });
});
