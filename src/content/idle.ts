/** Runs `fn` at the page's next idle moment (at the latest after `timeoutMs`): our work waits for the page's. */
export function whenIdle(fn: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else setTimeout(fn, 50);
}

/** Runs `fn` once the document and its subresources have loaded (at once if they already have). */
export function whenLoaded(fn: () => void): void {
  if (document.readyState === 'complete') fn();
  else window.addEventListener('load', fn, { once: true });
}
