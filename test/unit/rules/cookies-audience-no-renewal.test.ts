/** cookies.audience-no-renewal: on inventories built from header, cookie and hit samples shaped like the real ones (vendor documentation). */
import { describe, expect, it } from 'vitest';
import { recordScriptCookies, recordSetCookieHeaders } from '../../../src/background/record.ts';
import { T0, visit } from '../../helpers/inventory.ts';
import { HOME, run, find, gaWrite } from '../../helpers/rules.ts';

describe('cookies.audience-no-renewal', () => {
  it('fails an identifier whose expiry is pushed forward on a later visit with the same value', () => {
    let inv = visit();
    recordScriptCookies(inv, HOME, [gaWrite(T0)], T0);
    inv = visit(HOME, 7, inv, T0 + 60_000);
    recordScriptCookies(inv, HOME, [gaWrite(T0 + 60_000)], T0 + 60_000);
    const f = find(run(inv), 'cookies.audience-no-renewal', '_ga');
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toMatch(/même identifiant ; expiration repoussée .* entre la page 1 et la page 2/);
  });

  it('passes a new identifier with a new expiry (a new cookie, not a renewal), passes when not re-set, asks for a revisit with one page', () => {
    let inv = visit();
    recordScriptCookies(inv, HOME, [gaWrite(T0)], T0);
    inv = visit(HOME, 7, inv, T0 + 60_000);
    recordScriptCookies(inv, HOME, [gaWrite(T0 + 60_000, 'h2')], T0 + 60_000);
    const fresh = find(run(inv), 'cookies.audience-no-renewal', '_ga');
    expect(fresh.status).toBe('pass');
    expect(fresh.evidence[0]).toMatch(/un nouveau cookie, pas une prolongation/);

    let fixed = visit();
    recordSetCookieHeaders(fixed, HOME, ['atuserid=x; Max-Age=34128000; Path=/'], T0);
    fixed = visit(HOME, 7, fixed, T0 + 60_000);
    expect(find(run(fixed), 'cookies.audience-no-renewal', 'atuserid').status).toBe('pass');

    const once = visit();
    recordSetCookieHeaders(once, HOME, ['atuserid=x; Max-Age=34128000; Path=/'], T0);
    expect(find(run(once), 'cookies.audience-no-renewal', 'atuserid').status).toBe('manual');
  });

  it('leaves 30-minute session cookies out', () => {
    let inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_ses.1.a1b2=1; Max-Age=1800; Path=/'], T0);
    inv = visit(HOME, 7, inv, T0 + 60_000);
    recordSetCookieHeaders(inv, HOME, ['_pk_ses.1.a1b2=1; Max-Age=1800; Path=/'], T0 + 60_000);
    expect(find(run(inv), 'cookies.audience-no-renewal').status).toBe('na');
  });
});
