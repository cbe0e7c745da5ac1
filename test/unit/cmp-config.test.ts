// @vitest-environment happy-dom
/** The consent manager's configured choice lifetime, read in the page by our own function, and judged. */
import { afterEach, describe, expect, it } from 'vitest';
import { parseCmpConfigs, readCmpConfigInPage } from '../../src/content/cmp-config.ts';
import { audit } from '../../src/audit/audit.ts';
import { recordCmpConfig, recordScan, wantsCmpConfig } from '../../src/background/record.ts';
import type { BannerScan, PageScan } from '../../src/shared/messages.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const w = window as unknown as Record<string, unknown>;
const GLOBALS = ['tarteaucitron', 'tarteaucitronForceExpire', 'tarteaucitronExpireInDay', 'orejimeConfig', 'klaroConfig', 'CookieConsent', 'axeptioSettings'];
afterEach(() => {
  for (const g of GLOBALS) delete w[g];
});

describe('reading the live consent manager configuration', () => {
  it('reads each library as it reads itself', () => {
    w.tarteaucitron = { parameters: { cookieName: 'tac_ent' } };
    w.tarteaucitronForceExpire = 180;
    w.orejimeConfig = { cookie: { name: 'consentement', duration: 90 } };
    w.klaroConfig = { cookieExpiresAfterDays: 30 };
    w.CookieConsent = { getConfig: (k: string) => (k === 'cookie' ? { name: 'cc_cookie', expiresAfterDays: 182 } : null) };
    w.axeptioSettings = { userCookiesDuration: 183 };
    expect(readCmpConfigInPage()).toEqual([
      { cmp: 'tarteaucitron', name: 'tac_ent', lifetimeDays: 180 },
      { cmp: 'orejime', name: 'consentement', lifetimeDays: 90 },
      { cmp: 'klaro', name: 'klaro', lifetimeDays: 30 },
      { cmp: 'cookieconsent', name: 'cc_cookie', lifetimeDays: 182 },
      { cmp: 'axeptio', name: 'axeptio_cookies', lifetimeDays: 183 },
    ]);
  });

  it("keeps tarteaucitron's year when the forced lifetime is 365 days or more, or in hours when told so", () => {
    w.tarteaucitron = {};
    w.tarteaucitronForceExpire = 400;
    expect(readCmpConfigInPage()).toEqual([{ cmp: 'tarteaucitron', name: 'tarteaucitron', lifetimeDays: 365 }]);
    w.tarteaucitronForceExpire = 48;
    w.tarteaucitronExpireInDay = false;
    expect(readCmpConfigInPage()[0]!.lifetimeDays).toBe(2);
  });

  it('survives a hostile page: throwing getters, absurd values, a dynamic lifetime', () => {
    Object.defineProperty(w, 'orejimeConfig', { configurable: true, get: () => { throw new Error('no'); } });
    w.klaroConfig = { cookieExpiresAfterDays: 1e9, cookieName: '<img src=x>' };
    w.CookieConsent = { getConfig: () => ({ expiresAfterDays: () => 30 }) };
    expect(readCmpConfigInPage()).toEqual([
      { cmp: 'klaro', name: 'klaro', lifetimeDays: null },
      { cmp: 'cookieconsent', name: 'cc_cookie', lifetimeDays: null },
    ]);
    delete w.orejimeConfig;
    expect(parseCmpConfigs([{ cmp: 'evil', name: 'x', lifetimeDays: 1 }, { cmp: 'klaro', name: 'a b', lifetimeDays: -3 }, 'junk'])).toEqual([{ cmp: 'klaro', name: null, lifetimeDays: null }]);
    expect(parseCmpConfigs({ length: 3 })).toEqual([]);
  });
});

describe('the configured lifetime in the report', () => {
  const orejimeBanner: BannerScan = { cmp: 'orejime', source: 'signature', visible: true, selector: '#orejime', text: 'Nous utilisons des cookies', controls: [{ role: 'accept', text: 'Accepter', kind: 'button', visible: true, selector: '#a', width: 80, height: 30, fontSize: 14, color: '#000', background: '#fff', contrast: 21 }, { role: 'reject', text: 'Refuser', kind: 'button', visible: true, selector: '#r', width: 80, height: 30, fontSize: 14, color: '#000', background: '#fff', contrast: 21 }], impliedConsent: false, cmpsPresent: ['orejime'] } as unknown as BannerScan;
  const scan = (): PageScan => ({ url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false, banner: orejimeBanner });

  it('is read once per page, and judged when no choice cookie exists yet (source: config)', () => {
    const inv = visit();
    recordScan(inv, scan(), T0);
    expect(wantsCmpConfig(inv, scan())).toBe(true);
    expect(wantsCmpConfig(inv, scan())).toBe(false);
    recordCmpConfig(inv, 'https://ent.lycee-demo.fr/', [{ cmp: 'orejime', name: 'consentement', lifetimeDays: 395 }], T0);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.banner?.consentCookie).toEqual({ name: 'consentement', lifetimeDays: 395, source: 'config' });
    const f = r.findings.find((x) => x.rule === 'consent.choice-lifetime')!;
    expect(f.status).toBe('warn');
    expect(f.evidence[0]).toMatch(/lue dans la page avant tout choix : 395 jours/);
  });

  it('falls back to the documented default, as a manual check', () => {
    const inv = visit();
    recordScan(inv, scan(), T0);
    const r = audit(inv, TEST_CONTEXT);
    expect(r.banner?.consentCookie).toEqual({ name: 'eu-consent', lifetimeDays: 120, source: 'default' });
    expect(r.findings.find((x) => x.rule === 'consent.choice-lifetime')?.status).toBe('manual');
  });
});
