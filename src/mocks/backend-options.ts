// The memory backend's options and its vendor record (memory-backend.ts re-exports both).
import type { Company, ConnectionSnapshot, HistoryItem } from '../core/model.js';

/** A vendor as the backend keeps it: the QuickBooks numeric id exists, but is only shown while the feed is live. */
export interface MemoryVendor {
  qboId: string;
  name: string;
}

export interface MemoryBackendOptions {
  /** Starting snapshot; defaults to the seed's situation (inactive, expired credentials, never reconnected). */
  snapshot?: ConnectionSnapshot;
  /** Companies Intuit may return, so an incoming realmId has a name. */
  companies?: readonly Company[];
  vendors?: readonly MemoryVendor[];
  /** Where `authorize` sends the user; relative URLs resolve against the page. */
  authorizationEndpoint?: string;
  clientId?: string;
  /** Total Sync Files after a first connection (or a company switch), when there is no history to keep. */
  startingTotalFiles?: number;
  latencyMs?: number;
  /** Keeps the state across page reloads (the redirect sign-in mode reloads the page that hosts the mock). */
  storage?: Storage;
  storageKey?: string;
  now?: () => Date;
  /** Who `complete` records as having connected (`connectedBy`); default "Dana Ortiz". */
  user?: { name: string } | null;
  /** How long new credentials last (Intuit's rolling refresh-token lifetime); default 100 days. */
  credentialsLifetimeMs?: number;
  /** The connection events so far, newest first; every later change of the link adds its own. */
  history?: readonly HistoryItem[];
  /** How long a hand-off link lasts; default 7 days. */
  handoffTtlMs?: number;
  /** Hand-off links a tenant may ask for in an hour; default 10. */
  handoffRatePerHour?: number;
  /** Where the (fake) hand-off links point; default `/qbo-handoff/` on the page's origin. */
  handoffLinkBase?: string;
}
