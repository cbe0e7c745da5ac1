/**
 * The path of an ENT audit (report.coverage): the home page, the login page,
 * a page after login, the notice and a new visit of a page already seen (for
 * renewals), each ticked once seen, ending in "Audit complet"; and a way to
 * open the login page the site links to when it has not been seen (kit ENT
 * §2.2 names the home and the login page). Témoin never clicks on its own:
 * the button is the référent's.
 */
import type { ReportCoverage } from '../report/types.ts';

type PageUrl = { url: string };
import { t } from '../shared/i18n.ts';

const STEPS: { key: keyof Omit<ReportCoverage, 'loginEntry'>; label: string }[] = [
  { key: 'home', label: 'pathHome' },
  { key: 'login', label: 'pathLogin' },
  { key: 'portal', label: 'pathPortal' },
  { key: 'notice', label: 'pathNotice' },
];

/** A page shown again (a reload, a return): what renewals are judged on. */
export const revisited = (pages: readonly PageUrl[]): boolean => pages.some((p, i) => pages.findIndex((q) => q.url === p.url) < i);

export function AuditPath({ coverage, pages = [], onOpenLogin, canOpenLogin }: { coverage: ReportCoverage | undefined; pages?: readonly PageUrl[]; onOpenLogin: () => void; canOpenLogin: boolean }) {
  if (!coverage) return null;
  const again = revisited(pages);
  const missing = STEPS.filter((s) => coverage[s.key] === null).length + (again ? 0 : 1);
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
        <li data-step="revisit" class={again ? 'seen' : 'missing'}>
          <span aria-hidden="true">{again ? '✓' : '○'}</span> {t('pathRevisit')} — <span class="muted">{t(again ? 'pathSeen' : 'pathMissing')}</span>
        </li>
      </ol>
      <p id="audit-complete" class={missing ? 'muted' : 'complete'}>
        {missing ? t('pathIncomplete', String(missing)) : t('pathComplete')}
      </p>
    </section>
  );
}
