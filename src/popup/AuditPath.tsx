/**
 * The path of an ENT audit (report.coverage): the home page, the login page,
 * a page after login, the notice and a new visit of a page already seen (for
 * renewals), each ticked once seen, ending in "Audit complet". A step not yet
 * seen offers a way to open it in the audited tab when the site gives one:
 * its home, the login page or the notice its pages link to, the same page
 * again. The page after login is the référent's own step (logging in).
 * Témoin never clicks on its own: the button is the référent's.
 */
import type { Report } from '../report/types.ts';
import { PATH_STEPS, pathSeen, type PathStep } from '../report/summary.ts';
import type { OpenStep } from '../shared/messages.ts';
import { noticeKind, type LinkCategory } from '../audit/links.ts';
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';

/** What the popup says of each step (its order is PATH_STEPS'): its label, the button that opens it, or a hint. */
const STEP_TEXT: Record<PathStep, { label: string; open?: string; hint?: string }> = {
  home: { label: 'pathHome', open: 'openHome' },
  login: { label: 'pathLogin', open: 'openLogin' },
  portal: { label: 'pathPortal', hint: 'pathPortalHint' },
  notice: { label: 'pathNotice', open: 'openNotice' },
  revisit: { label: 'pathRevisit', open: 'openRevisit' },
};

/** Whether the site gives a way to open a step not yet seen (the notice: a footer link to it was seen). */
export function canOpen(step: PathStep, report: Pick<Report, 'coverage' | 'links'>): step is OpenStep {
  if (step === 'login') return !!report.coverage?.loginEntry;
  if (step === 'notice') return report.links.some((l) => !l.dead && noticeKind(l.category as LinkCategory | null) === 'notice');
  return step === 'home' || step === 'revisit';
}

export function AuditPath({ report, onOpen, canNavigate }: { report: Pick<Report, 'coverage' | 'links' | 'pages'>; onOpen: (step: OpenStep) => Promise<boolean> | boolean | void; canNavigate: boolean }) {
  /** A step the page in the tab gave no link to (the link was seen on another page of the site). */
  const [notFound, setNotFound] = useState<OpenStep | null>(null);
  const path = pathSeen(report);
  if (!path) return null;
  const open = async (step: OpenStep) => {
    setNotFound(null);
    if ((await onOpen(step)) === false) setNotFound(step);
  };
  const missing = PATH_STEPS.filter((k) => !path[k]).length;
  return (
    <section id="audit-path" aria-labelledby="audit-path-title">
      <h2 id="audit-path-title">{t('pathTitle')}</h2>
      <ol class="path">
        {PATH_STEPS.map((key) => {
          const s = STEP_TEXT[key];
          const ok = path[key];
          return (
            <li data-step={key} class={ok ? 'seen' : 'missing'}>
              <span aria-hidden="true">{ok ? '✓' : '○'}</span> {t(s.label)} — <span class="muted">{t(ok ? 'pathSeen' : 'pathMissing')}</span>
              {!ok && canNavigate && s.open && canOpen(key, report) && (
                <>
                  {' '}
                  <button type="button" id={`open-${key}`} class="secondary" onClick={() => void open(key)}>
                    {t(s.open)}
                  </button>
                </>
              )}
              {!ok && s.hint && <span class="muted hint"> {t(s.hint)}</span>}
              {notFound === key && (
                <p role="alert" class="error" id="open-step-failed">
                  {t('openStepFailed')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <p id="audit-complete" class={missing ? 'muted' : 'complete'}>
        {missing ? t('pathIncomplete', String(missing)) : t('pathComplete')}
      </p>
    </section>
  );
}
