/** cookies.audience-lifetime: on inventories built from header, cookie and hit samples shaped like the real ones (vendor documentation). */
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/audit/lifetime.ts';
import { recordScriptCookies, recordSetCookieHeaders, recordStoreCookie } from '../../../src/background/record.ts';
import { T0, visit } from '../../helpers/inventory.ts';
import { HOME, run, find, gaWrite } from '../../helpers/rules.ts';

describe('cookies.audience-lifetime', () => {
  it('fails a 2-year _ga written from script, with the overshoot in days', () => {
    const inv = visit();
    recordScriptCookies(inv, HOME, [gaWrite(T0)], T0);
    const f = find(run(inv), 'cookies.audience-lifetime', '_ga');
    expect(f).toMatchObject({ status: 'fail', severity: 'medium', subject: '_ga (lycee-demo.fr)' });
    expect(f.evidence.join('\n')).toContain('dépassement : 335 j au-delà de 13 mois'); // set 22 Nov 2026: 13 months = 395 days
    expect(f.en.evidence.join('\n')).toContain('overshoot: 335 d beyond 13 months');
    expect(f.references[0]).toMatch(/^CNIL, délibération n° 2020-092 .*art\. 5/);
    expect(f.references[1]).toMatch(/^Kit juridique ENT.*§4\.10/);
    expect(f.title).toMatch(/ne peut pas être exempté de consentement/);
    expect(f.evidence.join('\n')).toMatch(/fonctionne avant tout consentement/);
    expect(f.fix).toMatch(/13 mois/);
  });

  it('passes Matomo (393 d) and Piano (395 d); AT Internet\'s 397 d is 2 days over 13 months from 22 November: a warning, no tolerance', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=5f2b.1763800000.; Max-Age=33955200; Path=/', 'pa_vid=abc; Max-Age=34128000; Path=/', 'atuserid=%7B%22val%22%3A%22x%22%7D; Max-Age=34300800; Path=/'], T0);
    const fs = run(inv);
    expect(find(fs, 'cookies.audience-lifetime', '_pk_id').status).toBe('pass');
    expect(find(fs, 'cookies.audience-lifetime', 'pa_vid').status).toBe('pass');
    const at = find(fs, 'cookies.audience-lifetime', 'atuserid');
    expect(at.status).toBe('warn');
    expect(at.evidence.join('\n')).toMatch(/dépasse de 2 j les 13 mois calendaires \(aucun texte n'accorde de tolérance/);
    expect(at.en.evidence.join('\n')).not.toMatch(/CNIL accepted/);
  });

  it('fails 400 days (5 over), and a cookie the browser capped at 400 days whose write was not seen', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['atuserid=x; Max-Age=34560000; Path=/'], T0);
    recordStoreCookie(inv, { name: '_pk_id.9.ffff', domain: 'ent.lycee-demo.fr', hostOnly: true, path: '/', session: false, expirationDate: (T0 + 400 * DAY_MS) / 1000, secure: false, httpOnly: false, sameSite: 'lax' }, { removed: false, cause: 'explicit' }, T0);
    const fs = run(inv);
    expect(find(fs, 'cookies.audience-lifetime', 'atuserid').status).toBe('fail');
    const capped = find(fs, 'cookies.audience-lifetime', '_pk_id');
    expect(capped.status).toBe('fail');
    expect(capped.evidence.join('\n')).toMatch(/au moins 400 j : le navigateur l'a plafonnée/);
  });

  it('passes session cookies and says "not applicable" when there is no audience cookie', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['atsession=1; Path=/'], T0);
    expect(find(run(inv), 'cookies.audience-lifetime', 'atsession').status).toBe('pass');
    expect(find(run(visit()), 'cookies.audience-lifetime').status).toBe('na');
  });
});
