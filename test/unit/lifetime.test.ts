/** audit/lifetime.ts: a cookie lifetime in days, declared and as the browser caps it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BROWSER_CAP_DAYS, DAY_MS, lifetimeDays } from '../../src/audit/lifetime.ts';

describe('lifetimeDays', () => {
  it('is null for a session cookie and exact for whole days', () => {
    expect(lifetimeDays(0, null)).toBeNull();
    expect(lifetimeDays(1000, 1000 + 730 * DAY_MS)).toBe(730);
    expect(lifetimeDays(5, 5 + BROWSER_CAP_DAYS * DAY_MS)).toBe(400);
  });
  it('keeps short lifetimes visible (30 minutes is not 0 days)', () => {
    expect(lifetimeDays(0, 30 * 60_000)).toBeCloseTo(0.021, 3);
  });
  it('is within a thousandth of a day of the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 5000 * DAY_MS }), (setAt, span) => {
        return Math.abs(lifetimeDays(setAt, setAt + span)! - span / DAY_MS) <= 0.0005 + 1e-9;
      }),
    );
  });
});
