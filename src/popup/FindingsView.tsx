/** The findings of the audit: counts by status, then, in three sections (information, consent, cookies and trackers), each finding with its evidence, what to do, and the texts it applies. */
import type { Finding, Report } from '../report/types.ts';
import { STATUS_ORDER } from '../report/status.ts';
import { t } from '../shared/i18n.ts';


/** The three sections of the popup, by rule family. */
const SECTIONS = [
  { id: 'information', label: 'sectionInformation', prefix: 'info.' },
  { id: 'consent', label: 'sectionConsent', prefix: 'consent.' },
  { id: 'cookies', label: 'sectionCookies', prefix: 'cookies.' },
] as const;

function findingItem(f: Finding, lang: 'fr' | 'en') {
  const text = lang === 'en' ? f.en : f;
  return (
    <li class={`finding status-${f.status}`} data-rule={f.rule}>
      <details>
        <summary>
          <span class="badge">{t(`badge_${f.status}`)}</span> {text.title}
        </summary>
        {text.evidence.length > 0 && (
          <ul class="evidence">
            {text.evidence.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        )}
        {text.fix && (
          <p class="fix">
            <strong>{t('whatToDo')}</strong> {text.fix}
          </p>
        )}
        <p class="refs">
          <strong>{t('references')}</strong> <span class="muted">({t('rule')} <code>{f.rule}</code>)</span>
        </p>
        <ul class="refs">
          {f.references.map((r) => (
            <li>{r}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}

export function FindingsView({ report, lang }: { report: Report; lang: 'fr' | 'en' }) {
  const findings = [...report.findings].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const count = (s: Finding['status']) => report.findings.filter((f) => f.status === s).length;
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t('findings')}</h2>
      <ul class="verdict" id="verdict">
        {(['fail', 'warn', 'manual', 'pass'] as const).map((s) => (
          <li class={`status-${s}`}>
            <span id={`count-${s}`}>{count(s)}</span> {t(`status_${s}`)}
          </li>
        ))}
      </ul>
      {SECTIONS.map(({ id, label, prefix }) => {
        const list = findings.filter((f) => f.status !== 'na' && f.rule.startsWith(prefix));
        if (!list.length) return null;
        return (
          <div class="findings-section" id={`section-${id}`}>
            <h3>{t(label)}</h3>
            <ul class="findings">{list.map((f) => findingItem(f, lang))}</ul>
          </div>
        );
      })}
    </section>
  );
}
