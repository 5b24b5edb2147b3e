// Loading a chunk of the drop-in once: later callers share the first load, and a failed one (offline) is tried again.

export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/** Runs `run` when the page is idle (at the latest after two seconds). */
export const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
};

/** The events after which the page has shown its first status (or why it has none). */
export const FIRST_STATUS_EVENTS = ['qbo-status-change', 'qbo-load-error'] as const;
