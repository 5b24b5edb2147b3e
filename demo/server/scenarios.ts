// How the full-stack demo plays the demo's scenarios: the starting row (seeded through the server), the mock Intuit's
// sign-in and token faults, and the few faults only the host's API layer can fake (a status that fails to load).
import { getScenario } from '../../src/mocks/scenarios.js';
import type { MockRoute, Scenario, ScenarioFault } from '../../src/mocks/scenarios.js';
import type { SeedSpec } from '../../src/server/testing/seed.js';
import type { SignInBehaviour, TokenReply } from '../../src/server/testing/index.js';
import { DEFAULT_DEMO_SCENARIO, findDemoScenario } from '../src/scenarios.js';
import type { DemoScenario } from '../src/scenarios.js';

export const NOT_ADMIN = 'The Intuit account is not an administrator of a QuickBooks company.';

export interface PlayedScenario {
  demo: DemoScenario;
  backend: Scenario;
}

/**
 * The scenario `name` names, its dates moved by `aheadMs` (how far the demo clock runs ahead of real time): a scenario
 * started after "+30 days" still lapses in 9 days of the demo's time, not 21 days ago.
 */
export function playedScenario(name: unknown, aheadMs = 0): PlayedScenario {
  const demo = (typeof name === 'string' && findDemoScenario(name)) || DEFAULT_DEMO_SCENARIO;
  const backend = getScenario(demo.backend);
  if (!aheadMs) return { demo, backend };
  const move = (iso: string | null) => (iso ? new Date(Date.parse(iso) + aheadMs).toISOString() : iso);
  const { snapshot } = backend;
  return {
    demo,
    backend: {
      ...backend,
      snapshot: {
        ...snapshot,
        credentialsExpireAt: move(snapshot.credentialsExpireAt),
        connectedAt: move(snapshot.connectedAt),
        sync: snapshot.sync ? { ...snapshot.sync, lastSyncAt: move(snapshot.sync.lastSyncAt) } : null,
      },
    },
  };
}

/** The connection row a scenario starts from; an active one gets a live grant from the mock Intuit. */
export async function seedSpecOf(played: PlayedScenario, issueGrant: ((realmId: string) => Promise<TokenReply>) | null): Promise<SeedSpec> {
  const { snapshot } = played.backend;
  const grant = snapshot.linkState === 'active' && snapshot.company && issueGrant ? await issueGrant(snapshot.company.realmId) : null;
  return {
    linkState: snapshot.linkState,
    inactiveReason: snapshot.inactiveReason,
    company: snapshot.company,
    grant,
    everReconnected: snapshot.everReconnected,
    credentialsExpireAt: snapshot.credentialsExpireAt,
    connectedAt: snapshot.connectedAt,
    connectedBy: snapshot.connectedBy,
  };
}

export function signInBehaviourOf(played: PlayedScenario): SignInBehaviour {
  return played.demo.deniesSignIn
    ? { deny: true, denyDescription: NOT_ADMIN, realmId: played.demo.signInCompany.realmId }
    : { realmId: played.demo.signInCompany.realmId };
}

/** A failing code exchange is acted out by the mock Intuit's token endpoint (the server then answers 502). */
export function failsTokenExchange(played: PlayedScenario): boolean {
  return played.backend.fault?.route === 'complete';
}

/** The canned reply the host's API layer gives instead of the server's on `route`, if the scenario has one. */
export function cannedFault(played: PlayedScenario, route: MockRoute): ScenarioFault | null {
  const fault = played.backend.fault;
  return fault && fault.route === route && route !== 'complete' ? fault : null;
}

export function delayOf(played: PlayedScenario): number {
  return played.backend.delayMs ?? 0;
}

/** The contract route a request to the API is, as the scenarios' faults name them. */
export function routeOf(method: string, path: string): MockRoute | null {
  if (path === '/connection') return method === 'GET' ? 'load' : method === 'DELETE' ? 'disconnect' : null;
  if (path === '/connection/authorize' && method === 'POST') return 'authorize';
  if (path === '/connection/complete' && method === 'POST') return 'complete';
  if (path === '/vendors' && method === 'GET') return 'vendors';
  if (path === '/connection/history' && method === 'GET') return 'history';
  return null;
}
