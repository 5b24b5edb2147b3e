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
export type { KeepAliveOptions } from './upkeep/settings.js';
export type { MaintenanceReport } from './upkeep/report.js';
export { IntuitCallFailure } from './intuit/faults.js';
