import { t } from '../shared/i18n.ts';

/**
 * Whether Témoin observes, and the actions that fit: outside an observation,
 * audit this tab (start observing, reload the page); in a tab under audit,
 * stop it; during an observation of other tabs, audit this one too, or stop.
 * `canAudit`: the popup knows its tab.
 */
export function ObservationBar({
  observing,
  observationOn,
  since,
  lang,
  canAudit,
  busy,
  onAudit,
  onStop,
}: {
  /** This tab is under audit. */
  observing: boolean;
  /** An observation is under way (in this tab or others). */
  observationOn: boolean;
  since: number | null;
  lang: 'fr' | 'en';
  canAudit: boolean;
  busy: boolean;
  onAudit: () => void;
  onStop: () => void;
}) {
  const time = since === null ? '' : new Date(since).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' });
  const state = observing ? t('observingSince', time) : observationOn ? t('notObservingThisTab', time) : t('notObserving');
  return (
    <section id="observation" class={observing ? 'observation on' : 'observation off'}>
      <p id="observation-state">{state}</p>
      {!observing && canAudit && (
        <button type="button" id="start-observing" disabled={busy} onClick={onAudit} title={t('auditTabHint')}>
          {t('auditTab')}
        </button>
      )}
      {observationOn && (
        <button type="button" id="stop-observing" class="secondary" disabled={busy} onClick={onStop}>
          {t('stopObserving')}
        </button>
      )}
    </section>
  );
}
