/**
 * How observed facts are appended to an Inventory. Pure functions, no browser
 * API: the collectors (webrequest.ts, cookie-store.ts, messages from content
 * scripts) call them, and unit tests call them directly.
 */
export * from './record/navigation.ts';
export * from './record/requests.ts';
export * from './record/cookies.ts';
export * from './record/page-scans.ts';
export * from './record/link-checks.ts';
