// The demo's backend: msw in the browser serving the REST contract from a MemoryBackend kept in sessionStorage.
import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { MemoryBackend, applyScenario, createHandlers, scenarioStart } from '../../src/mocks/index.js';
import type { DemoScenario } from './scenarios.js';

/** Where the host page's adapter sends its requests; msw answers them. */
export const API_BASE_URL = '/api/quickbooks';

export interface MockBackend {
  /** Plays another scenario; `reset` puts the backend back to the scenario's starting state. */
  use(scenario: DemoScenario, reset: boolean): void;
}

function createBackend(scenario: DemoScenario, reset: boolean): MemoryBackend {
  const signIn = new URL('/mock-intuit/index.html', location.origin);
  // The mock sign-in page learns the scenario from its own URL, in the popup and in redirect mode alike.
  signIn.searchParams.set('demo_scenario', scenario.name);
  const backend = new MemoryBackend({
    ...scenarioStart(scenario.backend),
    authorizationEndpoint: signIn.href,
    // Redirect mode reloads this page: the backend's state has to survive it.
    storage: sessionStorage,
  });
  if (reset) applyScenario(backend, scenario.backend);
  return backend;
}

function handlersFor(scenario: DemoScenario, reset: boolean) {
  return createHandlers({ baseUrl: API_BASE_URL, scenario: scenario.backend, backend: createBackend(scenario, reset) });
}

const WORKER_URL = '/mockServiceWorker.js';

interface TrustedTypesFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL(input: string): string | null }): unknown;
}

/**
 * The demo is served under Trusted Types (see vite.config.ts). msw registers its worker with a plain string, which
 * only a `default` policy can vouch for: this one vouches for msw's worker script and nothing else.
 */
function allowMockWorker(): void {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!trustedTypes || trustedTypes.defaultPolicy) return;
  const worker = new URL(WORKER_URL, location.origin).href;
  trustedTypes.createPolicy('default', {
    createScriptURL: (input) => (new URL(input, location.href).href === worker ? input : null),
  });
}

/** Starts the service worker; resolves once requests to API_BASE_URL are answered by the mock. */
export async function startMockBackend(scenario: DemoScenario, reset: boolean): Promise<MockBackend> {
  allowMockWorker();
  const worker: SetupWorker = setupWorker(...handlersFor(scenario, reset));
  await worker.start({ serviceWorker: { url: WORKER_URL }, quiet: true, onUnhandledRequest: 'bypass' });
  return {
    use(next, resetNext) {
      worker.resetHandlers(...handlersFor(next, resetNext));
    },
  };
}
