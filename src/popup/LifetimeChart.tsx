/**
 * The picture of lifetimes: one bar per cookie with an expiry, the lifetime
 * the site asked for (declared) over the one the browser kept (stored,
 * capped at 400 days), against the 13-month line, so that long-lived cookies
 * stand out at a glance. Plain SVG; every label is text.
 */
import type { Report } from '../report/types.ts';
import { t } from '../shared/i18n.ts';
import { formatLifetime } from './format.ts';
import { exceedsThirteenMonths, thirteenMonthsInDays } from '../audit/months.ts';
const ROW = 16;
const LABEL = 170;
const WIDTH = 560;

export function LifetimeChart({ report }: { report: Report }) {
  const rows = report.cookies
    .filter((c) => !c.session && (c.declaredLifetimeDays ?? c.storedLifetimeDays) !== null)
    .map((c) => ({ c, days: Math.max(c.declaredLifetimeDays ?? 0, c.storedLifetimeDays ?? 0) }))
    .sort((a, b) => b.days - a.days);
  if (!rows.length) return null;
  // 13 calendar months from the audit's day: the limit of a consent-exempt audience cookie.
  const THIRTEEN_MONTHS_DAYS = thirteenMonthsInDays(Date.parse(report.startedAt));
  const now = Date.parse(report.finishedAt);
  const max = Math.max(THIRTEEN_MONTHS_DAYS * 1.1, ...rows.map((r) => r.days));
  const x = (d: number) => LABEL + (Math.max(0, d) / max) * (WIDTH - LABEL - 10);
  const height = rows.length * ROW + 24;
  return (
    <section>
      <h2>{t('lifetimeChart')}</h2>
      <svg id="lifetime-chart" role="img" aria-label={t('lifetimeChartHelp')} viewBox={`0 0 ${WIDTH} ${height}`} width="100%">
        {rows.map(({ c, days }, i) => {
          const y = i * ROW + 4;
          const long = exceedsThirteenMonths(c, now);
          return (
            <g class={long ? 'bar long' : 'bar'} data-cookie={c.name}>
              <text x={LABEL - 6} y={y + 10} text-anchor="end">
                {c.name.length > 26 ? `${c.name.slice(0, 25)}…` : c.name}
              </text>
              {c.declaredLifetimeDays !== null && <rect class="declared" x={LABEL} y={y + 1} width={x(c.declaredLifetimeDays) - LABEL} height={6} />}
              {c.storedLifetimeDays !== null && <rect class="stored" x={LABEL} y={y + 7} width={x(c.storedLifetimeDays) - LABEL} height={5} />}
              <text class="value" x={Math.min(x(days) + 4, WIDTH - 30)} y={y + 10}>
                {formatLifetime(days)}
              </text>
              <title>{`${c.name} (${c.domain}) — ${t('declared')} ${c.declaredLifetimeDays === null ? '—' : Math.round(c.declaredLifetimeDays)} / ${t('stored')} ${c.storedLifetimeDays === null ? '—' : Math.round(c.storedLifetimeDays)}`}</title>
            </g>
          );
        })}
        <line class="limit" x1={x(THIRTEEN_MONTHS_DAYS)} x2={x(THIRTEEN_MONTHS_DAYS)} y1={0} y2={height - 14} />
        <text class="limit-label" x={x(THIRTEEN_MONTHS_DAYS)} y={height - 3} text-anchor="middle">
          {t('thirteenMonths')}
        </text>
      </svg>
      <p class="muted legend">
        <span class="swatch declared" /> {t('declared')} <span class="swatch stored" /> {t('stored')} <span class="swatch long-declared" /> <span class="swatch long-stored" /> {t('longLegend')}
      </p>
    </section>
  );
}
