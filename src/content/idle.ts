/** Runs `fn` at the page's next idle moment (at the latest after `timeoutMs`): our work waits for the page's. */
export function whenIdle(fn: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else setTimeout(fn, 50);
}
