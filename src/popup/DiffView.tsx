/** What changed since a previous report the user chose, named by its date, time and pages: what got worse (red), what got better (green), then the details. Text only. */
import type { DiffLine, ReportDiff } from '../report/diff.ts';
import { t } from '../shared/i18n.ts';
import { localDateTime } from '../report/html.ts';

function List({ id, title, items, sign }: { id: string; title: string; items: string[]; sign: '+' | '−' | '~' }) {
  if (!items.length) return null;
  return (
    <div id={id}>
      <h3>
        {title} ({items.length})
      </h3>
      <ul>
        {items.slice(0, 100).map((x) => (
          <li>
            {sign} {x}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function DiffView({ diff, lang = 'fr' }: { diff: ReportDiff; lang?: 'fr' | 'en' }) {
  const status = (s: string) => t(`status_${s}`);
  const line = (x: DiffLine) => (x.from === undefined && x.to === undefined ? x.text : `${x.text} : ${x.from ? status(x.from) : '—'} → ${x.to ? status(x.to) : '—'}`);
  const nothing =
    !diff.cookies.added.length && !diff.cookies.removed.length && !diff.cookies.lifetimeChanged.length && !diff.storage.added.length && !diff.storage.removed.length && !diff.hosts.added.length && !diff.hosts.removed.length && !diff.findings.changed.length && !diff.findings.added.length && !diff.findings.removed.length;
  return (
    <section id="diff" aria-labelledby="diff-title">
      <h2 id="diff-title">{t('diffTitle', [diff.previous.site, localDateTime(diff.previous.finishedAt, lang), diff.previous.pages === null ? '?' : String(diff.previous.pages)])}</h2>
      {!diff.sameSite && <p class="error">{t('diffOtherSite')}</p>}
      {nothing && <p id="diff-none">{t('diffNothing')}</p>}
      {diff.worse.length > 0 && (
        <div id="diff-worse" class="worse">
          <h3>{t('diffWorse')} ({diff.worse.length})</h3>
          <ul>{diff.worse.slice(0, 100).map((x) => <li>{line(x)}</li>)}</ul>
        </div>
      )}
      {diff.better.length > 0 && (
        <div id="diff-better" class="better">
          <h3>{t('diffBetter')} ({diff.better.length})</h3>
          <ul>{diff.better.slice(0, 100).map((x) => <li>{line(x)}</li>)}</ul>
        </div>
      )}
      <List id="diff-findings-changed" title={t('diffFindingsChanged')} sign="~" items={diff.findings.changed.map((f) => `${f.title} : ${status(f.from)} → ${status(f.to)}`)} />
      <List id="diff-findings-added" title={t('diffFindingsAdded')} sign="+" items={diff.findings.added.map((f) => `${f.title} (${status(f.to)})`)} />
      <List id="diff-findings-removed" title={t('diffFindingsRemoved')} sign="−" items={diff.findings.removed.map((f) => `${f.title} (${status(f.from)})`)} />
      <List id="diff-cookies-added" title={t('diffCookiesAdded')} sign="+" items={diff.cookies.added} />
      <List id="diff-cookies-removed" title={t('diffCookiesRemoved')} sign="−" items={diff.cookies.removed} />
      <List id="diff-cookies-lifetime" title={t('diffCookiesLifetime')} sign="~" items={diff.cookies.lifetimeChanged} />
      <List id="diff-hosts-added" title={t('diffHostsAdded')} sign="+" items={diff.hosts.added} />
      <List id="diff-hosts-removed" title={t('diffHostsRemoved')} sign="−" items={diff.hosts.removed} />
      <List id="diff-storage-added" title={t('diffStorageAdded')} sign="+" items={diff.storage.added} />
      <List id="diff-storage-removed" title={t('diffStorageRemoved')} sign="−" items={diff.storage.removed} />
    </section>
  );
}
