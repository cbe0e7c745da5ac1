import { afterEach, describe, expect, it } from 'vitest';
import { sendToWorker } from '../../src/content/runtime.ts';

type Callback = (answer: unknown) => void;
const g = globalThis as { chrome?: unknown };

function stubRuntime(runtime: Record<string, unknown>): void {
  g.chrome = { runtime };
}

afterEach(() => {
  delete g.chrome;
});

describe('content scripts: sending to the worker without the polyfill', () => {
  it('sends the message through chrome.runtime.sendMessage and resolves to the answer', async () => {
    const sent: unknown[] = [];
    stubRuntime({ id: 'ext', sendMessage: (m: unknown, cb: Callback) => (sent.push(m), cb({ ok: true })) });
    await expect(sendToWorker({ type: 'user-interaction', at: 1 })).resolves.toEqual({ ok: true });
    expect(sent).toEqual([{ type: 'user-interaction', at: 1 }]);
  });

  it('resolves to undefined when the worker cannot be reached (lastError set), without throwing', async () => {
    const runtime: Record<string, unknown> = { id: 'ext' };
    runtime.sendMessage = (_m: unknown, cb: Callback) => {
      runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
      cb(undefined);
    };
    stubRuntime(runtime);
    await expect(sendToWorker({ type: 'user-interaction', at: 1 })).resolves.toBeUndefined();
  });

  it('resolves to undefined when the extension context is gone (no id, or sendMessage throws)', async () => {
    stubRuntime({ sendMessage: () => undefined });
    await expect(sendToWorker({ type: 'user-interaction', at: 1 })).resolves.toBeUndefined();
    stubRuntime({
      id: 'ext',
      sendMessage: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    await expect(sendToWorker({ type: 'user-interaction', at: 1 })).resolves.toBeUndefined();
    delete g.chrome;
    await expect(sendToWorker({ type: 'user-interaction', at: 1 })).resolves.toBeUndefined();
  });
});
