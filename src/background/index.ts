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
import { Observation } from './observation.ts';
import { RequestsInFlight } from './in-flight.ts';

const store = new InventoryStore(browser.storage.session);
// While observing, the toolbar icon says so (a badge, and its tooltip): like a recording light.
const observation = new Observation(browser.storage.session, browser.scripting, (on) => {
  void browser.action.setBadgeText({ text: on ? '●' : '' });
  void browser.action.setBadgeBackgroundColor({ color: '#18753c' });
  void browser.action.setTitle({ title: browser.i18n.getMessage(on ? 'actionTitleObserving' : 'actionTitle') });
});

const inFlight = new RequestsInFlight();
registerWebRequest(store, observation, inFlight);
registerCookieStore(store, observation);
registerMessages(store, new LinkChecker(store), observation, inFlight);
browser.tabs.onRemoved.addListener((tabId) => {
  void store.drop(tabId);
  inFlight.resetTab(tabId);
  void observation.forget(tabId);
});
// The audit follows the user into the tabs a tab under audit opens.
browser.tabs.onCreated.addListener((tab) => void observation.follow(tab.openerTabId, tab.id));
// Brings the registered content scripts in line with the observation (after an update, a reload).
void observation.load();
