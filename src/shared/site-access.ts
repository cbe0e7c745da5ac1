/**
 * Whether the browser gives Témoin access to every page an observation covers
 * (a user can withhold it: Chromium's "Site access", Firefox's permissions).
 * Asked by the popup (to say so) and by the worker (to say it in the report).
 */
import browser from './browser.ts';
import { OBSERVED_PAGES } from '../content/registered.ts';

export const hasAccessToAllSites = (): Promise<boolean> => browser.permissions.contains({ origins: [...OBSERVED_PAGES] });

/** Asks the user for that access (from a click: browsers require a user gesture); resolves to whether it was granted. */
export const requestAccessToAllSites = (): Promise<boolean> => browser.permissions.request({ origins: [...OBSERVED_PAGES] });
