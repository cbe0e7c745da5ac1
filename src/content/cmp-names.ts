/**
 * Top-frame content script (document_idle): DuckDuckGo's autoconsent
 * (MPL-2.0, pinned, unmodified) in detect-only mode, to name the consent
 * manager among its ~200 generic rules. It never clicks nor hides: the
 * configuration it receives from the worker says so (autoAction null,
 * prehide off), and this wrapper passes it only the worker's init and eval
 * answers, never an opt-in or opt-out order.
 */
import AutoConsent from '@duckduckgo/autoconsent';
import { sendToWorker } from './runtime.ts';

type Answer = { type: 'initResp' | 'evalResp' } & Record<string, unknown>;

const ac: AutoConsent = new AutoConsent(
  (message) => {
    void sendToWorker({ type: 'autoconsent', message })
      .then((answer) => {
        const a = answer as Answer | undefined;
        if (a && (a.type === 'initResp' || a.type === 'evalResp')) return ac.receiveMessageCallback(a as never);
      })
      .catch(() => undefined);
    return Promise.resolve();
  },
  null,
  null,
);
