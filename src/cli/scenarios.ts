/**
 * `--scenarios`: the site again in fresh profiles, once refusing and once
 * accepting through the banner the extension found, each visited twice (the
 * choice stored, then honoured or not on the next page). Playwright clicks,
 * with real input events; the extension itself never clicks.
 */
import { availableParallelism } from 'node:os';
import type { Page } from 'playwright-core';
import { controlRole } from '../audit/banner.ts';
import { clickPlan, mergeScenarios, scenarioOf, type ClickStep } from '../audit/scenarios.ts';
import type { Report, ReportScenario } from '../report/types.ts';
import { launchWithExtension } from './chromium.ts';
import { connect, getReport, waitForSettle } from './driver.ts';
import { errorLine } from './run-audit.ts';
import { SCENARIO_CANDIDATES } from '../shared/limits.ts';

const CONTROLS = 'button, a[href], [role="button" i], input[type="button" i], input[type="submit" i]';

/** Clicks one step; returns the text of what was clicked. */
async function click(page: Page, step: ClickStep): Promise<string> {
  if ('text' in step) {
    await page.locator(step.selector).first().click({ timeout: 5000 });
    return step.text;
  }
  await page.waitForTimeout(800); // the panel opens (CMPs animate it)
  if (step.selector) {
    const known = page.locator(step.selector).first();
    if (await known.isVisible().catch(() => false)) {
      const text = ((await known.innerText().catch(() => '')) || step.selector).trim();
      await known.click({ timeout: 5000 });
      return text;
    }
  }
  // The panel's reject control, found by its text among the visible controls.
  const all = await page.locator(CONTROLS).all();
  for (const c of all.slice(0, SCENARIO_CANDIDATES)) {
    if (!(await c.isVisible().catch(() => false))) continue;
    const text = ((await c.innerText().catch(() => '')) || (await c.getAttribute('aria-label').catch(() => '')) || '').trim();
    if (text && controlRole(text) === 'reject') {
      await c.click({ timeout: 5000 });
      return text;
    }
  }
  throw new Error('aucun bouton de refus dans le panneau de personnalisation / no reject control in the settings panel');
}

/** `onReady`: Chromium and the extension's worker have started, or failed to. */
export async function runScenario(opts: { id: 'reject' | 'accept'; url: string; extensionDir: string; browserArgs: string[]; timeoutMs: number; sandbox?: boolean; onReady?: () => void }): Promise<{ scenario: ReportScenario; report: Report | null }> {
  const browser = await launchWithExtension({ extensionDir: opts.extensionDir, extraArgs: opts.browserArgs, sandbox: opts.sandbox ?? true }).catch((e: unknown) => {
    opts.onReady?.();
    throw e;
  });
  const clicked: string[] = [];
  try {
    const ext = await connect(browser.context).finally(() => opts.onReady?.());
    const { tabId, page } = await ext.openTab(opts.url);
    // Until the banner to click shows (and the page is quiet), not the whole minimum window: what
    // the page does before the click is the audit's to judge, and nothing set later escapes this
    // profile, whose watching goes on after the click and on the next page.
    await waitForSettle(ext, tabId, page, { expectedPages: 1, timeoutMs: opts.timeoutMs / 2, enoughWhen: (s) => s.bannerShown });
    const plan = clickPlan((await getReport(ext, tabId)).banner, opts.id);
    if ('error' in plan) return { scenario: scenarioOf(opts.id, null, clicked, plan.error), report: null };
    try {
      for (const step of plan.steps) clicked.push(await click(page, step));
    } catch (e) {
      return { scenario: scenarioOf(opts.id, null, clicked, errorLine(e)), report: null };
    }
    await waitForSettle(ext, tabId, page, { expectedPages: 1, timeoutMs: opts.timeoutMs / 2 });
    await page.reload({ timeout: opts.timeoutMs / 2 }).catch(() => undefined);
    await waitForSettle(ext, tabId, page, { expectedPages: 2, timeoutMs: opts.timeoutMs / 2 });
    const report = await getReport(ext, tabId);
    return { scenario: scenarioOf(opts.id, report, clicked), report };
  } finally {
    await browser.close();
  }
}

export interface ScenarioOptions {
  url: string;
  extensionDir: string;
  browserArgs: string[];
  timeoutMs: number;
  sandbox?: boolean;
  onScenario?: (id: 'reject' | 'accept') => void;
}
type ScenarioRun = Awaited<ReturnType<typeof runScenario>>;

/** A one-time signal: `fired` settles the first time `fire` is called (later calls do nothing). */
function signal(): { fired: Promise<void>; fire: () => void } {
  let fire = (): void => undefined;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fired, fire };
}

/** The reject and accept scenarios, side by side or one after the other; a scenario that fails says why in the report, never fails the audit. */
function runScenarios(opts: ScenarioOptions, sideBySide: boolean, onReady?: () => void): Promise<ScenarioRun[]> {
  const one = (id: 'reject' | 'accept', ready?: () => void): Promise<ScenarioRun> => {
    opts.onScenario?.(id);
    return runScenario({ ...opts, id, onReady: ready }).catch((e: unknown) => ({ scenario: scenarioOf(id, null, [], errorLine(e)), report: null }));
  };
  if (!sideBySide) return (async () => [await one('reject'), await one('accept')])();
  // Starting Chromium and its extension is the busy part: one browser at a time, the watching overlaps.
  // Accept first: accepting starts the site's tags, whose timers keep its visits for their whole window.
  const accepting = signal();
  const accept = one('accept', accepting.fire);
  const reject = accepting.fired.then(() => one('reject', onReady));
  return Promise.all([reject, accept]);
}

/**
 * Whether the three browsers of `--scenarios` run at once: each profile is
 * its own Chromium, mostly waiting out its observation windows, so two cores
 * are enough to overlap them.
 */
export const scenariosSideBySide = (): boolean => availableParallelism() >= 2;

/**
 * The audit (no interaction) and its reject and accept scenarios, merged into
 * the audit's report. Side by side (`sideBySide`), each runs in its own fresh
 * profile at the same time, their browsers started one after the other; a
 * failed audit still fails.
 */
export async function auditWithScenarios(audit: () => Promise<Report>, opts: ScenarioOptions, sideBySide = scenariosSideBySide()): Promise<Report> {
  if (!sideBySide) {
    const main = await audit();
    return mergeScenarios(main, await runScenarios(opts, false));
  }
  const ready = signal();
  const runs = runScenarios(opts, true, ready.fire);
  try {
    await ready.fired;
    return mergeScenarios(await audit(), await runs);
  } finally {
    await runs; // never leave a browser running behind a failed audit
  }
}
