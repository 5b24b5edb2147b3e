// What a host passes to createQboServer: Intuit app credentials, where Intuit is, the database, and its hooks.
import type { IncomingMessage } from 'node:http';
import type { Company, SyncSummary } from '../core/model.js';
import type { EncryptionKeyInput } from './crypto.js';
import type { DatabaseOption } from './db/index.js';
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

  // Keep-alive (docs/keeping-links-alive.md).
  /**
   * Keeps links alive in every server process: refreshes grants not renewed for `refreshAfter`, probes each link
   * with one CompanyInfo call every `probeEvery`, names the reason when Intuit refuses, and reports `expiring`. On by
   * default; `false` turns the timer off (`connections.runMaintenance()` still runs a cycle on demand).
   */
  keepAlive?: false | KeepAliveOptions;
}
