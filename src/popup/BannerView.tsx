/** The consent banner the audit saw: which CMP, its first-layer buttons, clicks to refuse, the way back, the choice lifetime. Text only, never markup. */
import type { Report } from '../report/types.ts';
import { t } from '../shared/i18n.ts';
import { formatLifetime } from './format.ts';

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/**
 * `onMarkRefusal`: the person says they clicked « Tout refuser » in the page (Témoin never clicks);
 * offered while this tab is under audit and a banner with a choice was seen.
 */
export function BannerView({ report, onMarkRefusal }: { report: Report; onMarkRefusal?: () => void }) {
  const b = report.banner;
  if (!b) return null;
  if (!b.detected)
    return (
      <section class="banner" id="banner">
        <h2>{t('bannerTitle')}</h2>
        <p>{t('bannerNone')}</p>
      </section>
    );
  const name = b.cmpName ?? (b.cmp === 'custom' ? t('bannerCustom') : b.cmp === 'info-only' ? t('bannerInfoOnly') : (b.cmp ?? ''));
  const kind = b.kind === 'implied-consent' ? t('bannerImplied') : b.kind === 'info-only' ? t('bannerInfoOnly') : null;
  const storage = b.consentStorage;
  return (
    <section class="banner" id="banner">
      <h2>{t('bannerTitle')}</h2>
      <p id="banner-cmp">
        <strong>{name}</strong>
        {kind && ` — ${kind}`}
      </p>
      <ul class="buttons" aria-label={t('bannerButtons')}>
        <li data-button="accept">{mark(b.buttons.accept)} {t('bannerAccept')}</li>
        <li data-button="reject" class={b.buttons.reject ? '' : 'missing'}>
          {mark(b.buttons.reject)} {t('bannerReject')}
        </li>
        <li data-button="settings">{mark(b.buttons.settings)} {t('bannerSettings')}</li>
      </ul>
      <p id="banner-clicks">{b.rejectClicks === null ? t('bannerRejectUnknown') : t('bannerRejectClicks', String(b.rejectClicks))}</p>
      <p id="banner-manage">{b.manage.length ? t('bannerManage', b.manage[0]!.text) : t('bannerNoManage')}</p>
      {onMarkRefusal && b.buttons.reject && (
        <p id="mark-refusal">
          <button type="button" class="secondary" onClick={onMarkRefusal}>
            {t('markRefusal')}
          </button>{' '}
          <span class="muted">{t('markRefusalHint')}</span>
        </p>
      )}
      {storage && (
        <p id="banner-storage">
          {t(storage.observed ? 'bannerChoiceKept' : 'bannerChoiceDefault', [storage.name, storage.lifetimeDays === null ? t('bannerNoExpiry') : formatLifetime(storage.lifetimeDays)])}
        </p>
      )}
    </section>
  );
}
