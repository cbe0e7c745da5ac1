/**
 * `--scenarios`: the site again in fresh profiles, once refusing and once
 * accepting through the banner the extension found, each visited twice (the
 * choice stored, then honoured or not on the next page). Playwright clicks,
 * with real input events; the extension itself never clicks.
 */
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

export async function runScenario(opts: { id: 'reject' | 'accept'; url: string; extensionDir: string; browserArgs: string[]; timeoutMs: number; sandbox?: boolean }): Promise<{ scenario: ReportScenario; report: Report | null }> {
  const browser = await launchWithExtension({ extensionDir: opts.extensionDir, extraArgs: opts.browserArgs, sandbox: opts.sandbox ?? true });
  const clicked: string[] = [];
  try {
    const ext = await connect(browser.context);
    const { tabId, page } = await ext.openTab(opts.url);
    await waitForSettle(ext, tabId, page, { expectedPages: 1, timeoutMs: opts.timeoutMs / 2 });
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

/** Runs the reject and accept scenarios and merges them into the main (no-interaction) report. */
export async function withScenarios(main: Report, opts: { url: string; extensionDir: string; browserArgs: string[]; timeoutMs: number; sandbox?: boolean; onScenario?: (id: 'reject' | 'accept') => void }): Promise<Report> {
  const runs = [];
  for (const id of ['reject', 'accept'] as const) {
    opts.onScenario?.(id);
    runs.push(await runScenario({ ...opts, id }).catch((e: unknown) => ({ scenario: scenarioOf(id, null, [], errorLine(e)), report: null })));
  }
  return mergeScenarios(main, runs);
}
