/** consent.no-tracker-before-consent: on inventories built from header, cookie and hit samples shaped like the real ones (vendor documentation). */
import { describe, expect, it } from 'vitest';
import { recordInteraction, recordRequest, recordScan, recordSetCookieHeaders, recordStorage } from '../../../src/background/record.ts';
import { T0, visit } from '../../helpers/inventory.ts';
import { HOME, W, run, find } from '../../helpers/rules.ts';

describe('consent.no-tracker-before-consent', () => {
  it('fails advertising, social and non-exempt audience trackers present before any interaction', () => {
    const inv = visit();
    recordRequest(inv, 'https://www.youtube.com/embed/x', 'sub_frame', T0, null, W);
    recordSetCookieHeaders(inv, 'https://www.youtube.com/embed/x', ['VISITOR_INFO1_LIVE=x; Domain=.youtube.com; Max-Age=15552000; Secure; SameSite=None'], T0);
    recordRequest(inv, 'https://www.facebook.com/tr?id=1&ev=PageView', 'image', T0, null, W);
    recordScan(inv, { url: HOME, title: 'x', hasPasswordField: false, roleHint: 'other', links: [], truncated: false }, T0);
    recordStorage(inv, HOME, [{ area: 'localStorage', key: '_fbp' }], T0);
    const f = find(run(inv), 'consent.no-tracker-before-consent');
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    const ev = f.evidence.join('\n');
    expect(ev).toMatch(/cookie « VISITOR_INFO1_LIVE » sur youtube\.com \(YouTube\) — publicité/);
    expect(ev).toMatch(/requête\(s\) vers www\.facebook\.com \(Meta \(Facebook\) Pixel\) — publicité/);
    expect(ev).toMatch(/clé localStorage « _fbp »/);
    expect(f.references[0]).toMatch(/article 82/);
  });

  it('does not count what appeared after the first interaction', () => {
    const inv = visit();
    recordInteraction(inv, T0 + 10);
    recordSetCookieHeaders(inv, HOME, ['_fbp=fb.1.1.1; Max-Age=7776000; Path=/'], T0 + 20);
    expect(find(run(inv), 'consent.no-tracker-before-consent').status).toBe('pass');
  });

  it('warns on unknown trackers (to review, never exempt) and passes strictly necessary ones', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['oneSessionId=s; HttpOnly; Path=/', 'JSESSIONID=j; Path=/auth', 'ent_prefs=fr; Max-Age=63072000; Path=/'], T0);
    const f = find(run(inv), 'consent.no-tracker-before-consent');
    expect(f.status).toBe('warn');
    expect(f.evidence).toEqual(['cookie « ent_prefs » sur ent.lycee-demo.fr — inconnu']);
    const clean = visit();
    recordSetCookieHeaders(clean, HOME, ['oneSessionId=s; HttpOnly; Path=/'], T0);
    expect(find(run(clean), 'consent.no-tracker-before-consent').status).toBe('pass');
  });

  it('counts exempt-capable audience tools as conditional, not as failures', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=x; Max-Age=100; Path=/'], T0);
    const f = find(run(inv), 'consent.no-tracker-before-consent');
    expect(f.status).toBe('pass');
    expect(f.evidence[0]).toMatch(/Sous réserve des conditions d'exemption/);
  });
});
