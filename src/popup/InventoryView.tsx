/** The inventory of one audit, as tables. Strings are rendered as text, never as markup. */
import type { Report, ReportCookie } from '../report/types.ts';
import { t } from '../shared/i18n.ts';

/** A lifetime in the unit a person reads best: minutes, hours, then days. */
export function formatLifetime(d: number | null): string {
  if (d === null) return '—';
  if (d < 1 / 24) return t('minutesValue', String(Math.max(1, Math.round(d * 1440))));
  if (d < 1) return t('hoursValue', String(Math.round(d * 24)));
  return t('daysValue', String(Math.round(d)));
}
const days = formatLifetime;

function lifetime(c: ReportCookie): string {
  if (c.session) return t('sessionCookie');
  return `${days(c.declaredLifetimeDays)} / ${days(c.storedLifetimeDays)}`;
}

export function InventoryView({ report }: { report: Report }) {
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

      <section>
        <h2>{t('cookies')}</h2>
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
              <th scope="col">{t('colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {report.cookies.map((c) => (
              <tr data-cookie={c.name} class={c.declaredLifetimeDays !== null && c.declaredLifetimeDays > 396 ? 'long' : ''}>
                <td>
                  {c.name}
                  {c.partitioned && <span class="tag"> {t('partitioned')}</span>}
                </td>
                <td>{c.domain}</td>
                <td>{t(c.party === 'first' ? 'firstParty' : 'thirdParty')}</td>
                <td class={`cat-${c.category}`}>
                  {t('cat_' + c.category)}
                  {c.vendor && <span class="muted"> · {c.vendor}</span>}
                </td>
                <td class="lifetime">{lifetime(c)}</td>
                <td>{c.source === null ? '—' : t(c.source === 'http' ? 'sourceHttp' : 'sourceScript')}</td>
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
              <code>{s.key}</code> — {s.area} ({s.origin})
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
