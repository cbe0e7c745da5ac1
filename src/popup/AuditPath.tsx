/**
 * The path of an ENT audit (report.coverage): the home page, the login page,
 * a page after login and the notice, each ticked once seen, and a way to
 * open the login page the site links to when it has not been seen (kit ENT
 * §2.2 names the home and the login page). Témoin never clicks on its own:
 * the button is the référent's.
 */
import type { ReportCoverage } from '../report/types.ts';
import { t } from '../shared/i18n.ts';

const STEPS: { key: keyof Omit<ReportCoverage, 'loginEntry'>; label: string }[] = [
  { key: 'home', label: 'pathHome' },
  { key: 'login', label: 'pathLogin' },
  { key: 'portal', label: 'pathPortal' },
  { key: 'notice', label: 'pathNotice' },
];

export function AuditPath({ coverage, onOpenLogin, canOpenLogin }: { coverage: ReportCoverage | undefined; onOpenLogin: () => void; canOpenLogin: boolean }) {
  if (!coverage) return null;
  return (
    <section id="audit-path" aria-labelledby="audit-path-title">
      <h2 id="audit-path-title">{t('pathTitle')}</h2>
      <ol class="path">
        {STEPS.map((s) => {
          const seen = coverage[s.key] !== null;
          return (
            <li data-step={s.key} class={seen ? 'seen' : 'missing'}>
              <span aria-hidden="true">{seen ? '✓' : '○'}</span> {t(s.label)} — <span class="muted">{t(seen ? 'pathSeen' : 'pathMissing')}</span>
              {s.key === 'login' && !seen && coverage.loginEntry && canOpenLogin && (
                <>
                  {' '}
                  <button type="button" id="open-login" onClick={onOpenLogin} title={coverage.loginEntry.href}>
                    {t('openLogin')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
