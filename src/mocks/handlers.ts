// msw handlers that serve the REST contract from a MemoryBackend, with a named scenario's faults on top.
import { delay, http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { ConnectionError } from '../core/errors.js';
import { readHistoryQuery } from './backend-history.js';
import { MemoryBackend, readAuthorizeRequest, readCompleteRequest, readVendorsQuery } from './memory-backend.js';
import { readHandoffRequest } from './backend-handoff.js';
import { DEFAULT_SCENARIO, getScenario, scenarioStart } from './scenarios.js';
import type { MockRoute, ScenarioName } from './scenarios.js';

export interface HandlerOptions {
  /** The same base URL the HTTP adapter is given, relative ("/api/qbo") or absolute. */
  baseUrl: string;
  /** Default `inactive`. */
  scenario?: ScenarioName;
  /**
   * The backend to serve; when given, its state is left as it is (use `applyScenario` to reset it) and only the
   * scenario's faults and delay apply. Otherwise a new backend starts in the scenario's state.
   */
  backend?: MemoryBackend;
  /** Delay before every reply; overrides the scenario's (the `slow` scenario's default is 2500 ms). */
  latencyMs?: number;
  /** For a new backend: where `authorize` sends the user (a mock Intuit sign-in page, say). */
  authorizationEndpoint?: string;
  clientId?: string;
  /** For a new backend: keeps its state across page reloads; a stored state wins over the scenario's. */
  storage?: Storage;
  storageKey?: string;
}

async function readBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ConnectionError('server', 'The body is not JSON.', { status: 400, code: 'invalid_request' });
  }
}

function errorReply(error: unknown): Response {
  if (error instanceof ConnectionError && error.status !== undefined) {
    const body = { error: error.code ?? 'server_error', message: error.message, ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }) };
    const headers: Record<string, string> = error.retryAfter === undefined ? {} : { 'Retry-After': String(error.retryAfter) };
    return HttpResponse.json(body, { status: error.status, headers });
  }
  const message = error instanceof Error ? error.message : 'Unexpected failure in the mock backend.';
  return HttpResponse.json({ error: 'server_error', message }, { status: 500 });
}

/** Fresh handlers on every call, so a test can `worker.use(...createHandlers({ scenario }))` per test. */
export function createHandlers(options: HandlerOptions): HttpHandler[] {
  const scenario = getScenario(options.scenario ?? DEFAULT_SCENARIO);
  const backend =
    options.backend ??
    new MemoryBackend({
      ...scenarioStart(scenario.name),
      ...(options.authorizationEndpoint === undefined ? {} : { authorizationEndpoint: options.authorizationEndpoint }),
      ...(options.clientId === undefined ? {} : { clientId: options.clientId }),
      ...(options.storage === undefined ? {} : { storage: options.storage }),
      ...(options.storageKey === undefined ? {} : { storageKey: options.storageKey }),
    });
  const base = options.baseUrl.replace(/\/+$/, '');
  const latencyMs = options.latencyMs ?? scenario.delayMs ?? 0;

  const route =
    (name: MockRoute, answer: (request: Request) => Promise<Response>) =>
    async ({ request }: { request: Request }): Promise<Response> => {
      if (latencyMs > 0) await delay(latencyMs);
      const fault = scenario.fault;
      if (fault?.route === name) {
        return new Response(JSON.stringify(fault.body), { status: fault.status, headers: { 'Content-Type': 'application/json' } });
      }
      try {
        return await answer(request);
      } catch (error) {
        return errorReply(error);
      }
    };

  return [
    http.get(
      `${base}/connection`,
      route('load', async () => HttpResponse.json(await backend.load())),
    ),
    http.post(
      `${base}/connection/authorize`,
      route('authorize', async (request) => HttpResponse.json(await backend.authorize(readAuthorizeRequest(await readBody(request))))),
    ),
    http.post(
      `${base}/connection/complete`,
      route('complete', async (request) => {
        const result = await backend.complete(readCompleteRequest(await readBody(request)));
        if (result.outcome === 'connected') return HttpResponse.json(result.snapshot);
        return HttpResponse.json({ error: 'company_mismatch', linked: result.linked, incoming: result.incoming }, { status: 409 });
      }),
    ),
    http.delete(
      `${base}/connection`,
      route('disconnect', async () => HttpResponse.json(await backend.disconnect())),
    ),
    http.post(
      `${base}/connection/handoff`,
      route('createHandoff', async (request) => HttpResponse.json(await backend.createHandoff(readHandoffRequest(await readBody(request))))),
    ),
    http.delete(
      `${base}/connection/handoff`,
      route('cancelHandoff', async () => HttpResponse.json(await backend.cancelHandoff())),
    ),
    http.get(
      `${base}/connection/history`,
      route('history', async (request) => {
        const query = new URL(request.url).searchParams;
        return HttpResponse.json(await backend.history(readHistoryQuery(query.get('cursor'), query.get('limit'))));
      }),
    ),
    http.get(
      `${base}/vendors`,
      route('vendors', async (request) => {
        const query = new URL(request.url).searchParams;
        return HttpResponse.json(await backend.vendors(readVendorsQuery(query.get('cursor'), query.get('limit'))));
      }),
    ),
  ];
}
