/**
 * Runs `task` once the browser is idle, or after `timeout` ms at the latest (after `fallback` ms
 * where the browser cannot say when it is idle); returns a cancel.
 */
export function whenIdle(task: () => void, { timeout = 2000, fallback = 200 } = {}): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, fallback);
  return () => clearTimeout(id);
}
