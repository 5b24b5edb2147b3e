// The `qbo-reconnect/mocks` entry: msw handlers for the REST contract and the in-memory backend behind them.
export { createHandlers } from './handlers.js';
export type { HandlerOptions } from './handlers.js';
export {
  applyScenario,
  DEFAULT_SCENARIO,
  EXPIRING_IN_DAYS,
  getScenario,
  isScenarioName,
  scenarioStart,
  SCENARIO_NAMES,
  SCENARIOS,
  SLOW_DELAY_MS,
} from './scenarios.js';
export type { MockRoute, Scenario, ScenarioFault, ScenarioName } from './scenarios.js';
export {
  ACCOUNTING_SCOPE,
  DEFAULT_AUTHORIZATION_ENDPOINT,
  DEFAULT_CLIENT_ID,
  MemoryBackend,
  SAMPLE_ACTIVE_SNAPSHOT,
  SAMPLE_COMPANIES,
  SAMPLE_DISABLED_SNAPSHOT,
  SAMPLE_INACTIVE_SNAPSHOT,
  SAMPLE_VENDORS,
} from './memory-backend.js';
export type { MemoryBackendOptions, MemoryVendor } from './memory-backend.js';
export { createMemoryAdapter } from './memory-adapter.js';
export { SAMPLE_ACTIVE_HISTORY, SAMPLE_INACTIVE_HISTORY, sampleHistoryInactive } from './sample-history.js';
export { DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT } from './backend-history.js';
export type { MemoryAdapter } from './memory-adapter.js';
