/** Lifetime arithmetic shared by collectors, report and rules. */
export const DAY_MS = 86_400_000;
/** Chromium (M104+) and Firefox cap stored cookie expiry at 400 days. */
export const BROWSER_CAP_DAYS = 400;

/**
 * Days between set time and expiry, rounded to a thousandth of a day (about
 * 1.5 minutes, so that a 30-minute cookie is not 0); null for a session cookie.
 */
export function lifetimeDays(setAt: number, expiresAt: number | null | undefined): number | null {
  if (expiresAt === null || expiresAt === undefined) return null;
  return Math.round(((expiresAt - setAt) / DAY_MS) * 1000) / 1000;
}
