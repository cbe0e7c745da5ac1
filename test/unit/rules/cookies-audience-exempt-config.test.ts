/** cookies.audience-exempt-config: on inventories built from header, cookie and hit samples shaped like the real ones (vendor documentation). */
import { describe, expect, it } from 'vitest';
import { recordRequest, recordSetCookieHeaders } from '../../../src/background/record.ts';
import { T0, visit } from '../../helpers/inventory.ts';
import { HOME, W, run, find } from '../../helpers/rules.ts';

describe('cookies.audience-exempt-config', () => {
  it('fails vendors that reuse data (Google Analytics, Hotjar, Clarity)', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_ga=GA1.1.1.1; Max-Age=100; Path=/', '_hjSessionUser_123=x; Max-Age=100; Path=/', '_clck=x; Max-Age=100; Path=/'], T0);
    const fs = run(inv);
    for (const t of ['Google Analytics', 'Hotjar', 'Microsoft Clarity']) {
      const f = find(fs, 'cookies.audience-exempt-config', t);
      expect(f.status, t).toBe('fail');
      expect(f.evidence[0]).toMatch(/réutilise les données pour son propre compte/);
    }
  });

  it('fails Matomo when a user id is sent (uid=), and leaves plain Matomo as a manual check', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=5f2b.1763800000.; Max-Age=33955200; Path=/'], T0);
    recordRequest(inv, 'https://stats.lycee-demo.fr/matomo.php?idsite=1&rec=1&_id=5f2b&_idts=1763800000', 'image', T0, null, W);
    expect(find(run(inv), 'cookies.audience-exempt-config', 'Matomo').status).toBe('manual');
    recordRequest(inv, 'https://stats.lycee-demo.fr/matomo.php?idsite=1&rec=1&_id=5f2b&uid=camille.d', 'image', T0, null, W);
    const f = find(run(inv), 'cookies.audience-exempt-config', 'Matomo');
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toBe('statistiques anonymes uniquement : identifiant utilisateur envoyé à stats.lycee-demo.fr (paramètre uid)');
  });

  it('passes Piano when its hits carry visitor_privacy_mode=exempt, and fails an identified visitor', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['atuserid=x; Max-Age=34128000; Path=/'], T0);
    const body = JSON.stringify({ events: [{ name: 'page.display', data: { visitor_privacy_mode: 'exempt', visitor_privacy_consent: false } }] });
    recordRequest(inv, 'https://collecte.lycee-demo.fr/event?s=612345&idclient=abc', 'ping', T0, body, W);
    const ok = find(run(inv), 'cookies.audience-exempt-config', 'Piano');
    expect(ok.status).toBe('pass');
    expect(ok.evidence[0]).toMatch(/visitor_privacy_mode=exempt/);
    recordSetCookieHeaders(inv, HOME, ['atidvisitor=%7B%22an%22%3A%2212%22%7D; Max-Age=15552000; Path=/'], T0);
    const f = find(run(inv), 'cookies.audience-exempt-config', 'Piano');
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/cookie de visiteur identifié « atidvisitor »/);
  });

  it('fails legacy XiTi hits of an identified visitor (an= / ac=)', () => {
    const inv = visit();
    recordRequest(inv, 'https://logs1412.xiti.com/hit.xiti?s=123&s2=1&p=accueil&an=42&ac=eleves', 'image', T0, null, W);
    expect(find(run(inv), 'cookies.audience-exempt-config', 'Piano').status).toBe('fail');
  });
});
