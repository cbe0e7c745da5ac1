/**
 * Service worker entry. Every listener is registered synchronously at the top
 * level, so that the events that wake a stopped worker are delivered.
 */
import browser from '../shared/browser.ts';
import { InventoryStore } from './store.ts';
import { registerWebRequest } from './webrequest.ts';
import { registerCookieStore } from './cookie-store.ts';
import { registerMessages } from './messages.ts';
import { LinkChecker } from './link-check.ts';

const store = new InventoryStore(browser.storage.session);

registerWebRequest(store);
registerCookieStore(store);
registerMessages(store, new LinkChecker(store));
browser.tabs.onRemoved.addListener((tabId) => void store.drop(tabId));
