// Named situations for the mock backend: the starting state and any fault, each described for a demo's switcher.
import {
  MemoryBackend,
  SAMPLE_ACTIVE_SNAPSHOT,
  SAMPLE_COMPANIES,
  SAMPLE_DISABLED_SNAPSHOT,
  SAMPLE_INACTIVE_SNAPSHOT,
  SAMPLE_VENDORS,
} from './memory-backend.js';
import type { MemoryBackendOptions } from './memory-backend.js';
import type { Company, ConnectionSnapshot, HistoryItem, InactiveReason } from '../core/model.js';
import { SAMPLE_ACTIVE_HISTORY, SAMPLE_INACTIVE_HISTORY, sampleHistoryInactive } from './sample-history.js';

export type ScenarioName =
  | 'active'
  | 'inactive'
  | 'disabled'
  | 'server-error'
  | 'load-error'
  | 'slow'
  | 'malformed'
  | 'different-company'
  | 'expiring'
  | 'disconnect-error'
  | 'admin-access-lost'
  | 'subscription-inactive'
  | 'app-not-authorized'
  | 'handoff-requested';

/** The contract's routes, as a fault names them. */
export type MockRoute = 'load' | 'authorize' | 'complete' | 'vendors' | 'disconnect' | 'history' | 'createHandoff' | 'cancelHandoff';

/** A canned reply that replaces the backend's answer on one route. */
export interface ScenarioFault {
  route: MockRoute;
  status: number;
  body: unknown;
}

export interface Scenario {
  name: ScenarioName;
  /** One line for a human choosing a scenario. */
  description: string;
  snapshot: ConnectionSnapshot;
  /** The connection events so far, newest first (what "Show history" lists); default the inactive sample's. */
  history?: readonly HistoryItem[];
  /** The company a mock Intuit sign-in should return, so the scenario plays out as described. */
  signInCompany: Company;
  fault?: ScenarioFault;
  /** Delay before every reply, in milliseconds. */
  delayMs?: number;
}

export const SLOW_DELAY_MS = 2500;
export const DEFAULT_SCENARIO: ScenarioName = 'inactive';

const linkedCompany = SAMPLE_COMPANIES[0] as Company;
const otherCompany = SAMPLE_COMPANIES[1] as Company;

/** How far ahead the `expiring` scenario's credentials lapse: inside the default 14-day warning. */
export const EXPIRING_IN_DAYS = 9;

/** Active, with credentials that lapse EXPIRING_IN_DAYS from now (computed when read, so it stays "soon"). */
function expiringSnapshot(now = new Date()): ConnectionSnapshot {
  return { ...SAMPLE_ACTIVE_SNAPSHOT, credentialsExpireAt: new Date(now.getTime() + EXPIRING_IN_DAYS * 86_400_000).toISOString() };
}

/** Active until the link went inactive for `reason` (the keep-alive found it), reconnected once before. */
function inactiveFor(reason: InactiveReason): Pick<Scenario, 'snapshot' | 'history' | 'signInCompany'> {
  return {
    snapshot: { ...SAMPLE_ACTIVE_SNAPSHOT, linkState: 'inactive', inactiveReason: reason },
    history: sampleHistoryInactive(reason),
    signInCompany: linkedCompany,
  };
}

/** QuickBooks answers fault 120: the user who linked is no longer an admin (the grant itself still refreshes). */
const ADMIN_ACCESS_LOST: ConnectionSnapshot = inactiveFor('admin_access_lost').snapshot;

/** Admin access lost, and a QuickBooks admin was already asked to reconnect (requested a day ago, 6 days left). */
function handoffRequestedSnapshot(now = new Date()): ConnectionSnapshot {
  const day = 86_400_000;
  return {
    ...ADMIN_ACCESS_LOST,
    handoff: {
      requestedBy: { name: 'Dana Ortiz' },
      requestedAt: new Date(now.getTime() - day).toISOString(),
      expiresAt: new Date(now.getTime() + 6 * day).toISOString(),
      email: 'ops@northwind.example',
    },
  };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'inactive',
    description: 'Credentials expired: the linked company needs a reconnect (never reconnected before).',
    snapshot: SAMPLE_INACTIVE_SNAPSHOT,
    signInCompany: linkedCompany,
  },
  {
    name: 'active',
    description: 'Connected and syncing: vendors show their QuickBooks IDs.',
    snapshot: SAMPLE_ACTIVE_SNAPSHOT,
    history: SAMPLE_ACTIVE_HISTORY,
    signInCompany: linkedCompany,
  },
  {
    name: 'disabled',
    description: 'Never connected: no linked company yet.',
    snapshot: SAMPLE_DISABLED_SNAPSHOT,
    history: [],
    signInCompany: linkedCompany,
  },
  {
    name: 'different-company',
    description: 'Intuit returns a different company than the linked one: a second confirmation is needed.',
    snapshot: SAMPLE_INACTIVE_SNAPSHOT,
    signInCompany: otherCompany,
  },
  {
    name: 'expiring',
    description: `Active, but the QuickBooks credentials lapse in ${EXPIRING_IN_DAYS} days: reconnect the same company to keep syncing.`,
    get snapshot() {
      return expiringSnapshot();
    },
    history: SAMPLE_ACTIVE_HISTORY,
    signInCompany: linkedCompany,
  },
  {
    name: 'admin-access-lost',
    description: 'QuickBooks answers fault 120: the user who connected is no longer an admin. A QuickBooks admin must reconnect.',
    ...inactiveFor('admin_access_lost'),
  },
  {
    name: 'subscription-inactive',
    description: 'QuickBooks answers fault 6190: the subscription lapsed. Reconnecting cannot help, so there is no Connect Account.',
    ...inactiveFor('subscription_inactive'),
  },
  {
    name: 'app-not-authorized',
    description: 'QuickBooks answers fault 3100: the app lost its authorization for this company. Reconnect to allow access again.',
    ...inactiveFor('app_not_authorized'),
  },
  {
    name: 'handoff-requested',
    description: 'A QuickBooks admin was asked to reconnect: the request is open, with Cancel request and New link.',
    get snapshot() {
      return handoffRequestedSnapshot();
    },
    history: sampleHistoryInactive('admin_access_lost'),
    signInCompany: linkedCompany,
  },
  {
    name: 'disconnect-error',
    description: 'Active, but the backend fails to end the link (503): Disconnect names the failure and nothing changes.',
    snapshot: SAMPLE_ACTIVE_SNAPSHOT,
    signInCompany: linkedCompany,
    fault: {
      route: 'disconnect',
      status: 503,
      body: { error: 'intuit_unavailable', message: 'Intuit could not be reached to revoke the connection.' },
    },
  },
  {
    name: 'server-error',
    description: 'Sign-in works, but the backend fails to finish the connection (500).',
    snapshot: SAMPLE_INACTIVE_SNAPSHOT,
    signInCompany: linkedCompany,
    fault: {
      route: 'complete',
      status: 500,
      body: { error: 'server_error', message: 'QuickBooks did not accept the authorization. Please try again later.' },
    },
  },
  {
    name: 'load-error',
    description: 'The connection status cannot be loaded (503).',
    snapshot: SAMPLE_INACTIVE_SNAPSHOT,
    signInCompany: linkedCompany,
    fault: {
      route: 'load',
      status: 503,
      body: { error: 'service_unavailable', message: 'The integration service is temporarily unavailable.' },
    },
  },
  {
    name: 'slow',
    description: `Every reply takes ${SLOW_DELAY_MS / 1000} seconds, to see the loading states.`,
    snapshot: SAMPLE_INACTIVE_SNAPSHOT,
    signInCompany: linkedCompany,
    delayMs: SLOW_DELAY_MS,
  },
  {
    name: 'malformed',
    description: 'The backend answers the status request with data the widget cannot accept.',
    snapshot: SAMPLE_INACTIVE_SNAPSHOT,
    signInCompany: linkedCompany,
    fault: {
      route: 'load',
      status: 200,
      body: { linkState: 'connected', everReconnected: 'yes', company: { realmId: '' }, sync: { totalFiles: -3 } },
    },
  },
];

export const SCENARIO_NAMES: readonly ScenarioName[] = SCENARIOS.map((scenario) => scenario.name);

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as readonly string[]).includes(value);
}

export function getScenario(name: ScenarioName): Scenario {
  const scenario = SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario) throw new RangeError(`Unknown scenario "${name}"; expected one of ${SCENARIO_NAMES.join(', ')}.`);
  return scenario;
}

/** The backend state a scenario starts from. */
export function scenarioStart(name: ScenarioName): Pick<MemoryBackendOptions, 'snapshot' | 'companies' | 'vendors' | 'history'> {
  const scenario = getScenario(name);
  return {
    snapshot: scenario.snapshot,
    companies: SAMPLE_COMPANIES,
    vendors: SAMPLE_VENDORS,
    history: scenario.history ?? SAMPLE_INACTIVE_HISTORY,
  };
}

/** Puts an existing backend (a persisted one, say) into a scenario's starting state. */
export function applyScenario(backend: MemoryBackend, name: ScenarioName): void {
  backend.reset(scenarioStart(name));
}
