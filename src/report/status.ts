/** The order of finding statuses, the worst first: how findings are sorted, and how a verdict of several parts is the worst of them. */
import type { FindingStatus } from './types.ts';

export const STATUS_ORDER: readonly FindingStatus[] = ['fail', 'warn', 'manual', 'pass', 'na'];

/** The worse of two statuses. */
export const worseStatus = (a: FindingStatus, b: FindingStatus): FindingStatus => (STATUS_ORDER.indexOf(b) < STATUS_ORDER.indexOf(a) ? b : a);

/**
 * The words for the statuses, the same everywhere a person reads them: the
 * popup (its _locales, checked against this table by test/unit/locales.test.ts),
 * the printed report, the batch summary and the command line.
 */
export const STATUS_LABEL: Record<FindingStatus, { fr: string; en: string }> = {
  fail: { fr: 'Non conforme', en: 'Non-compliant' },
  warn: { fr: 'À examiner', en: 'To review' },
  manual: { fr: 'À vérifier vous-même', en: 'To check yourself' },
  pass: { fr: 'Aucun manquement observé', en: 'No breach observed' },
  na: { fr: 'Sans objet', en: 'Not applicable' },
};
