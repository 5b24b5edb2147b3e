// Which scenario this tab plays: `?scenario=` wins when it names a new one, else the one kept in sessionStorage.
import { DEFAULT_DEMO_SCENARIO, findDemoScenario } from './scenarios.js';
import type { DemoScenario } from './scenarios.js';

const SCENARIO_KEY = 'qbo-demo:scenario';
/** Set once a different company was linked: the host's own sample data is gone, as the seed warns. */
const DATA_REMOVED_KEY = 'qbo-demo:data-removed';

export interface StartingScenario {
  scenario: DemoScenario;
  /** True when the mock backend must start over (a new scenario); false when a reload or a redirect return. */
  reset: boolean;
}

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Without storage the demo still runs; it just forgets its scenario on reload.
  }
}

export function startingScenario(href: string): StartingScenario {
  const requested = findDemoScenario(new URL(href).searchParams.get('scenario'));
  const stored = findDemoScenario(read(SCENARIO_KEY));
  if (requested && requested !== stored) return { scenario: requested, reset: true };
  if (stored) return { scenario: stored, reset: false };
  return { scenario: DEFAULT_DEMO_SCENARIO, reset: true };
}

/** Remembers the scenario for this tab and shows it in the address bar, keeping every other parameter and the hash. */
export function rememberScenario(scenario: DemoScenario): void {
  write(SCENARIO_KEY, scenario.name);
  const url = new URL(location.href);
  if (url.searchParams.get('scenario') === scenario.name) return;
  url.searchParams.set('scenario', scenario.name);
  history.replaceState(history.state, '', url.href);
}

export function hostDataRemoved(): boolean {
  return read(DATA_REMOVED_KEY) === 'true';
}

export function setHostDataRemoved(removed: boolean): void {
  write(DATA_REMOVED_KEY, removed ? 'true' : null);
}
