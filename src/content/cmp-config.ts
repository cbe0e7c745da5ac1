/**
 * How long a consent manager keeps the choice, read from its live
 * configuration in the page before anyone chooses (the choice cookie only
 * exists after a click). Our own function, run by id in the page's main
 * world (scripting.executeScript), the way autoconsent's detection snippets
 * are: never code that a page provides. It reads plain configuration values
 * only, each guarded (a page can define getters that throw or lie: a value
 * that is not a plausible number of days is dropped), and returns numbers
 * and a cookie name, nothing else.
 *
 * What each library reads, at the versions Témoin is tested with (npm):
 * tarteaucitron 1.34 (`tarteaucitronForceExpire`, in days unless
 * `tarteaucitronExpireInDay` is false; ignored from 365 days or 8,760 hours
 * on, as the library does), Orejime 3 (`orejimeConfig.cookie.duration` and
 * `.name`, default `eu-consent`), Orejime 2 and Klaro
 * (`cookieExpiresAfterDays` and `cookieName` in `orejimeConfig` /
 * `klaroConfig`), vanilla-cookieconsent 3
 * (`CookieConsent.getConfig('cookie').expiresAfterDays`), Axeptio
 * (`axeptioSettings.userCookiesDuration`, in days).
 */
/** The consent managers whose configuration readCmpConfigInPage reads. */
export const READABLE_CMPS: readonly string[] = ['tarteaucitron', 'orejime', 'klaro', 'cookieconsent', 'axeptio'];

export interface CmpConfig {
  cmp: string;
  name: string | null;
  lifetimeDays: number | null;
}

/** Runs in the page's main world: must stay self-contained (no import, no closure). */
export function readCmpConfigInPage(): { cmp: string; name: string | null; lifetimeDays: number | null }[] {
  const out: { cmp: string; name: string | null; lifetimeDays: number | null }[] = [];
  const w = window as unknown as Record<string, unknown>;
  const get = (o: unknown, k: string): unknown => {
    try {
      return o !== null && (typeof o === 'object' || typeof o === 'function') ? (o as Record<string, unknown>)[k] : undefined;
    } catch {
      return undefined;
    }
  };
  const days = (v: unknown, factor = 1): number | null => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,5}(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
    const d = n * factor;
    return Number.isFinite(d) && d >= 0 && d <= 3650 ? Math.round(d * 1000) / 1000 : null;
  };
  const name = (v: unknown): string | null => (typeof v === 'string' && /^[\w.-]{1,64}$/.test(v) ? v : null);
  try {
    const tac = get(w, 'tarteaucitron');
    if (tac) {
      const force = get(w, 'tarteaucitronForceExpire');
      const inDays = get(w, 'tarteaucitronExpireInDay') !== false;
      let d = days(force, inDays ? 1 : 1 / 24);
      // tarteaucitron ignores a forced lifetime of 365 days (8,760 hours) or more, and keeps its year.
      if (d === null || force === '' || d >= 365) d = 365;
      out.push({ cmp: 'tarteaucitron', name: name(get(get(tac, 'parameters'), 'cookieName')) ?? 'tarteaucitron', lifetimeDays: d });
    }
    const orejime = get(w, 'orejimeConfig');
    if (orejime) {
      const cookie = get(orejime, 'cookie');
      const v3 = cookie !== undefined && cookie !== null;
      out.push({
        cmp: 'orejime',
        name: name(v3 ? get(cookie, 'name') : get(orejime, 'cookieName')) ?? (v3 ? 'eu-consent' : null),
        lifetimeDays: days(v3 ? get(cookie, 'duration') : get(orejime, 'cookieExpiresAfterDays')),
      });
    }
    const klaro = get(w, 'klaroConfig');
    if (klaro) out.push({ cmp: 'klaro', name: name(get(klaro, 'cookieName')) ?? 'klaro', lifetimeDays: days(get(klaro, 'cookieExpiresAfterDays')) });
    const cc = get(w, 'CookieConsent');
    const getConfig = get(cc, 'getConfig');
    if (typeof getConfig === 'function') {
      let cookie: unknown;
      try {
        cookie = (getConfig as (k: string) => unknown).call(cc, 'cookie');
      } catch {
        cookie = undefined;
      }
      if (cookie) out.push({ cmp: 'cookieconsent', name: name(get(cookie, 'name')) ?? 'cc_cookie', lifetimeDays: days(get(cookie, 'expiresAfterDays')) });
    }
    const ax = get(w, 'axeptioSettings');
    if (ax) out.push({ cmp: 'axeptio', name: 'axeptio_cookies', lifetimeDays: days(get(ax, 'userCookiesDuration')) });
  } catch {
    /* a page that breaks the reader: nothing read */
  }
  return out.slice(0, 6);
}

/** Validates what came back from the page (it runs there: its answer is untrusted input). */
export function parseCmpConfigs(raw: unknown): CmpConfig[] {
  if (!Array.isArray(raw)) return [];
  return raw.slice(0, 6).flatMap((x: unknown) => {
    if (typeof x !== 'object' || x === null) return [];
    const { cmp, name, lifetimeDays } = x as Record<string, unknown>;
    if (typeof cmp !== 'string' || !READABLE_CMPS.includes(cmp)) return [];
    const n = typeof name === 'string' && /^[\w.-]{1,64}$/.test(name) ? name : null;
    const d = typeof lifetimeDays === 'number' && Number.isFinite(lifetimeDays) && lifetimeDays >= 0 && lifetimeDays <= 3650 ? lifetimeDays : null;
    return [{ cmp, name: n, lifetimeDays: d }];
  });
}
