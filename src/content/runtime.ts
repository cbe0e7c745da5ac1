/**
 * The one extension API call content scripts make: send a message to the
 * worker. Made through `chrome.runtime.sendMessage` with a callback, which
 * Chromium and Firefox both provide, rather than through
 * webextension-polyfill (which the worker and popup use) or the `browser`
 * namespace: measured (npm run bench), the polyfill was the largest part of
 * the script's start-up in every frame, and Chromium builds its `browser`
 * namespace by copying every API of `chrome`, each built on first access.
 */
import type { ContentMessage } from '../shared/messages.ts';

interface Runtime {
  id?: string;
  lastError?: unknown;
  sendMessage?: (message: unknown, callback: (answer: unknown) => void) => void;
}

/** Sends a message to the worker; resolves to its answer, or undefined when the worker cannot be reached (extension reloaded, page closing). */
export function sendToWorker(message: ContentMessage | { type: 'autoconsent'; message: unknown }): Promise<unknown> {
  return new Promise((resolve) => {
    try {
      const runtime = (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime;
      if (!runtime?.id || typeof runtime.sendMessage !== 'function') return resolve(undefined);
      runtime.sendMessage(message, (answer) => {
        // Reading lastError marks it handled (else Chromium logs "Unchecked runtime.lastError").
        resolve(runtime.lastError ? undefined : answer);
      });
    } catch {
      resolve(undefined); // extension context invalidated
    }
  });
}
