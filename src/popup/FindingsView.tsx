/**
 * The findings of the audit as a référent reads them (report/summary.ts): one
 * sentence of conclusion, the counts, what to ask the vendor or the
 * collectivité (each demand opens on the findings that prove it: evidence,
 * what to do, the numbers of the texts it applies), what to check oneself,
 * the rest folded, and the texts applied, each cited once.
 */
import type { Finding, Report } from '../report/types.ts';
import { reportSummary } from '../report/summary.ts';
import { t } from '../shared/i18n.ts';

function findingItem(f: Finding, lang: 'fr' | 'en', refs: Map<string, number>) {
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
          <strong>{t('references')}</strong>{' '}
          {f.references.map((r) => (
            <a class="ref" href={`#ref-${refs.get(r)}`} title={r} onClick={() => document.getElementById('references')?.setAttribute('open', '')}>
              [{refs.get(r)}]
            </a>
          ))}{' '}
          <span class="muted">
            ({t('rule')} <code>{f.rule}</code>)
          </span>
        </p>
      </details>
    </li>
  );
}

export function FindingsView({ report, lang }: { report: Report; lang: 'fr' | 'en' }) {
  const summary = reportSummary(report, lang);
  const count = (s: Finding['status']) => report.findings.filter((f) => f.status === s).length;
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title" class={`headline tone-${summary.tone}`}>
        {summary.headline}
      </h2>
      <ul class="verdict" id="verdict">
        {(['fail', 'warn', 'manual', 'pass'] as const).map((s) => (
          <li class={`status-${s}`}>
            <span id={`count-${s}`}>{count(s)}</span> {t(`status_${s}`)}
          </li>
        ))}
      </ul>
      {summary.demands.length > 0 && (
        <div id="demands">
          <h3>{t('demandsTitle')}</h3>
          <ol class="demands">
            {summary.demands.map((d) => (
              <li class={`demand status-${d.status}`}>
                <details>
                  <summary>{d.action}</summary>
                  <ul class="findings">{d.findings.map((f) => findingItem(f, lang, summary.references))}</ul>
                </details>
              </li>
            ))}
          </ol>
        </div>
      )}
      {summary.manual.length > 0 && (
        <div id="manual-checks">
          <h3>{t('manualTitle')}</h3>
          <ul class="findings">{summary.manual.map((f) => findingItem(f, lang, summary.references))}</ul>
        </div>
      )}
      {summary.passed.length > 0 && (
        <details id="passed">
          <summary>{t('passedTitle', String(summary.passed.length))}</summary>
          <ul class="findings">{summary.passed.map((f) => findingItem(f, lang, summary.references))}</ul>
        </details>
      )}
      {summary.references.size > 0 && (
        <details id="references">
          <summary>{t('referencesTitle', String(summary.references.size))}</summary>
          <ol class="refs">
            {[...summary.references.entries()].map(([text, n]) => (
              <li id={`ref-${n}`} value={n}>
                {text}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
