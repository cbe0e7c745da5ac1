/** What the banner and consent tests share: controls, banners, scans and a tracker, built as the content scripts report them. */
import { expect } from 'vitest';
import { audit } from '../../src/audit/audit.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { recordRequest, recordScriptCookies } from '../../src/background/record.ts';
import { validateReport } from '../../src/cli/validate.ts';
import type { Report } from '../../src/report/types.ts';
import type { Inventory } from '../../src/shared/inventory.ts';
import { type BannerControl, type BannerScan, type PageScan } from '../../src/shared/messages.ts';
import { T0, TEST_CONTEXT } from './inventory.ts';

export const HOME = 'https://ent.lycee-demo.fr/';

export const control = (role: BannerControl['role'], text: string, over: Partial<BannerControl> = {}): BannerControl => ({
  role,
  text,
  selector: `#${role}`,
  kind: 'button',
  visible: true,
  width: 160,
  height: 40,
  fontSize: 16,
  contrast: 8,
  filled: true,
  ...over,
});

export const banner = (controls: BannerControl[], over: Partial<BannerScan> = {}): BannerScan => ({
  cmp: null,
  cmpsPresent: [],
  source: 'generic',
  visible: true,
  selector: '#bandeau',
  text: 'Nous utilisons des cookies.',
  impliedConsent: false,
  controls,
  rejectSecondLayer: false,
  ...over,
});

export const scanWith = (b: BannerScan | null, manage: PageScan['manage'] = [], links: PageScan['links'] = []): PageScan => ({
  url: HOME,
  title: 'Accueil',
  hasPasswordField: false,
  roleHint: 'home',
  links,
  truncated: false,
  banner: b,
  manage,
});

export const pixel = (inv: Inventory, at = T0) => {
  recordScriptCookies(inv, HOME, [{ name: '_fbp', valueHash: 'h', domain: 'lycee-demo.fr', path: '/', expiresAt: at + 90 * DAY_MS, partitioned: false, at }], at);
  recordRequest(inv, 'https://www.facebook.com/tr?id=1&ev=PageView', 'image', at);
};

export const report = (inv: Inventory) => {
  const r = audit(inv, TEST_CONTEXT);
  expect(validateReport(r)).toEqual({ ok: true });
  return r;
};
export const status = (r: Report, rule: string) => r.findings.find((f) => f.rule === rule)?.status;
