import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarMonths, judgeLifetime, SPREAD_DAYS, thirteenMonthsInDays } from '../../src/audit/months.ts';

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
  it('passes a vendor\'s "13 months" in days only when it is within 13 calendar months of the set date', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(393, 395, 397), (t, days) => {
        const v = judgeLifetime(days, t);
        return days <= thirteenMonthsInDays(t) ? v.status === 'pass' : v.status === 'warn' && v.overshootDays === days - thirteenMonthsInDays(t);
      }),
    );
  });

  it('warns up to 4 days over 13 calendar months, fails beyond, with the overshoot in days (no tolerance passes)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 3650 }), (t, over) => {
        const v = judgeLifetime(thirteenMonthsInDays(t) + over, t);
        return v.overshootDays === over && v.status === (over <= SPREAD_DAYS ? 'warn' : 'fail');
      }),
    );
  });

  it('passes anything within 13 calendar months without overshoot', () => {
    fc.assert(fc.property(anyDate, fc.double({ min: 0, max: 393, noNaN: true }), (t, days) => {
      const v = judgeLifetime(days, t);
      return v.status === 'pass' && v.overshootDays === 0;
    }));
  });

  it('gives AT Internet\'s 397 days a warning with its overshoot when 13 months are 393 days, not a pass', () => {
    const feb = Date.UTC(2026, 1, 15); // limit 393 days
    expect(judgeLifetime(397, feb)).toEqual({ status: 'warn', limitDays: 393, overshootDays: 4 });
    expect(judgeLifetime(398, feb)).toEqual({ status: 'fail', limitDays: 393, overshootDays: 5 });
    expect(judgeLifetime(730, Date.UTC(2026, 10, 22))).toEqual({ status: 'fail', limitDays: 395, overshootDays: 335 });
  });

  it('absorbs the rounding of a lifetime measured a few milliseconds off', () => {
    expect(judgeLifetime(393.0004, Date.UTC(2026, 1, 15)).status).toBe('pass');
    expect(judgeLifetime(397.004, Date.UTC(2026, 1, 15)).status).toBe('warn');
    expect(judgeLifetime(397.004, Date.UTC(2027, 6, 15)).status).toBe('pass'); // 13 months from 15 July 2027 (over 29 Feb 2028): 397 days
  });
});
