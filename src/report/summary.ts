/**
 * What a référent reads first, the same in the popup, the full report and
 * the printed one: one sentence of conclusion, then the demands to make of
 * the vendor or the collectivité (the distinct actions of the failing
 * findings, most serious first, each with the findings that prove it), then
 * what to check oneself (manual checks), then the rest; and the texts they
 * apply, numbered once for the whole report (a finding cites their numbers).
 */
import type { Finding, Report, ReportCoverage, Severity } from './types.ts';

/** The steps of an ENT audit, in order: the home page, the login page, a page after login, the notice, a new visit (for renewals). */
export type PathStep = keyof Omit<ReportCoverage, 'loginEntry'> | 'revisit';
export const PATH_STEPS: readonly PathStep[] = ['home', 'login', 'portal', 'notice', 'revisit'];

/** A page shown again (a reload, a return): what renewals are judged on. */
export const revisited = (pages: readonly { url: string }[]): boolean => pages.some((p, i) => pages.findIndex((q) => q.url === p.url) < i);

/** Which steps of the path the audit saw; null for a report without coverage (before 1.6.0). */
export function pathSeen(r: Pick<Report, 'coverage' | 'pages'>): Record<PathStep, boolean> | null {
  const c = r.coverage;
  if (!c) return null;
  return { home: c.home !== null, login: c.login !== null, portal: c.portal !== null, notice: c.notice !== null, revisit: revisited(r.pages) };
}

export interface Demand {
  /** What to ask for, in the reader's language (a finding's "what to do"). */
  action: string;
  status: 'fail' | 'warn';
  severity: Severity;
  /** The findings that call for it (their evidence is one click away). */
  findings: Finding[];
}

export interface ReportSummary {
  tone: 'fail' | 'warn' | 'ok';
  headline: string;
  demands: Demand[];
  manual: Finding[];
  /** No breach observed. */
  passed: Finding[];
  /** The texts the findings apply, each cited once and numbered in the order a reader meets them (demands, manual checks, the rest). */
  references: Map<string, number>;
}

const SEVERITY: readonly Severity[] = ['high', 'medium', 'low', 'info'];
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function reportSummary(r: Report, lang: 'fr' | 'en'): ReportSummary {
  const en = lang === 'en';
  const byAction = new Map<string, Demand>();
  for (const f of r.findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    const text = en ? f.en : f;
    const action = (text.fix || text.title).trim();
    const d = byAction.get(action);
    if (!d) byAction.set(action, { action, status: f.status, severity: f.severity, findings: [f] });
    else {
      d.findings.push(f);
      if (f.status === 'fail') d.status = 'fail';
      if (SEVERITY.indexOf(f.severity) < SEVERITY.indexOf(d.severity)) d.severity = f.severity;
    }
  }
  const demands = [...byAction.values()].sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) || SEVERITY.indexOf(a.severity) - SEVERITY.indexOf(b.severity));
  const manual = r.findings.filter((f) => f.status === 'manual');
  const passed = r.findings.filter((f) => f.status === 'pass');
  const fails = demands.filter((d) => d.status === 'fail').length;
  const tone: ReportSummary['tone'] = fails ? 'fail' : demands.length ? 'warn' : 'ok';
  const checks = manual.length ? (en ? `; ${plural(manual.length, 'check', 'checks')} for you to make` : ` ; ${plural(manual.length, 'vérification', 'vérifications')} à faire vous-même`) : '';
  const headline =
    tone === 'ok'
      ? en
        ? `No breach observed on ${r.site}${checks}.`
        : `Aucun manquement observé sur ${r.site}${checks}.`
      : en
        ? `${plural(fails || demands.length, fails ? 'point to fix' : 'point to review', fails ? 'points to fix' : 'points to review')} on ${r.site}${fails && demands.length > fails ? `, ${demands.length - fails} to review` : ''}${checks}.`
        : `${plural(fails || demands.length, fails ? 'point à corriger' : 'point à examiner', fails ? 'points à corriger' : 'points à examiner')} sur ${r.site}${fails && demands.length > fails ? `, ${demands.length - fails} à examiner` : ''}${checks}.`;
  const references = new Map<string, number>();
  for (const f of [...demands.flatMap((d) => d.findings), ...manual, ...passed]) for (const x of f.references) if (!references.has(x)) references.set(x, references.size + 1);
  return { tone, headline, demands, manual, passed, references };
}
