/**
 * Consent banners in real Chromium: real CMP libraries from npm and home-made
 * banners (test/fixtures/banners.ts), each audited by the extension as a
 * person would use it: nothing may be clicked, hidden nor chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sites } from '../../src/demo-ent/https-sites.ts';
import { getReport, waitForSettle } from '../../src/cli/driver.ts';
import type { Report } from '../../src/report/types.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { BANNER_SITES, bannerUrl, startBannerSites } from '../fixtures/banners.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
let sites: Sites;
const reports = new Map<string, Report>();
const stillShown = new Map<string, boolean>();
const statusShown = new Map<string, boolean>();

beforeAll(async () => {
  sites = await startBannerSites();
  h = await startHarness(sites);
  for (const s of BANNER_SITES) {
    const { tabId, page } = await h.ext.openTab(bannerUrl(s.host));
    statusShown.set(s.host, (await waitForSettle(h.ext, tabId, page, { expectedPages: 1 })).bannerShown);
    reports.set(s.host, await getReport(h.ext, tabId));
    const sel = reports.get(s.host)!.banner?.selector;
    stillShown.set(s.host, sel ? await page.locator(sel).first().isVisible().catch(() => false) : false);
    await page.close();
  }
}, 120_000);

afterAll(async () => {
  await h?.close();
  await sites?.close();
});

describe.each(BANNER_SITES.map((s) => [s.host, s] as const))('%s', (host, site) => {
  const e = site.expect;
  const r = () => reports.get(host)!;

  it('names the CMP and the kind of box', () => {
    expect(validateReport(r())).toEqual({ ok: true });
    expect(r().banner).not.toBeNull();
    expect({ cmp: r().banner!.cmp, kind: r().banner!.kind }).toEqual({ cmp: e.cmp, kind: e.kind });
  });

  it('inventories the first-layer buttons and the clicks it takes to refuse', () => {
    const b = r().banner!;
    expect(b.buttons).toEqual({ accept: e.accept, reject: e.reject, settings: e.settings });
    expect(b.rejectClicks).toBe(e.rejectClicks);
    if (e.banner) expect(b.visible).toBe(true);
  });

  it('gives the findings the banner deserves, citing their texts', () => {
    for (const [rule, status] of Object.entries(e.findings)) {
      const f = r().findings.find((x) => x.rule === rule);
      expect(f, rule).toBeDefined();
      expect([rule, f!.status, f!.title]).toEqual([rule, status, expect.any(String)]);
      expect(f!.references.length).toBeGreaterThan(0);
    }
  });

  it('clicked nothing: no interaction recorded, no choice made, the banner still shown', () => {
    expect(r().cookies.every((c) => c.setBeforeConsent)).toBe(true);
    expect(r().thirdParties.every((t) => !t.seenAfterInteraction)).toBe(true);
    // The guarded pixel never fired: nobody accepted.
    if (e.banner && e.findings['consent.no-tracker-before-consent'] !== 'fail') expect(r().cookies.map((c) => c.name)).not.toContain('_fbp');
    if (e.banner) expect(stillShown.get(host)).toBe(true);
  });

  it("says in the tab's status whether a banner shows (the scenarios click once it does)", () => {
    expect(statusShown.get(host)).toBe(r().banner?.visible === true);
    if (e.banner) expect(statusShown.get(host)).toBe(true);
  });
});

describe('banner evidence', () => {
  it('runs autoconsent (detect-only) only where our table could not name the CMP, and it clicks nothing', () => {
    expect(reports.get('www.vendor-sirdata.fr')!.banner).toMatchObject({ cmp: 'autoconsent:sirdata', cmpName: 'Sirdata', source: 'generic', autoconsent: { popups: ['Sirdata'], clicks: 0 } });
    // Named by our own table: autoconsent is not injected at all.
    expect(reports.get('www.ecole-tarteaucitron.fr')!.banner!.autoconsent).toEqual({ detected: [], popups: [], clicks: 0 });
    for (const r of reports.values()) expect(r.banner?.autoconsent.clicks ?? 0).toBe(0);
  });

  it('measures the refusal link of the discreet banner as smaller and paler than the accept button', () => {
    const b = reports.get('www.lycee-discret.fr')!.banner!;
    expect(b.prominence?.comparable).toBe(false);
    expect(b.prominence?.gaps.join(' ')).toMatch(/lien|surface|plus petit|contraste/);
    expect(b.controls.find((c) => c.role === 'reject')).toMatchObject({ kind: 'link', visible: true });
  });

  it('reads the choice lifetime from the CMP cookie written before any choice, else from the live configuration, else gives its default', () => {
    // tarteaucitron writes its cookie ("wait" for every service) at once: 180 days as configured, 365 by default.
    expect(reports.get('www.ecole-tarteaucitron.fr')!.banner!.consentCookie).toEqual({ name: 'tarteaucitron', lifetimeDays: 180, source: 'observed' });
    // Orejime configured to keep the choice 90 days: read in the page, before any choice (our own function, in the page's world).
    const configured = reports.get('www.ecole-orejime-dsfr.fr')!;
    expect(configured.banner!.consentCookie).toEqual({ name: 'consentement-ent', lifetimeDays: 90, source: 'config' });
    expect(configured.findings.find((f) => f.rule === 'consent.choice-lifetime')).toMatchObject({ status: 'pass', subject: 'consentement-ent' });
    expect(reports.get('www.college-orejime.fr')!.banner!.consentCookie).toEqual({ name: 'eu-consent', lifetimeDays: 120, source: 'default' });
    expect(reports.get('www.lycee-tarteaucitron.fr')!.banner!.consentStorage).toEqual({ kind: 'cookie', name: 'tarteaucitron', lifetimeDays: 365, observed: true });
    // Orejime writes nothing before a choice: its default (120 days in 3.2.1's code) is reported, as not observed.
    const orejime = reports.get('www.college-orejime.fr')!;
    expect(orejime.banner!.consentStorage).toEqual({ kind: 'cookie', name: 'eu-consent', lifetimeDays: 120, observed: false });
    expect(orejime.findings.find((f) => f.rule === 'consent.choice-lifetime')?.status).toBe('manual');
  });

  it('quotes the implied-consent wording it relies on', () => {
    const f = reports.get('www.lycee-continuer.fr')!.findings.find((x) => x.rule === 'consent.reject-first-layer')!;
    expect(f.evidence.join(' ')).toMatch(/poursuivant votre navigation/);
    expect(f.references.join(' ')).toMatch(/2020-091/);
  });
});
