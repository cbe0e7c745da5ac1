/** The inventory of one audit, as tables. Strings are rendered as text, never as markup. */
import { useState } from 'preact/hooks';
import { exceedsThirteenMonths } from '../audit/months.ts';
import type { Category, Report, ReportCookie } from '../report/types.ts';
import { t } from '../shared/i18n.ts';
import { LifetimeChart } from './LifetimeChart.tsx';
import { formatLifetime } from './format.ts';

export { formatLifetime };

type SortKey = 'lifetime' | 'name' | 'domain';
const longest = (c: ReportCookie) => (c.session ? -1 : Math.max(c.declaredLifetimeDays ?? 0, c.storedLifetimeDays ?? 0));

/** The cookies shown: those whose name, domain or vendor contains the filter text, of the category chosen, in the order chosen. */
export function visibleCookies(cookies: ReportCookie[], filter: string, category: Category | '', sort: SortKey): ReportCookie[] {
  const q = filter.trim().toLowerCase();
  const keep = cookies.filter((c) => (!category || c.category === category) && (!q || `${c.name} ${c.domain} ${c.vendor ?? ''}`.toLowerCase().includes(q)));
  const by: Record<SortKey, (a: ReportCookie, b: ReportCookie) => number> = {
    lifetime: (a, b) => longest(b) - longest(a) || a.name.localeCompare(b.name),
    name: (a, b) => a.name.localeCompare(b.name),
    domain: (a, b) => a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name),
  };
  return [...keep].sort(by[sort]);
}

const days = formatLifetime;

function lifetime(c: ReportCookie): string {
  if (c.session) return t('sessionCookie');
  if (c.setAt === null && c.remainingDays !== null) return t('setBeforeAuditLeft', days(c.remainingDays));
  return `${days(c.declaredLifetimeDays)} / ${days(c.storedLifetimeDays)}`;
}

export function InventoryView({ report }: { report: Report }) {
  const [filter, setFilter] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const [sort, setSort] = useState<SortKey>('lifetime');
  /** The technical columns (how the cookie was set, its partition, the storage area) are shown on request. */
  const [technical, setTechnical] = useState(false);
  const categories = [...new Set(report.cookies.map((c) => c.category))].sort();
  const shown = visibleCookies(report.cookies, filter, category, sort);
  return (
    <div class="inventory">
      <p class="site">
        <strong id="site">{report.site}</strong> — {t('pagesCount', String(report.pages.length))}
      </p>
      <ul class="counts" aria-label={t('summary')}>
        <li>
          <span id="count-cookies">{report.cookies.length}</span> {t('cookies')}
        </li>
        <li>
          <span id="count-third-party-cookies">{report.cookies.filter((c) => c.party === 'third').length}</span> {t('thirdPartyCookies')}
        </li>
        <li>
          <span id="count-third-parties">{report.thirdParties.length}</span> {t('thirdPartyHosts')}
        </li>
        <li>
          <span id="count-storage">{report.storage.length}</span> {t('storageKeys')}
        </li>
      </ul>

      <section>
        <h2>{t('pages')}</h2>
        <ul id="pages">
          {report.pages.map((p) => (
            <li>
              <span class="role">{t('role_' + p.role)}</span> {p.title || p.url}
            </li>
          ))}
        </ul>
      </section>

      <LifetimeChart report={report} />

      <section>
        <h2>{t('cookies')}</h2>
        <div class="filters">
          <input id="cookie-filter" type="search" aria-label={t('filterCookies')} placeholder={t('filterCookies')} value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
          <select id="cookie-category" aria-label={t('colCategory')} value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value as Category | '')}>
            <option value="">{t('allCategories')}</option>
            {categories.map((c) => (
              <option value={c}>{t('cat_' + c)}</option>
            ))}
          </select>
          <label>
            {t('sortBy')}{' '}
            <select id="cookie-sort" value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as SortKey)}>
              <option value="lifetime">{t('sortLifetime')}</option>
              <option value="name">{t('sortName')}</option>
              <option value="domain">{t('sortDomain')}</option>
            </select>
          </label>
          <label title={t('technicalHelp')}>
            <input type="checkbox" id="technical-details" checked={technical} onChange={(e) => setTechnical((e.target as HTMLInputElement).checked)} /> {t('technicalDetails')}
          </label>
        </div>
        <table id="cookies">
          <thead>
            <tr>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colDomain')}</th>
              <th scope="col">{t('colParty')}</th>
              <th scope="col">{t('colCategory')}</th>
              <th scope="col" title={t('colLifetimeHelp')}>
                {t('colLifetime')}
              </th>
              {technical && (
                <th scope="col" title={t('colSourceHelp')}>
                  {t('colSource')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr data-cookie={c.name} class={exceedsThirteenMonths(c, Date.parse(report.finishedAt)) ? 'long' : ''}>
                <td>
                  {c.name}
                  {technical && c.partitioned && (
                    <span class="tag" title={t('partitionedHelp')}>
                      {' '}
                      {t('partitioned')}
                    </span>
                  )}
                </td>
                <td>{c.domain}</td>
                <td>{t(c.party === 'first' ? 'firstParty' : 'thirdParty')}</td>
                <td class={`cat-${c.category}`}>
                  {t('cat_' + c.category)}
                  {c.vendor && <span class="muted"> · {c.vendor}</span>}
                </td>
                <td class="lifetime">{lifetime(c)}</td>
                {technical && <td>{c.source === null ? '—' : t(c.source === 'http' ? 'sourceHttp' : 'sourceScript')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{t('thirdPartyHosts')}</h2>
        <table id="third-parties">
          <thead>
            <tr>
              <th scope="col">{t('colHost')}</th>
              <th scope="col">{t('colRequests')}</th>
            </tr>
          </thead>
          <tbody>
            {report.thirdParties.map((h) => (
              <tr>
                <td>{h.host}</td>
                <td>{h.requests}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{t('storageKeys')}</h2>
        <ul id="storage">
          {report.storage.map((s) => (
            <li>
              <code>{s.key}</code> — {s.origin}
              {technical && <span class="muted"> ({s.area})</span>}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>{t('footerLinks')}</h2>
        <ul id="links">
          {report.links.map((l) => (
            <li>
              {l.category && <span class="tag">[{t('linkcat_' + l.category.replace('-', '_'))}] </span>}
              {l.text || '—'} <span class="muted">{l.href}</span>
              {l.dead && <span class="tag"> {t('deadLink')}</span>}
              {l.inShadowDom && <span class="tag"> {t('inShadowDom')}</span>}
              {l.hidden && <span class="tag"> {t('hidden')}</span>}
            </li>
          ))}
        </ul>
      </section>

      {report.notes.length > 0 && (
        <section>
          <h2>{t('notes')}</h2>
          <ul id="notes">
            {report.notes.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
