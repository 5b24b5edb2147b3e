// Which back end the demo page talks to: the full-stack demo's real server (the default when it is there), or msw
// in the browser (`?backend=msw`, `npm run start:msw`, or a static host without the server).
import type { DemoScenario } from './scenarios.js';

export type BackendMode = 'full-stack' | 'sandbox' | 'msw';

export interface DemoBackend {
  mode: BackendMode;
  /** Where the sign-in goes besides Intuit (the mock Intuit), for <qbo-connection authorization-origins>. */
  authorizationOrigins: string;
  /** Plays another scenario; `reset` puts the back end back to the scenario's starting state. */
  use(scenario: DemoScenario, reset: boolean): Promise<void>;
}

/** What the demo controls say about where the page's requests go. */
export function backendNote(mode: BackendMode): string {
  switch (mode) {
    case 'full-stack':
      return 'Not part of the host app. This page talks to the real server half (qbo-reconnect/server on PGlite), which talks to a mock Intuit on its own port; both act out the scenarios. With backend=msw in the address, this tab mocks everything instead.';
    case 'sandbox':
      return "Not part of the host app. This page talks to the server half, connected to Intuit's sandbox; scenarios only set the starting state.";
    case 'msw':
      return 'Not part of the host app. The backend is mocked inside this browser tab (msw); nothing leaves it.';
  }
}

/** The server's info route; a dev server without it answers its HTML fallback, which is not JSON. */
async function serverInfo(): Promise<{ mode: Exclude<BackendMode, 'msw'>; intuitOrigin: string | null } | null> {
  try {
    const response = await fetch('/api/demo/info', { headers: { accept: 'application/json' } });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return null;
    const { mode, intuitOrigin } = (await response.json()) as { mode?: unknown; intuitOrigin?: unknown };
    if (mode !== 'full-stack' && mode !== 'sandbox') return null;
    return { mode, intuitOrigin: typeof intuitOrigin === 'string' ? intuitOrigin : null };
  } catch {
    return null;
  }
}

async function playOnServer(scenario: DemoScenario, reset: boolean): Promise<void> {
  const response = await fetch('/api/demo/scenario', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ name: scenario.name, reset }),
  });
  if (!response.ok) throw new Error(`The demo server did not play "${scenario.name}" (${response.status}).`);
}

/** `vite --mode msw` (npm run start:msw) serves the page without the server: asking for it would only log a 404. */
const MSW_ONLY = (import.meta as ImportMeta & { env?: { MODE?: string } }).env?.MODE === 'msw';

export async function startBackend(scenario: DemoScenario, reset: boolean): Promise<DemoBackend> {
  const wanted = new URL(location.href).searchParams.get('backend');
  const info = MSW_ONLY || wanted === 'msw' ? null : await serverInfo();
  if (info) {
    const { mode } = info;
    // A worker left registered by an earlier msw-mode visit must not answer for the real server.
    const registrations = (await navigator.serviceWorker?.getRegistrations().catch(() => [])) ?? [];
    await Promise.all(registrations.map((registration) => registration.unregister()));
    await playOnServer(scenario, reset);
    // The full-stack demo's mock Intuit runs on its own loopback port; the sandbox uses Intuit's own page.
    return { mode, authorizationOrigins: info.intuitOrigin ?? '', use: playOnServer };
  }
  const { startMockBackend } = await import('./mock-backend.js');
  const mock = await startMockBackend(scenario, reset);
  return {
    mode: 'msw',
    // msw mode's mock sign-in page is served by the demo itself.
    authorizationOrigins: new URL('/mock-intuit/', location.origin).href,
    async use(next, resetNext) {
      mock.use(next, resetNext);
    },
  };
}
