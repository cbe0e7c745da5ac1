/**
 * The report's `banner` object, from what the top frames saw: the banner
 * (first page where it was visible), its controls and how refusing compares
 * with accepting, the entry points to change one's choice, and where the
 * choice is kept (the CMP's cookie or key, observed, else its default).
 */
import { longestLifetimeDays } from './months.ts';
import { cmpById } from '../knowledge/cmps.ts';
import type { ReportBanner, ReportConsentCookie } from '../report/types.ts';
import type { BannerScan } from '../shared/messages.ts';
import { bannerKind, compareProminence, firstOf } from './banner.ts';
import type { CookieFact, LinkFact, StorageFact } from './facts.ts';
import type { Inventory } from '../shared/inventory.ts';

function pickBanner(inv: Inventory): { scan: BannerScan; page: string } | null {
  const seen = inv.pages.flatMap((p) => (p.banner ? [{ scan: p.banner, page: p.url }] : []));
  return seen.find((b) => b.scan.visible && b.scan.controls.length) ?? seen.find((b) => b.scan.visible) ?? seen[0] ?? null;
}

/** The consent storage: the CMP's cookie or key when observed; for a home-made banner, a cookie classified "consent". */
export function consentStorageOf(cmp: string | null, cookies: CookieFact[], storage: StorageFact[]): ReportBanner['consentStorage'] {
  const sig = cmpById(cmp);
  const lifetime = (c: CookieFact) => longestLifetimeDays(c.report);
  for (const s of sig?.storage ?? []) {
    if (s.type === 'cookie') {
      const c = cookies.find((x) => x.report.name === s.name && x.report.party === 'first') ?? cookies.find((x) => x.report.name === s.name);
      if (c) return { kind: 'cookie', name: c.report.name, lifetimeDays: lifetime(c), observed: true };
    } else {
      const k = storage.find((x) => x.record.area === 'localStorage' && x.record.key.startsWith(s.prefix));
      if (k) return { kind: 'localStorage', name: k.record.key, lifetimeDays: null, observed: true };
    }
  }
  if (!sig) {
    const c = cookies.find((x) => x.cls.category === 'consent' && x.report.party === 'first');
    if (c) return { kind: 'cookie', name: c.report.name, lifetimeDays: lifetime(c), observed: true };
  }
  const first = sig?.storage[0];
  if (!first) return null;
  return first.type === 'cookie'
    ? { kind: 'cookie', name: first.name, lifetimeDays: sig.defaultLifetimeDays, observed: false }
    : { kind: 'localStorage', name: first.prefix, lifetimeDays: null, observed: false };
}

/**
 * The choice cookie and its lifetime: observed after a choice wins; else the
 * lifetime the live consent manager is configured with (read in the page);
 * else its documented default.
 */
function consentCookieOf(inv: Inventory, cmp: string | null, found: ReportBanner['consentStorage'], dflt: number | null): ReportConsentCookie | null {
  if (found?.kind === 'cookie' && found.observed) return { name: found.name, lifetimeDays: found.lifetimeDays, source: 'observed' };
  if (!cmp) return null;
  const config = inv.pages.flatMap((p) => p.cmpConfig ?? []).find((c) => c.cmp === cmp && c.lifetimeDays !== null);
  if (config) return { name: config.name ?? found?.name ?? cmp, lifetimeDays: config.lifetimeDays, source: 'config' };
  if (found?.kind === 'cookie' && dflt !== null) return { name: found.name, lifetimeDays: dflt, source: 'default' };
  return null;
}

/** autoconsent's rule name as a lowercase id ("tarteaucitron.js" → tarteaucitron-js), prefixed so that it cannot be taken for ours. */
const AUTOCONSENT_PREFIX = 'autoconsent:';
export const autoconsentId = (name: string) => `${AUTOCONSENT_PREFIX}${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
/** Whether a report's CMP id is autoconsent's name (not one of our table's). */
export const isAutoconsentId = (cmp: string | null): boolean => !!cmp?.startsWith(AUTOCONSENT_PREFIX);

export function bannerReport(inv: Inventory, cookies: CookieFact[], storage: StorageFact[], links: LinkFact[]): ReportBanner | null {
  if (!inv.pages.some((p) => p.banner !== undefined || p.autoconsent)) return null;
  const picked = pickBanner(inv);
  const scan = picked?.scan ?? null;
  const kind = scan && (scan.controls.length || scan.visible) ? bannerKind(scan) : null;
  const ac = {
    detected: [...new Set(inv.pages.flatMap((p) => p.autoconsent?.detected ?? []))],
    popups: [...new Set(inv.pages.flatMap((p) => p.autoconsent?.popups ?? []))],
    clicks: Math.max(0, ...inv.pages.map((p) => p.autoconsent?.clicks ?? 0)),
  };
  // Our signature table names first; for a banner it does not know, autoconsent's name when it saw the popup.
  const named = ac.popups[0] ?? null;
  // A box that takes continued browsing for consent asks for consent (without a refusal): it is not information only.
  const asksConsent = kind === 'choice' || kind === 'implied-consent';
  const cmp = !scan ? (named ? autoconsentId(named) : null) : scan.cmp ?? (asksConsent ? (named ? autoconsentId(named) : 'custom') : 'info-only');
  const sig = cmpById(scan?.cmp ?? null);
  const accept = scan ? firstOf(scan, 'accept') : undefined;
  const reject = scan ? firstOf(scan, 'reject') : undefined;
  const firstLayerReject = !!reject;
  const manage: ReportBanner['manage'] = [];
  for (const p of inv.pages) for (const m of p.manage ?? []) if (!manage.some((x) => x.text === m.text && x.selector === m.selector)) manage.push({ ...m, page: p.url });
  for (const l of links) {
    if (l.category !== 'consent-settings' || manage.some((m) => m.text === l.record.text)) continue;
    manage.push({ text: l.record.text, selector: null, source: 'footer-link', visible: !l.record.hidden, page: l.page?.url ?? '' });
  }
  const storageFound = consentStorageOf(scan?.cmp ?? null, cookies, storage);
  return {
    detected: (!!scan && (scan.visible || scan.controls.length > 0)) || (!scan && !!named),
    visible: !!scan?.visible || (!scan && !!named),
    cmp,
    buttons: { accept: !!accept, reject: firstLayerReject, settings: !!scan && !!firstOf(scan, 'settings') },
    consentCookie: consentCookieOf(inv, scan?.cmp ?? null, storageFound, sig?.defaultLifetimeDays ?? null),
    kind,
    source: scan?.source ?? (named ? 'autoconsent' : null),
    autoconsent: ac,
    cmpName: sig?.name ?? (isAutoconsentId(cmp) ? named : null),
    cmpsPresent: [...new Set(inv.pages.flatMap((p) => p.banner?.cmpsPresent ?? []))],
    page: picked?.page ?? null,
    selector: scan?.selector ?? null,
    text: scan?.text ?? '',
    controls: (scan?.controls ?? []).map((c) => ({ ...c })),
    rejectClicks: firstLayerReject ? 1 : scan?.rejectSecondLayer ? 2 : null,
    prominence: reject ? (({ comparable, gaps, areaRatio }) => ({ comparable, gaps: gaps.map((g) => g.fr), areaRatio: areaRatio === null ? null : Math.round(areaRatio * 100) / 100 }))(compareProminence(accept, reject)) : null,
    manage: manage.slice(0, 30),
    consentStorage: storageFound,
    defaultLifetimeDays: sig?.defaultLifetimeDays ?? null,
    screenshot: null,
  };
}
