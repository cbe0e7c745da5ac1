/**
 * Message handling: content scripts report what they saw in their frame;
 * extension pages (popup, report, command-line driver) ask for reports.
 * Senders are checked once, from the table of who may send what
 * (shared/messages.ts SENDERS): a content script speaks only for its own
 * tab, and only extension pages may read reports or command the observation.
 */
import browser from '../shared/browser.ts';
import type { Runtime } from 'webextension-polyfill';
import { parseMessage, SENDERS, type AuditStatus, type Message } from '../shared/messages.ts';
import { audit } from '../audit/audit.ts';
import { writeFromCapture } from '../audit/set-cookie.ts';
import { reloadUrl } from '../audit/reload-url.ts';
import type { InventoryStore } from './store.ts';
import { pageOfDocument, recordAutoconsent, recordPdfNotice, recordCmpConfig, recordInteraction, recordScan, recordScriptCookies, recordStorage, wantsCmpConfig, wantsCmpNames } from './record.ts';
import { readCmpConfig } from './cmp-config.ts';
import { evalAnswer, initAnswerFor, injectCmpNames } from './autoconsent.ts';
import { browserTraits, capabilityNotes } from './capabilities.ts';
import { snapshotInto } from './cookie-store.ts';
import type { LinkChecker } from './link-check.ts';
import type { Observation } from './observation.ts';
import type { Report } from '../report/types.ts';
import { hasAccessToAllSites } from '../shared/site-access.ts';
import { combineFrames, parseFrameAnswer, type FrameAnswer, type PageSchedule } from '../shared/page-schedule.ts';
import type { RequestsInFlight } from './in-flight.ts';

const lastEventAt = new Map<number, number>();
/** Page scans waiting, per tab, for the navigation they belong to (pageOfDocument): an audit is not settled while one waits. */
const heldScans = new Map<number, number>();
const SCAN_WAIT_MS = 250;
const SCAN_WAITS = 12;

function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/**
 * Whether the browser lets Témoin see every site now (the user may have
 * restricted it to some). Unknown counts as restricted: the report then
 * claims no absence it may not have observed.
 */
async function siteAccess(): Promise<'all' | 'restricted'> {
  return (await hasAccessToAllSites().catch(() => false)) ? 'all' : 'restricted';
}

export async function buildReport(store: InventoryStore, tabId: number): Promise<Report | null> {
  await snapshotInto(store, tabId);
  await store.flush();
  const inv = await store.get(tabId);
  if (!inv) return null;
  const report = audit(inv, {
    toolVersion: browser.runtime.getManifest().version,
    now: Date.now(),
    environment: { collectedBy: 'extension', userAgent: navigator.userAgent, siteAccess: await siteAccess() },
  });
  report.notes.push(...capabilityNotes(browserTraits()));
  if (store.lastError) report.notes.push(`Stockage de session indisponible : ${store.lastError} / session storage error`);
  return report;
}

/**
 * What the tab's page has left to do (shared/page-schedule.ts): each frame's
 * answer, read in our isolated world there (every-frame.ts; a frame where our
 * scripts do not run answers nothing), and the tab's requests in flight.
 */
async function pageSchedule(tabId: number, inFlight: RequestsInFlight): Promise<PageSchedule> {
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    injectImmediately: true,
    func: () => (globalThis as { temoinFrameWork?: () => unknown }).temoinFrameWork?.() ?? null,
  });
  const answers: FrameAnswer[] = results.map((r) => parseFrameAnswer(r.result));
  return combineFrames(answers, inFlight.count(tabId));
}

/** A content script of ours, in a tab: it speaks for that tab and the frame it runs in. */
function isContentScript(sender: Runtime.MessageSender): boolean {
  return sender.tab?.id !== undefined && sender.id === browser.runtime.id && !isExtensionPage(sender);
}

async function handle(store: InventoryStore, checker: LinkChecker, observation: Observation, inFlight: RequestsInFlight, msg: Message, sender: Runtime.MessageSender): Promise<unknown> {
  // The sender, checked once, from the table of who may send what (shared/messages.ts).
  if (!(SENDERS[msg.type] === 'extension-page' ? isExtensionPage(sender) : isContentScript(sender))) return { ok: false, error: 'sender' };
  const tab = sender.tab?.id;
  const now = Date.now();
  switch (msg.type) {
    case 'page-scan':
    case 'storage-keys':
    case 'script-cookies':
    case 'user-interaction': {
      if (tab === undefined) return { ok: false, error: 'sender' };
      // A tab not under audit runs our scripts while observing (a registration cannot name tabs), and a page
      // loaded during an observation that has since stopped still runs them: nothing of theirs is recorded.
      if (!(await observation.observes(tab))) return { ok: false, error: 'not-observing' };
      // The page scan is the top frame's (its links, title and banner are the audited page's).
      if (msg.type === 'page-scan' && sender.frameId !== 0) return { ok: false, error: 'sender' };
      // A frame the page made itself (about:blank, srcdoc, blob:) speaks for the origin it inherits.
      const origin = (sender as { origin?: string }).origin;
      const frameUrl = /^https?:/.test(sender.url ?? '') || !origin || !/^https?:\/\//.test(origin) ? (sender.url ?? '') : `${origin}/`;
      lastEventAt.set(tab, now);
      let nameCmp = false;
      let readConfig: string | null = null;
      let filed = true;
      // A scan that overtook its page's navigation waits for it (a little), then goes to the last page as before.
      for (let wait = 0; ; wait++) {
        let early = false;
        await store.update(tab, (inv) => {
          if (!inv) return;
          if (msg.type === 'page-scan') {
            const found = pageOfDocument(inv, msg.scan.document);
            if (found === 'gone') return void (filed = false);
            if (found === 'not-yet' && wait < SCAN_WAITS) {
              early = true;
              return;
            }
            recordScan(inv, msg.scan, now, found === 'not-yet' ? undefined : found);
            nameCmp = wantsCmpNames(inv, msg.scan);
            if (wantsCmpConfig(inv, msg.scan)) readConfig = inv.pages.at(-1)?.url ?? null;
          } else if (msg.type === 'storage-keys') recordStorage(inv, msg.url, msg.keys, now, msg.truncated);
          else if (msg.type === 'script-cookies') recordScriptCookies(inv, frameUrl, msg.writes.flatMap((w) => writeFromCapture(w) ?? []), Math.min(now, msg.receivedAt ?? now));
          else recordInteraction(inv, Math.min(msg.at, now));
        });
        if (!early) break;
        heldScans.set(tab, (heldScans.get(tab) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, SCAN_WAIT_MS));
        const held = (heldScans.get(tab) ?? 1) - 1;
        if (held > 0) heldScans.set(tab, held);
        else heldScans.delete(tab);
      }
      if (msg.type === 'page-scan' && filed) void checker.enqueue(tab, msg.scan.links);
      if (nameCmp) void injectCmpNames(tab);
      if (readConfig !== null) {
        const page = readConfig;
        void readCmpConfig(tab).then((configs) => store.update(tab, (inv) => inv && recordCmpConfig(inv, page, configs, Date.now())));
      }
      return { ok: true };
    }
    case 'autoconsent': {
      if (tab === undefined) return { ok: false, error: 'sender' };
      const m = msg.message;
      if (m.type === 'init') return initAnswerFor(sender.url ?? m.url, sender.frameId === 0);
      if (m.type === 'eval') return evalAnswer(tab, sender.frameId ?? 0, m.id, m.snippetId);
      if (sender.frameId !== 0 || !(await observation.observes(tab))) return { ok: true };
      lastEventAt.set(tab, now);
      await store.update(tab, (inv) => {
        if (inv) recordAutoconsent(inv, m);
      });
      return { ok: true };
    }
    case 'get-report': {
      const report = await buildReport(store, msg.tabId);
      return report ? { ok: true, report } : { ok: false, error: 'no-audit' };
    }
    case 'get-status': {
      const inv = await store.get(msg.tabId);
      const observed = await observation.current();
      const covered = observation.covers(msg.tabId);
      const status: AuditStatus = {
        tabId: msg.tabId,
        site: inv?.site ?? null,
        pages: inv?.pages.length ?? 0,
        scannedPages: inv?.pages.filter((p) => p.scanned).length ?? 0,
        cookies: inv ? Object.keys(inv.cookies).length : 0,
        lastEventAt: Math.max(inv?.updatedAt ?? 0, lastEventAt.get(msg.tabId) ?? 0) || null,
        pendingChecks: checker.pendingFor(msg.tabId) + (heldScans.get(msg.tabId) ?? 0),
        bannerShown: inv?.pages.some((p) => p.banner?.visible === true) ?? false,
        observing: covered,
        observationOn: observed.on,
        observingSince: observed.since,
      };
      return { ok: true, status };
    }
    case 'get-page-schedule':
      return { ok: true, schedule: await pageSchedule(msg.tabId, inFlight) };
    case 'record-pdf-notice': {
      let recorded = false;
      await store.update(msg.tabId, (inv) => {
        if (inv) recorded = recordPdfNotice(inv, msg.url, msg.analysis, now);
      });
      return recorded ? { ok: true } : { ok: false, error: 'no-pdf-notice' };
    }
    case 'mark-refusal': {
      let marked = false;
      await store.update(msg.tabId, (inv) => {
        if (!inv) return;
        inv.refusalMarkedAt = now;
        inv.updatedAt = now;
        marked = true;
      });
      return marked ? { ok: true } : { ok: false, error: 'no-audit' };
    }
    case 'reset-audit': {
      await store.drop(msg.tabId);
      await store.flush();
      return { ok: true };
    }
    // A refused start or stop throws: registerMessages answers { ok: false, error } (and no tab is reloaded).
    case 'start-observing': {
      await observation.start(now, msg.tabId);
      if (msg.tabId !== undefined) {
        // The audit of this tab starts afresh, from the page's first request; loaded again without
        // a one-time sign-in credential its address may carry (a CAS ticket would be refused).
        await store.drop(msg.tabId);
        await store.flush();
        lastEventAt.delete(msg.tabId);
        const url = await browser.tabs.get(msg.tabId).then((t) => t.url, () => undefined);
        const clean = url ? reloadUrl(url) : null;
        await (clean ? browser.tabs.update(msg.tabId, { url: clean }) : browser.tabs.reload(msg.tabId)).catch(() => undefined);
      }
      return { ok: true };
    }
    case 'stop-observing': {
      await observation.stop();
      return { ok: true };
    }
  }
}

export function registerMessages(store: InventoryStore, checker: LinkChecker, observation: Observation, inFlight: RequestsInFlight): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const msg = parseMessage(raw);
    if (!msg) return Promise.resolve({ ok: false, error: 'invalid-message' });
    return handle(store, checker, observation, inFlight, msg, sender).catch((e: unknown) => ({ ok: false, error: String(e) }));
  });
}
