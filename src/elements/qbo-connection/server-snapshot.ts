// Reads the snapshot qbo-reconnect/ssr rendered the page with (<qbo-connection server-snapshot>), and whether it is
// current enough that the provider's first load can be skipped.
import { DEFAULT_FRESHNESS_INTERVAL_MS } from '../../core/freshness.js';
import type { ConnectionSnapshot } from '../../core/model.js';
import { parseSnapshot } from '../../core/schemas.js';

export interface ServerSnapshot {
  snapshot: ConnectionSnapshot;
  /** Rendered moments ago: show it as the answer to the first load. Otherwise it is only shown while that load runs. */
  current: boolean;
}

/** Pages served from a cache hours old are not current, whatever the page's own age; this much clock skew is allowed. */
const MAX_CLOCK_SKEW_MS = 10 * 60_000;

/** The attribute's value, validated; null when absent or not a valid snapshot (then the provider simply loads). */
export function readServerSnapshot(value: string | null, now = Date.now(), pageAge = performance.now()): ServerSnapshot | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as { snapshot?: unknown; renderedAt?: unknown };
    const snapshot = parseSnapshot(parsed.snapshot);
    const renderedAt = typeof parsed.renderedAt === 'number' ? parsed.renderedAt : Number.NaN;
    // The page's own age is the snapshot's age (it came in the page), measured on one clock; the server's time only
    // rules out a page kept in a cache.
    const current = pageAge < DEFAULT_FRESHNESS_INTERVAL_MS && Math.abs(now - renderedAt) < MAX_CLOCK_SKEW_MS;
    return { snapshot, current };
  } catch {
    return null;
  }
}
