import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { declaredExpiry, defaultPath, parseSetCookie } from '../../src/audit/set-cookie.ts';
import { parseCookieDate } from '../../src/audit/cookie-date.ts';
import { createdDay, identifierPart, privacyMode } from '../../src/audit/cookie-value.ts';

const ok = (line: string) => {
  const r = parseSetCookie(line);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.cookie;
};

describe('parseSetCookie on real headers', () => {
  it('reads a Matomo visitor cookie written with Expires', () => {
    const c = ok('_pk_id.1.a1b2=3f1e2d4c5b6a7980.1763812345.; expires=Tue, 22 Dec 2026 10:00:00 GMT; path=/; SameSite=Lax');
    expect(c.name).toBe('_pk_id.1.a1b2');
    expect(c.expiresAt).toBe(Date.UTC(2026, 11, 22, 10, 0, 0));
    expect(c.path).toBe('/');
    expect(c.sameSite).toBe('lax');
    expect(c.domain).toBeUndefined();
  });

  it('reads an HttpOnly Secure session cookie of a CAS server', () => {
    const c = ok('CASTGC=TGT-1-abcdefghijklmnop-cas; Path=/cas; Secure; HttpOnly');
    expect(c).toMatchObject({ name: 'CASTGC', path: '/cas', secure: true, httpOnly: true, partitioned: false });
    expect(declaredExpiry(c, 1000)).toBeNull();
  });

  it('lets Max-Age win over Expires, and treats Max-Age ≤ 0 as deletion', () => {
    const now = Date.UTC(2026, 0, 1);
    const c = ok('_ga=GA1.1.1.1; Max-Age=63072000; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Domain=.lycee-demo.fr');
    expect(declaredExpiry(c, now)).toBe(now + 63072000 * 1000);
    expect(c.domain).toBe('lycee-demo.fr');
    expect(declaredExpiry(ok('a=b; Max-Age=0'), now)).toBe(now);
    expect(declaredExpiry(ok('a=b; Max-Age=-5'), now)).toBe(now);
  });

  it('reads a partitioned (CHIPS) cookie', () => {
    expect(ok('__Host-x=1; Secure; Path=/; SameSite=None; Partitioned')).toMatchObject({ partitioned: true, sameSite: 'none', secure: true });
  });

  it('ignores attributes a browser would ignore', () => {
    const c = ok('a=b; Max-Age=12abc; Expires=not a date; Path=relative; SameSite=Bogus; Domain=');
    expect(c.maxAgeSeconds).toBeUndefined();
    expect(c.expiresAt).toBeUndefined();
    expect(c.path).toBeUndefined();
    expect(c.sameSite).toBeUndefined();
    expect(c.domain).toBeUndefined();
  });

  it('accepts a nameless cookie and refuses empty, oversized or control-character lines', () => {
    expect(ok('justavalue').name).toBe('');
    expect(parseSetCookie('   ;  Path=/')).toEqual({ ok: false, reason: 'empty' });
    expect(parseSetCookie('a=' + 'x'.repeat(5000))).toEqual({ ok: false, reason: 'too-large' });
    expect(parseSetCookie('a=b\u0000c')).toEqual({ ok: false, reason: 'control-characters' });
    expect(parseSetCookie('a=b\r\nSet-Cookie: evil=1')).toEqual({ ok: false, reason: 'control-characters' });
  });

  it('never returns the value, only a short hash that changes with it', () => {
    const a = ok('oneSessionId=4f8b2c1d9e7a6b5c4d3e2f1a0b9c8d7e; HttpOnly');
    const b = ok('oneSessionId=00000000000000000000000000000000; HttpOnly');
    expect(JSON.stringify(a)).not.toContain('4f8b2c1d9e7a6b5c4d3e2f1a0b9c8d7e');
    expect(a.valueHash).toMatch(/^[0-9a-f]{8}$/);
    expect(a.valueHash).not.toBe(b.valueHash);
  });
});

describe('parseSetCookie properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { parseSetCookie(s); }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { parseSetCookie(s); }), { numRuns: 1000 });
  });

  it('never leaks a value of 12+ characters into its result', () => {
    const value = fc.stringMatching(/^[A-Za-z0-9._-]{12,64}$/);
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/), value, fc.constantFrom('', '; Path=/', '; Secure; HttpOnly', '; Max-Age=60'), (name, v, attrs) => {
        const r = parseSetCookie(`${name}=${v}${attrs}`);
        return r.ok && !JSON.stringify(r).includes(v);
      }),
    );
  });

  it('reads back any Expires date written as a browser writes it', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9000, 0, 1) }), (ms) => {
        const exact = Math.floor(ms / 1000) * 1000;
        const c = ok(`a=b; Expires=${new Date(exact).toUTCString()}`);
        return c.expiresAt === exact;
      }),
    );
  });

  it('computes the declared expiry from any Max-Age', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * 365 * 86400 }), fc.integer({ min: 0, max: 4e12 }), (age, now) => {
        return declaredExpiry(ok(`a=b; Max-Age=${age}`), now) === now + age * 1000;
      }),
    );
  });
});

describe('parseCookieDate (RFC 6265 §5.1.1)', () => {
  const at = Date.UTC(2037, 9, 21, 7, 28, 0);
  it.each([
    'Wed, 21 Oct 2037 07:28:00 GMT',
    'Wednesday, 21-Oct-37 07:28:00 GMT',
    'Wed Oct 21 07:28:00 2037',
    '21 Oct 2037 07:28:00',
    'Wed, 21-Oct-2037 07:28:00 UTC',
  ])('reads %s', (s) => expect(parseCookieDate(s)).toBe(at));

  it.each(['', 'tomorrow', 'Wed, 31 Feb 2037 07:28:00 GMT', 'Wed, 21 Oct 2037 25:00:00 GMT', 'Wed, 21 Oct 1600 07:28:00 GMT', 'x'.repeat(5000)])(
    'refuses %j',
    (s) => expect(parseCookieDate(s)).toBeNull(),
  );

  it('reads two-digit years as the RFC says', () => {
    expect(new Date(parseCookieDate('01 Jan 69 00:00:00')!).getUTCFullYear()).toBe(2069);
    expect(new Date(parseCookieDate('01 Jan 70 00:00:00')!).getUTCFullYear()).toBe(1970);
  });
});

describe('defaultPath (RFC 6265 §5.1.4)', () => {
  it.each([
    ['/', '/'],
    ['/auth/login', '/auth'],
    ['/auth/', '/auth'],
    ['/index.html', '/'],
    ['', '/'],
    ['relative', '/'],
  ])('%s → %s', (p, expected) => expect(defaultPath(p)).toBe(expected));
});

describe('what a cookie value may tell without being kept', () => {
  it('hashes the identifier of a vendor rule, not the counters or the expiry beside it', () => {
    expect(identifierPart('_pk_id.1.a1b2', '0123456789abcdef.1763800000.4.1763802000.1763801000.')).toBe('0123456789abcdef');
    expect(identifierPart('_ga', 'GA1.1.1234567890.1763802000')).toBe('1234567890.1763802000');
    expect(identifierPart('atuserid', encodeURIComponent('{"name":"atuserid","val":"v-9","options":{"end":"2027-01-01"}}'))).toBe('v-9');
    expect(identifierPart('session', 'abc')).toBe('abc');
    expect(identifierPart('_pk_id.1.a1b2', '%E0%A4%A')).toBe('%E0%A4%A'); // a broken escape is compared whole
    expect(createdDay('_ga', 'GA1.1.1234567890.1763802000', Date.UTC(2026, 11, 5))).toBe(Date.UTC(2025, 10, 22));
    expect(createdDay('_ga', 'GA1.1.1234567890.9999999999', Date.UTC(2026, 11, 5))).toBeNull(); // in the future: not a creation time
    expect(privacyMode('atauthority', encodeURIComponent('{"val":{"authority_name":"cnil","visitor_mode":"exempt"}}'))).toBe('exempt');
    expect(privacyMode('pa_privacy', '%22optout%22')).toBe('optout');
    expect(privacyMode('pa_privacy', 'Marie.Martin@example.fr')).toBeNull(); // not an enumeration: not kept
  });

  it('a Set-Cookie line carries the stored privacy mode, never the value', () => {
    const r = parseSetCookie(`atauthority=${encodeURIComponent('{"val":{"visitor_mode":"exempt"}}')}; Max-Age=100`);
    expect(r.ok && r.cookie.privacyMode).toBe('exempt');
    expect(JSON.stringify(r)).not.toContain('visitor_mode');
  });
});
