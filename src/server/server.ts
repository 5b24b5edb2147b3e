// createQboServer: wires options into the repository, Intuit client, token manager, service and routes.
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { importEncryptionKey } from './crypto.js';
import { openStore, type ConnectionRepository } from './db/index.js';
import { SqlEventRepository } from './db/event-repository.js';
import { OperatorRepository } from './db/operator-repository.js';
import { nudgeOnCommit } from './events/commit-nudge.js';
import { checkDeliveryOptions, Dispatcher, type DispatchResult } from './events/dispatcher.js';
import { HistoryService, type HistoryQuery } from './events/history.js';
import type { HistoryPage } from '../core/model.js';
import { ConnectionsView, type ConnectionListPage, type ConnectionListQuery, type ConnectionStats } from './operator/connections-view.js';
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
  /** Revokes pending grants that expired unconfirmed; runs on a timer too. */
  sweep(): Promise<{ revoked: number }>;

  // Connection events and the operator's view (docs/connection-events.md).
  /** Delivers what is due now (at `now` when given) after this process's running cycle; the timer does the same. */
  dispatchEvents(options?: { now?: Date }): Promise<DispatchResult>;
  /** The tenant's connection events, newest first (GET /connection/history serves the same). */
  history(tenantId: string, options?: HistoryQuery): Promise<HistoryPage>;
  /** Connections for a support console, in tenant order; never tokens. */
  list(query?: ConnectionListQuery): Promise<ConnectionListPage>;
  /** Counts by state and by reason, and active links expiring within 7 and 30 days. */
  stats(): Promise<ConnectionStats>;
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
  checkDeliveryOptions({ webhooks: options.webhooks, ...options.eventDelivery });
  const store = await openStore(options.database);
  // Events: the outbox's own SQL, its dispatcher, and a repository whose commits carrying events nudge it.
  const events = new SqlEventRepository(store.db);
  const onError = options.onError ?? logUnexpected;
  const dispatcher = new Dispatcher({
    events,
    hook: options.onConnectionEvent?.bind(options),
    webhooks: options.webhooks,
    interval: options.eventDelivery?.interval,
    giveUpAfter: options.eventDelivery?.giveUpAfter,
    now,
    onError,
  });
  const repository: ConnectionRepository = nudgeOnCommit(store.repository, () => dispatcher.nudge());
  const history = new HistoryService(events);
  const view = new ConnectionsView(new OperatorRepository(store.db), now);
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
    history,
  });

  const sweepMs = options.sweepIntervalMs ?? 60_000;
  const timer = sweepMs > 0 ? setInterval(() => void service.sweep().catch(() => {}), sweepMs) : null;
  timer?.unref();
  dispatcher.start();

  const fetch = async (request: Request, env?: unknown) => app.fetch(request, env);
  return {
    app,
    fetch,
    nodeListener: getRequestListener(fetch),
    connections: {
      getAccessToken: (tenantId) => tokens.getAccessToken(tenantId),
      qboFetch: (tenantId, path, init) => tokens.qboFetch(tenantId, path, init),
      realmId: async (tenantId) => (await repository.getConnection(tenantId))?.realmId ?? null,
      sweep: () => service.sweep(),
      dispatchEvents: (options) => dispatcher.dispatch(options?.now),
      history: (tenantId, query) => history.page(tenantId, query),
      list: (query) => view.list(query),
      stats: () => view.stats(),
    },
    async close() {
      if (timer) clearInterval(timer);
      await dispatcher.close();
      await repository.close();
    },
    [internals]: { repository, tokens, service, now, events, dispatcher },
  };
}

function logUnexpected(error: unknown): void {
  const described = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[qbo-reconnect/server] ${described}`);
}
