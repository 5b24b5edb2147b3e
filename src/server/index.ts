// qbo-reconnect/server: the host backend that serves the REST contract against Intuit OAuth 2.0.
export { createQboServer } from './server.js';
export type { QboServer, QboConnections } from './server.js';
export type { QboServerOptions, QboServerHooks, TenantContext, TenantHookContext, LocalVendorPage } from './options.js';
export type { DatabaseOption } from './db/index.js';
export { INTUIT_ENVIRONMENTS, ACCOUNTING_SCOPE } from './intuit/endpoints.js';
export type { IntuitEndpoints, IntuitEnvironment } from './intuit/endpoints.js';
export type { RetryPolicy } from './intuit/retry.js';
export { QboServerError, IntuitUnavailableError, InvalidGrantError, NotConnectedError } from './errors.js';
export type { QboErrorCode } from './errors.js';
export { ConnectionInactiveError } from './token-manager.js';
export { IntuitTokens } from './tokens.js';
export { EventDeliveryError } from './events/dispatcher.js';
export type { DispatchResult } from './events/dispatcher.js';
export type { ConnectionEvent } from './events/event.js';
export type { HistoryQuery } from './events/history.js';
export type { ConnectionListQuery, ConnectionListPage, ConnectionSummary, ConnectionStats } from './operator/connections-view.js';
