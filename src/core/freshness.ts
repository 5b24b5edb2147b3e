// Freshness without polling: refresh the connection when the page comes back into view or regains focus, at most
// once per interval, and never while the page is hidden. The page's signals are passed in, so the core stays DOM-free.

/** The page as freshness needs it; `<qbo-connection>` wires the real document and window. */
export interface PageSignals {
  /** Calls `listener` when the page may have come back (visible again, or focused); returns an unsubscribe. */
  onReturn(listener: () => void): () => void;
  isHidden(): boolean;
  now(): number;
}

export interface FreshnessOptions {
  /** The shortest time between two refreshes started here; default one minute. */
  minIntervalMs?: number;
}

export const DEFAULT_FRESHNESS_INTERVAL_MS = 60_000;

/**
 * Starts watching; returns a stop function. The interval counts from the start (the provider has just loaded) and
 * from each refresh started here, so a burst of focus and visibility events costs at most one request.
 */
export function watchFreshness(refresh: () => void, page: PageSignals, options: FreshnessOptions = {}): () => void {
  const interval = options.minIntervalMs ?? DEFAULT_FRESHNESS_INTERVAL_MS;
  let last = page.now();
  return page.onReturn(() => {
    if (page.isHidden()) return;
    const now = page.now();
    if (now - last < interval) return;
    last = now;
    refresh();
  });
}
