// createQboServer: wires options into the repository, Intuit client, token manager, service and routes.
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { ConnectionSnapshot } from '../core/model.js';
import { importEncryptionKey } from './crypto.js';
import { openRepository, type ConnectionRepository } from './db/index.js';
import { checkEndpoints, INTUIT_ENVIRONMENTS } from './intuit/endpoints.js';
import { IntuitOAuth } from './intuit/oauth.js';
import { DEFAULT_RETRY } from './intuit/retry.js';
import { internals, type ServerInternals } from './internals.js';
import type { QboServerOptions } from './options.js';
import { createRoutes } from './routes.js';
import { ConnectionService } from './service.js';
import { TokenManager } from './token-manager.js';

/** What a host's own jobs use: tokens for QuickBooks calls, and the sweep the timer also runs. */
export interface QboConnections {
  /** A valid access token for the tenant's linked company (refreshed when due). */
  getAccessToken(tenantId: string): Promise<string>;
  /** fetch() against the tenant's company: `path` relative to /v3/company/{realmId}, e.g. '/query?query=…'. */
  qboFetch(tenantId: string, path: string, init?: RequestInit): Promise<Response>;
  /** The linked company's realm id, or null. */
  realmId(tenantId: string): Promise<string | null>;
  /**
   * The tenant's connection as `GET /connection` answers it, for rendering a page on the server with it
   * (`renderQboToString(…, { snapshot })` from qbo-reconnect/ssr). No tokens in it.
   */
  snapshot(tenantId: string): Promise<ConnectionSnapshot>;
  /** Revokes pending grants that expired unconfirmed; runs on a timer too. */
  sweep(): Promise<{ revoked: number }>;
}

export interface QboServer {
  /** The hono app; mount it in another hono app with `app.route('/api/quickbooks', qbo.app)`. */
  app: Hono<any>;
  /** Web-standard handler; under @hono/node-server its second argument (`{ incoming }`) reaches the tenant hook. */
  fetch(request: Request, env?: unknown): Promise<Response>;
  /** For node:http and Express: `expressApp.use('/api/quickbooks', qbo.nodeListener)`. */
  nodeListener: ReturnType<typeof getRequestListener>;
  connections: QboConnections;
  /** Stops the sweep timer and closes the database. */
  close(): Promise<void>;
  readonly [internals]: ServerInternals;
}

export async function createQboServer(options: QboServerOptions): Promise<QboServer> {
  if (!options.clientId || !options.clientSecret) throw new TypeError('clientId and clientSecret are required.');
  if (typeof options.tenant !== 'function') throw new TypeError('A tenant(request) hook is required.');
  const now = options.now ?? (() => new Date());
  const endpoints = checkEndpoints(options.intuit ?? INTUIT_ENVIRONMENTS[options.environment ?? 'production']);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const key = await importEncryptionKey(options.encryptionKey);
  const repository: ConnectionRepository = await openRepository(options.database);
  const oauth = new IntuitOAuth({ clientId: options.clientId, clientSecret: options.clientSecret, endpoints, retry });
  const tokens = new TokenManager({ repository, oauth, key, apiBaseUrl: endpoints.apiBaseUrl, retry, now });
  const service = new ConnectionService({ repository, oauth, tokens, hooks: options, redirectUris: options.redirectUris, now });
  const app = createRoutes({
    service,
    complete: { service, apiBaseUrl: endpoints.apiBaseUrl, retry },
    hooks: options,
    allowedOrigins: options.allowedOrigins,
    integrationPageUrl: options.integrationPageUrl,
    basePath: options.basePath ?? '',
    onUnexpectedError: options.onError ?? logUnexpected,
  });

  const sweepMs = options.sweepIntervalMs ?? 60_000;
  const timer = sweepMs > 0 ? setInterval(() => void service.sweep().catch(() => {}), sweepMs) : null;
  timer?.unref();

  const fetch = async (request: Request, env?: unknown) => app.fetch(request, env);
  return {
    app,
    fetch,
    nodeListener: getRequestListener(fetch),
    connections: {
      getAccessToken: (tenantId) => tokens.getAccessToken(tenantId),
      qboFetch: (tenantId, path, init) => tokens.qboFetch(tenantId, path, init),
      realmId: async (tenantId) => (await repository.getConnection(tenantId))?.realmId ?? null,
      snapshot: async (tenantId) => service.snapshotOf(tenantId, await repository.getConnection(tenantId)),
      sweep: () => service.sweep(),
    },
    async close() {
      if (timer) clearInterval(timer);
      await repository.close();
    },
    [internals]: { repository, tokens, service, now },
  };
}

function logUnexpected(error: unknown): void {
  const described = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[qbo-reconnect/server] ${described}`);
}
