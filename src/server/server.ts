// createQboServer: wires options into the repository, Intuit client, token manager, service and routes.
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { ConnectionSnapshot } from '../core/model.js';
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
import { themeStylesheet } from './handoff/assets.js';
import { DEFAULT_HANDOFF_RATE, DEFAULT_HANDOFF_TTL_MS, HandoffService } from './handoff/service.js';
import { Maintenance } from './upkeep/maintenance.js';
import type { MaintenanceReport } from './upkeep/report.js';
import { keepAliveSettings } from './upkeep/settings.js';

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

  // Connection events and the operator's view (docs/connection-events.md).
  /** Delivers what is due now (at `now` when given) after this process's running cycle; the timer does the same. */
  dispatchEvents(options?: { now?: Date }): Promise<DispatchResult>;
  /** The tenant's connection events, newest first (GET /connection/history serves the same). */
  history(tenantId: string, options?: HistoryQuery): Promise<HistoryPage>;
  /** Connections for a support console, in tenant order; never tokens. */
  list(query?: ConnectionListQuery): Promise<ConnectionListPage>;
  /** Counts by state and by reason, and active links expiring within 7 and 30 days. */
  stats(): Promise<ConnectionStats>;
  /**
   * One keep-alive cycle now (for a host's own cron, or serverless with the timer off): claims the due connections
   * no other process holds, refreshes and probes them, and reports what it did. `now` decides what is due.
   */
  runMaintenance(options?: { now?: Date }): Promise<MaintenanceReport>;
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
  checkHandoffOptions(options);
  const now = options.now ?? (() => new Date());
  const endpoints = checkEndpoints(options.intuit ?? INTUIT_ENVIRONMENTS[options.environment ?? 'production']);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const keepAlive = keepAliveSettings(options.keepAlive);
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
  const tokens = new TokenManager({ repository, oauth, key, apiBaseUrl: endpoints.apiBaseUrl, retry, now, report: onError });
  const service = new ConnectionService({ repository, oauth, tokens, hooks: options, redirectUris: options.redirectUris, now });
  const complete = { service, apiBaseUrl: endpoints.apiBaseUrl, retry };
  const handoffs = createHandoffService(options, service, complete, endpoints.userinfoEndpoint);
  const app = createRoutes({
    service,
    complete,
    hooks: options,
    allowedOrigins: options.allowedOrigins,
    integrationPageUrl: options.integrationPageUrl,
    basePath: options.basePath ?? '',
    onUnexpectedError: onError,
    history,
    handoff: { handoffs, options: options.handoff ?? {}, authorizationOrigin: new URL(endpoints.authorizationEndpoint).origin },
  });
  // The sweep also closes hand-off requests that expired unused (each with its handoff_expired event).
  const sweep = async () => {
    const result = await service.sweep();
    await handoffs.expire();
    return result;
  };

  const sweepMs = options.sweepIntervalMs ?? 60_000;
  const timer = sweepMs > 0 ? setInterval(() => void sweep().catch(() => {}), sweepMs) : null;
  timer?.unref();
  dispatcher.start();

  // Keep-alive: on by default; `keepAlive: false` leaves only runMaintenance() on demand.
  const maintenance = new Maintenance({
    repository,
    tokens,
    apiBaseUrl: endpoints.apiBaseUrl,
    retry,
    settings: keepAlive,
    now,
    onError,
  });
  if (options.keepAlive !== false) maintenance.start();

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
      dispatchEvents: (options) => dispatcher.dispatch(options?.now),
      history: (tenantId, query) => history.page(tenantId, query),
      list: (query) => view.list(query),
      stats: () => view.stats(),
      sweep,
      runMaintenance: (runOptions) => maintenance.run(runOptions),
    },
    async close() {
      if (timer) clearInterval(timer);
      // The keep-alive first: a cycle it finishes may still write events for the dispatcher to deliver.
      await maintenance.close();
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

/** Hand-off options checked before anything opens: a wrong value is the host's mistake, said at once. */
function checkHandoffOptions(options: QboServerOptions): void {
  const handoff = options.handoff ?? {};
  if (handoff.ttl !== undefined && !(handoff.ttl > 0)) throw new TypeError('handoff.ttl must be a positive number of milliseconds.');
  const rate = handoff.ratePerHour;
  if (rate !== undefined && (!Number.isInteger(rate) || rate < 1)) throw new TypeError('handoff.ratePerHour must be a positive integer.');
  if (handoff.redirectUri && !options.redirectUris.includes(handoff.redirectUri)) {
    throw new TypeError('handoff.redirectUri must be one of redirectUris (register it with Intuit too).');
  }
  if (handoff.publicUrl && !URL.canParse(handoff.publicUrl)) throw new TypeError('handoff.publicUrl is not a URL.');
  if (handoff.logoUrl && !URL.canParse(handoff.logoUrl) && !handoff.logoUrl.startsWith('/')) {
    throw new TypeError('handoff.logoUrl must be an absolute URL or a path on this origin.');
  }
  themeStylesheet(handoff.theme);
}

function createHandoffService(
  options: QboServerOptions,
  service: ConnectionService,
  complete: { service: ConnectionService; apiBaseUrl: string; retry: typeof DEFAULT_RETRY },
  userinfoEndpoint: string | undefined,
): HandoffService {
  return new HandoffService({
    service,
    complete,
    ttlMs: options.handoff?.ttl ?? DEFAULT_HANDOFF_TTL_MS,
    ratePerHour: options.handoff?.ratePerHour ?? DEFAULT_HANDOFF_RATE,
    userinfoEndpoint,
    retry: complete.retry,
    sendHandoff: options.sendHandoff ? (input) => options.sendHandoff!(input) : undefined,
    onError: options.onError ?? logUnexpected,
  });
}
