/**
 * The command line's `--scenarios`, the pure part: what to click for each
 * scenario (from the banner the extension reported), what each scenario
 * observed (from the extension's report of it), and how they are merged into
 * the main report. The clicking itself is the command line's (src/cli).
 */
import { cmpById } from '../knowledge/cmps.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { KNOWLEDGE } from '../knowledge/index.ts';
import type { Report, ReportBanner, ReportScenario } from '../report/types.ts';
import { refusalFromScenarios } from './rules/consent-refusal-honoured.ts';

export type ScenarioId = ReportScenario['id'];

/** One click: a selector the extension reported, or "the reject control of the panel that opened" (found by its text). */
export type ClickStep = { selector: string; text: string } | { secondLayer: 'reject'; selector: string | null };

export function clickPlan(banner: ReportBanner | null, id: Exclude<ScenarioId, 'none'>): { steps: ClickStep[] } | { error: string } {
  if (!banner?.detected || !banner.visible) return { error: 'aucun bandeau affiché / no banner shown' };
  const pick = (role: 'accept' | 'reject' | 'settings') => banner.controls.find((c) => c.role === role && c.visible && c.selector);
  if (id === 'accept') {
    const a = pick('accept');
    return a ? { steps: [{ selector: a.selector!, text: a.text }] } : { error: "aucun bouton d'acceptation au premier niveau / no accept control on the first layer" };
  }
  const r = pick('reject');
  if (r) return { steps: [{ selector: r.selector!, text: r.text }] };
  const s = pick('settings');
  if (s) return { steps: [{ selector: s.selector!, text: s.text }, { secondLayer: 'reject', selector: cmpById(banner.cmp)?.rejectSecondLayer ?? null }] };
  return { error: 'aucun bouton de refus ni de personnalisation / no reject nor settings control' };
}

const describeCookie = (c: Report['cookies'][number]) => `cookie ${c.name} (${c.domain})`;
const describeKey = (s: Report['storage'][number]) => `${s.area} ${s.key} (${s.origin})`;

/** What a scenario observed, from the extension's report of it. */
export function scenarioOf(id: ScenarioId, report: Report | null, clicked: string[], error: string | null = null): ReportScenario {
  if (!report) return { id, ran: false, clicked, error, trackersAfterChoice: [], trackers: [], consentCookie: null };
  const cookies = report.cookies.filter((c) => c.needsConsent === true);
  const storage = report.storage.filter((s) => s.needsConsent === true);
  const hosts = report.thirdParties.filter((t) => t.needsConsent === true);
  const after = id === 'none' ? [] : [...cookies.filter((c) => !c.setBeforeConsent).map(describeCookie), ...storage.filter((s) => !s.setBeforeConsent).map(describeKey), ...hosts.filter((t) => t.seenAfterInteraction).map((t) => t.host)];
  return {
    id,
    ran: error === null,
    clicked,
    error,
    trackersAfterChoice: after,
    trackers: [...cookies.map(describeCookie), ...storage.map(describeKey), ...hosts.map((t) => t.host)],
    consentCookie: report.banner?.consentCookie ?? null,
  };
}

/**
 * Into the main report (the no-interaction audit): the scenarios, the
 * refusal finding they decide, and the choice lifetime observed after a
 * choice when the main audit could only give the CMP's default.
 */
export function mergeScenarios(main: Report, runs: { scenario: ReportScenario; report: Report | null }[], k: Knowledge = KNOWLEDGE): Report {
  const scenarios = [scenarioOf('none', main, []), ...runs.map((r) => r.scenario)];
  const findings = main.findings.map((f) => (f.rule === 'consent.refusal-honoured' ? refusalFromScenarios(k, scenarios) : f));
  const lifetimeAt = findings.findIndex((f) => f.rule === 'consent.choice-lifetime');
  const observed = runs.map((r) => ({ id: r.scenario.id, f: r.report?.findings.find((x) => x.rule === 'consent.choice-lifetime'), b: r.report?.banner })).find((x) => x.f && x.f.status !== 'manual' && x.f.status !== 'na' && x.b?.consentStorage?.observed);
  let banner = main.banner;
  if (lifetimeAt >= 0 && findings[lifetimeAt]!.status === 'manual' && observed?.f) {
    const note = { fr: `observé après le scénario « ${observed.id} »`, en: `observed after the "${observed.id}" scenario` };
    findings[lifetimeAt] = { ...observed.f, evidence: [...observed.f.evidence, note.fr], en: { ...observed.f.en, evidence: [...observed.f.en.evidence, note.en] } };
    if (banner && observed.b) banner = { ...banner, consentStorage: observed.b.consentStorage, consentCookie: observed.b.consentCookie };
  }
  return { ...main, banner, findings, scenarios };
}
