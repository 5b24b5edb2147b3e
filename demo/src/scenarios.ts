// The demo's scenarios: every mock-backend scenario, plus two that only a browser can play (access denied, popup blocked).
import { SCENARIOS } from '../../src/mocks/scenarios.js';
import type { Company } from '../../src/core/model.js';
import type { ScenarioName } from '../../src/mocks/scenarios.js';

export interface DemoScenario {
  /** The name used in `?scenario=` and by the mock sign-in page. */
  name: string;
  label: string;
  description: string;
  /** The mock backend scenario behind it (starting state, faults, delay). */
  backend: ScenarioName;
  /** The company the mock sign-in preselects (or returns to single-company accounts). */
  signInCompany: Company;
  /** The mock sign-in refuses the sign-in with `error=access_denied`. */
  deniesSignIn?: boolean;
  /** `window.open` returns null while this scenario is on, as a popup blocker would. */
  blocksPopups?: boolean;
}

const LABELS: Record<ScenarioName, string> = {
  inactive: 'Inactive: expired credentials',
  active: 'Active and syncing',
  disabled: 'Never connected (disabled)',
  'different-company': 'Signing in to a different company',
  'server-error': 'Server error on complete',
  'load-error': 'Status cannot be loaded',
  slow: 'Slow network',
  malformed: 'Malformed reply',
  expiring: 'Active, credentials expiring soon',
  'disconnect-error': 'Disconnect fails',
  'admin-access-lost': 'Inactive: admin access lost (ask a QuickBooks admin)',
  'subscription-inactive': 'Inactive: QuickBooks subscription lapsed',
  'app-not-authorized': 'Inactive: app no longer authorized',
  'handoff-requested': 'A QuickBooks admin was asked to reconnect',
};

const fromMocks: DemoScenario[] = SCENARIOS.map((scenario) => ({
  name: scenario.name,
  label: LABELS[scenario.name],
  description: scenario.description,
  backend: scenario.name,
  signInCompany: scenario.signInCompany,
}));

function mockScenario(name: ScenarioName): DemoScenario {
  const found = fromMocks.find((scenario) => scenario.name === name);
  if (!found) throw new RangeError(`No mock scenario "${name}"`);
  return found;
}

const inactive = mockScenario('inactive');

/** In the order the switcher lists them: the seed's story first, then each way it can go wrong. */
export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  inactive,
  mockScenario('disabled'),
  mockScenario('admin-access-lost'),
  mockScenario('subscription-inactive'),
  mockScenario('app-not-authorized'),
  mockScenario('handoff-requested'),
  {
    ...inactive,
    name: 'access-denied',
    label: 'Access denied at sign-in',
    description: 'Credentials expired, and the Intuit sign-in refuses access (error=access_denied).',
    deniesSignIn: true,
  },
  {
    ...inactive,
    name: 'popup-blocked',
    label: 'Popup blocked',
    description: 'Credentials expired, and the browser blocks the sign-in window: the dialog offers to continue in this tab.',
    blocksPopups: true,
  },
  mockScenario('server-error'),
  mockScenario('slow'),
  mockScenario('malformed'),
  mockScenario('different-company'),
  mockScenario('load-error'),
  mockScenario('active'),
  mockScenario('expiring'),
  mockScenario('disconnect-error'),
];

export const DEFAULT_DEMO_SCENARIO = inactive;

export function findDemoScenario(name: string | null | undefined): DemoScenario | undefined {
  return DEMO_SCENARIOS.find((scenario) => scenario.name === name);
}
