// What a host passes to createQboServer: Intuit app credentials, where Intuit is, the database, and its hooks.
import type { IncomingMessage } from 'node:http';
import type { Company, SyncSummary } from '../core/model.js';
import type { EncryptionKeyInput } from './crypto.js';
import type { DatabaseOption } from './db/index.js';
import type { ConnectionEvent } from './events/event.js';
import type { IntuitEndpoints, IntuitEnvironment } from './intuit/endpoints.js';
import type { RetryPolicy } from './intuit/retry.js';
import type { KeepAliveOptions } from './upkeep/settings.js';

/** Who is asking, from the host's own session. */
export interface TenantContext {
  tenantId: string;
  /** The signed-in person; their name becomes the snapshot's `connectedBy`. */
  user?: { name: string } | null;
}

export interface TenantHookContext {
  /** The Node request object when served through Node (Express's `req` under Express); undefined elsewhere. */
  incoming?: IncomingMessage & Record<string, any>;
}

export interface QboServerHooks {
  /**
   * Reads the host's session from the request; null answers 401 `unauthenticated`. Under Node (nodeListener, or
   * @hono/node-server) `context.incoming` is the Node request, e.g. Express's `req` with its `session` or `user`.
   */
  tenant(request: Request, context: TenantHookContext): TenantContext | null | Promise<TenantContext | null>;
  /**
   * Deletes the host's data of the old company before another one is linked. Runs inside the database transaction
   * of the switch: if it throws, nothing is switched and the user can try again.
   */
  purgeCompanyData?(input: { tenantId: string; from: Company; to: Company }): void | Promise<void>;
  /** The host's sync figures for the snapshot's `sync`; null (or no hook) shows none. */
  syncSummary?(input: { tenantId: string }): SyncSummary | null | Promise<SyncSummary | null>;
  /** The host's own vendor list, shown (with `id: null`) while the connection is not active. */
  localVendors?(input: { tenantId: string; cursor: string | null; limit: number }):
    | LocalVendorPage
    | Promise<LocalVendorPage>;
}

export interface LocalVendorPage {
  items: Array<{ name: string }>;
  nextCursor: string | null;
}

export interface QboServerOptions extends QboServerHooks {
  clientId: string;
  clientSecret: string;
  /** Intuit's production or sandbox endpoints; ignored when `intuit` is given. Default 'production'. */
  environment?: IntuitEnvironment;
  /** Explicit endpoints, e.g. a mock Intuit in tests. */
  intuit?: IntuitEndpoints;
  /** Every redirect URI registered in the Intuit app; a browser-sent redirectUri must equal one exactly. */
  redirectUris: string[];
  /**
   * Origins allowed to POST and DELETE (e.g. 'https://app.example.com'). Requests without an Origin header (servers,
   * scripts) pass. Default: only the request's own origin.
   */
  allowedOrigins?: string[];
  /** 32 bytes for AES-256-GCM (base64 or hex text, bytes, or a CryptoKey). Keep it out of the database. */
  encryptionKey: EncryptionKeyInput;
  /** Default: PGlite in memory. */
  database?: DatabaseOption;
  /** The host page with <qbo-connection>, where Intuit's Launch/Reconnect/Disconnect URLs land. */
  integrationPageUrl?: string;
  /** Prefix of every route when the app is served at a sub-path of a bare fetch handler. Default ''. */
  basePath?: string;
  /** How often expired pending grants are revoked at Intuit; 0 turns the timer off. Default 60 s. */
  sweepIntervalMs?: number;
  retry?: Partial<RetryPolicy>;
  /**
   * Called with errors the contract has no code for (a hook or the database failed), answered as 500
   * `server_error`. Default: logs the error's name and message (never tokens) with console.error.
   */
  onError?: (error: unknown) => void;
  /** The clock; tests move it to expire states and tokens. */
  now?: () => Date;

  // Connection events (docs/connection-events.md).
  /**
   * Called after commit with every connection event (connected, inactive, expiring…), at least once each, in order
   * per tenant; a throw counts as a failed attempt and is retried like a webhook.
   */
  onConnectionEvent?(event: ConnectionEvent): void | Promise<void>;
  /** Each event POSTed as JSON signed the Standard Webhooks way; `secret` is `whsec_…`, `timeoutMs` default 10 s. */
  webhooks?: { url: string; secret: string; timeoutMs?: number };
  /** `interval`: ms between delivery cycles (default 1 s; 0 = no timer); `giveUpAfter`: ms of retries (default 24 h). */
  eventDelivery?: { interval?: number; giveUpAfter?: number };
  /** Ask an admin: hand-off links and the page the server hosts for them (docs/ask-an-admin.md). */
  handoff?: HandoffOptions;
  /**
   * Sends a hand-off link by email through the host's own provider; called when the request names an email. A
   * throw still returns the link (with `sentTo: null`, so the widget shows it to copy) and is reported to onError.
   */
  sendHandoff?(input: SendHandoffInput): void | Promise<void>;

  // Keep-alive (docs/keeping-links-alive.md).
  /**
   * Keeps links alive in every server process: refreshes grants not renewed for `refreshAfter`, probes each link
   * with one CompanyInfo call every `probeEvery`, names the reason when Intuit refuses, and reports `expiring`. On by
   * default; `false` turns the timer off (`connections.runMaintenance()` still runs a cycle on demand).
   */
  keepAlive?: false | KeepAliveOptions;
}

/** Hand-off links ("Ask a QuickBooks admin") and the reconnect page the server hosts at {base}/handoff. */
export interface HandoffOptions {
  /** How long a link works, in ms. Default 7 days. */
  ttl?: number;
  /** The host app's name on the page ("{appName} needs its QuickBooks connection restored…"). Default 'Your app'. */
  appName?: string;
  /** An https (or same-origin) image URL shown above the page's heading; its origin joins the page's img-src. */
  logoUrl?: string;
  /** `--qbo-*` custom properties for the page (and the drop-in on it), served as a stylesheet, never inline. */
  theme?: Record<string, string>;
  /** The page's redirect URI; must be one of `redirectUris`. Default {origin}{basePath}/handoff/callback of the page. */
  redirectUri?: string;
  /** Origin and path the link is built on (e.g. 'https://app.example.com/api/quickbooks'). Default: the request's. */
  publicUrl?: string;
  /** Links a tenant may request per hour. Default 10. */
  ratePerHour?: number;
}

/** What `sendHandoff` gets: the link (a secret: send it only to `email`) and what the message should say. */
export interface SendHandoffInput {
  tenantId: string;
  url: string;
  email: string;
  note: string | null;
  /** The host user who asked (their session's name), or null. */
  requestedBy: { name: string } | null;
  company: Company;
  /** ISO 8601. */
  expiresAt: string;
  /** The page's language: 'en', 'fr-CA' or 'es-US'. */
  lang: string;
}
