/** audit/hash.ts: the short hash that stands for a cookie value (never the value). */
import { describe, expect, it } from 'vitest';
import { shortHash } from '../../src/audit/hash.ts';

describe('shortHash', () => {
  it('is 8 hex characters and deterministic', () => {
    expect(shortHash('abc')).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
  });
});
