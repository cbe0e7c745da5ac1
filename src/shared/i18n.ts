/**
 * User-facing strings come from _locales (French first, English). Outside an
 * extension page (component tests) the French catalogue is read directly.
 */
import fr from '../../public/_locales/fr/messages.json' with { type: 'json' };

type Catalogue = Record<string, { message: string }>;
const api = (globalThis as { chrome?: { i18n?: { getMessage(k: string, s?: string | string[]): string } } }).chrome?.i18n;

export function t(key: string, subs?: string | string[]): string {
  const fromBrowser = api?.getMessage(key, subs);
  if (fromBrowser) return fromBrowser;
  const msg = (fr as Catalogue)[key]?.message;
  if (!msg) return key;
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return msg.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}
