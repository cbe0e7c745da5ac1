import { t } from '../shared/i18n.ts';

/**
 * Whether Témoin observes, and the one action that fits: outside an
 * observation, audit this tab (start observing, reload the page); during
 * one, stop it. `canAudit`: the popup knows its tab.
 */
export function ObservationBar({
  observing,
  since,
  lang,
  canAudit,
  busy,
  onAudit,
  onStop,
}: {
  observing: boolean;
  since: number | null;
  lang: 'fr' | 'en';
  canAudit: boolean;
  busy: boolean;
  onAudit: () => void;
  onStop: () => void;
}) {
  const time = since === null ? '' : new Date(since).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' });
  return (
    <section id="observation" class={observing ? 'observation on' : 'observation off'}>
      <p id="observation-state">{observing ? t('observingSince', time) : t('notObserving')}</p>
      {observing ? (
        <button type="button" id="stop-observing" class="secondary" disabled={busy} onClick={onStop}>
          {t('stopObserving')}
        </button>
      ) : (
        canAudit && (
          <button type="button" id="start-observing" disabled={busy} onClick={onAudit} title={t('auditTabHint')}>
            {t('auditTab')}
          </button>
        )
      )}
    </section>
  );
}
