/** How the popup writes a lifetime, shared by the cookie table, the banner and the lifetime chart. */
import { t } from '../shared/i18n.ts';

/** A lifetime in the unit a person reads best: minutes, hours, then days. */
export function formatLifetime(d: number | null): string {
  if (d === null) return '—';
  if (d < 1 / 24) return t('minutesValue', String(Math.max(1, Math.round(d * 1440))));
  if (d < 1) return t('hoursValue', String(Math.round(d * 24)));
  return t('daysValue', String(Math.round(d)));
}
