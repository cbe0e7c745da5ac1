/** The order of finding statuses, the worst first: how findings are sorted, and how a verdict of several parts is the worst of them. */
import type { FindingStatus } from './types.ts';

export const STATUS_ORDER: readonly FindingStatus[] = ['fail', 'warn', 'manual', 'pass', 'na'];

/** The worse of two statuses. */
export const worseStatus = (a: FindingStatus, b: FindingStatus): FindingStatus => (STATUS_ORDER.indexOf(b) < STATUS_ORDER.indexOf(a) ? b : a);
