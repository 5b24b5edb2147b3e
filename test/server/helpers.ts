// Test stack: a mock Intuit, createQboServer on a real HTTP port, a movable clock and a small API client.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach } from 'node:test';
import { createQboServer, type QboServer, type QboServerOptions } from '../../src/server/index.js';
import { startMockIntuit, type MockIntuit, type MockIntuitOptions } from '../../src/server/testing/index.js';

export const ORIGIN = 'https://host.example';
export const REDIRECT_URI = 'https://host.example/quickbooks/callback';
export const INTEGRATION_PAGE = 'https://host.example/settings/quickbooks';
export const KEY_HEX = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

export const COMPANIES = [
  { realmId: '9130357766', name: 'Northwind Outfitters', vendors: vendors('NW', 7) },
  { realmId: '4620816365', name: 'Contoso Bikes', vendors: vendors('CB', 3) },
];

function vendors(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({ Id: String(i + 1), DisplayName: `${prefix} Vendor ${i + 1}` }));
}

/** One clock for the server and the mock, moved by tests instead of waiting. */
export class Clock {
  #t: number;
  constructor(start = '2026-11-25T09:00:00Z') {
    this.#t = Date.parse(start);
  }
  now = () => new Date(this.#t);
  advance(ms: number): void {
    this.#t += ms;
  }
}

export interface Stack {
  mock: MockIntuit;
  server: QboServer;
  clock: Clock;
  baseUrl: string;
  purged: Array<{ tenantId: string; from: { realmId: string }; to: { realmId: string } }>;
  /** The Node request the last tenant() call saw, when served through Node. */
  lastIncoming?: { url?: string } | undefined;
  api(tenant: string | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  /** authorize → sign in at the mock → the callback's parameters, as the browser would carry them. */
  signIn(tenant: string, realmId: string): Promise<{ code: string; state: string; realmId: string }>;
  close(): Promise<void>;
}

export interface StackOptions {
  mock?: MockIntuitOptions;
  server?: Partial<QboServerOptions>;
  mockIntuit?: MockIntuit;
  clock?: Clock;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const clock = options.clock ?? new Clock();
  const mock = options.mockIntuit ?? (await startMockIntuit({ companies: COMPANIES, now: clock.now, ...options.mock }));
  const purged: Stack['purged'] = [];
  const server = await createQboServer({
    clientId: mock.clientId,
    clientSecret: mock.clientSecret,
    intuit: mock.endpoints,
    redirectUris: [REDIRECT_URI],
    allowedOrigins: [ORIGIN],
    encryptionKey: KEY_HEX,
    integrationPageUrl: INTEGRATION_PAGE,
    sweepIntervalMs: 0,
    // Tests run the keep-alive themselves (runMaintenance) on the moved clock.
    keepAlive: { interval: 0 },
    retry: { attempts: 3, baseDelayMs: 5, timeoutMs: 5_000 },
    now: clock.now,
    tenant: (request, { incoming }) => {
      stack.lastIncoming = incoming;
      const tenantId = request.headers.get('x-tenant');
      return tenantId ? { tenantId, user: { name: request.headers.get('x-user') ?? 'Dana Ortiz' } } : null;
    },
    purgeCompanyData: (input) => {
      purged.push(input);
    },
    syncSummary: ({ tenantId }) => (tenantId === 'with-sync' ? { totalFiles: 42, lastSyncAt: null } : null),
    localVendors: ({ limit }) => ({ items: [{ name: 'Local Vendor A' }, { name: 'Local Vendor B' }].slice(0, limit), nextCursor: null }),
    ...options.server,
  });
  const http = await listen(server);
  const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const api: Stack['api'] = async (tenant, method, path, body, headers = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(tenant ? { 'x-tenant': tenant } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { origin: ORIGIN } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text, headers: response.headers };
  };

  const stack: Stack = {
    mock,
    server,
    clock,
    baseUrl,
    purged,
    api,
    async signIn(tenant, realmId) {
      const authorized = await api(tenant, 'POST', '/connection/authorize', { redirectUri: REDIRECT_URI });
      if (authorized.status !== 200) throw new Error(`authorize answered ${authorized.status}`);
      const answer = await mock.signIn(authorized.body.authorizationUrl, { realmId });
      if (!answer.code) throw new Error(`sign-in gave no code: ${answer.error}`);
      return { code: answer.code, state: answer.state, realmId: answer.realmId ?? realmId };
    },
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await server.close();
      if (!options.mockIntuit) await mock.close();
    },
  };
  return stack;
}

/**
 * Inside a describe(): one stack for the whole suite (started before, closed after) and, before each test, the mock's
 * faults cleared and `onTest` given the stack and a tenant of the test's own (`<prefix>-1`, `<prefix>-2`, …).
 */
export function stackForEachTest(prefix: string, onTest: (stack: Stack, tenant: string) => void): void {
  let stack: Stack;
  let n = 0;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());
  beforeEach(() => {
    stack.mock.clearFaults();
    onTest(stack, `${prefix}-${++n}`);
  });
}

export function listen(server: { fetch: (request: Request) => Promise<Response> }) {
  return new Promise<ReturnType<typeof serve>>((resolve) => {
    const http = serve({ fetch: server.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(http));
  });
}

/** Connects `tenant` to `realmId` through the real flow; returns the snapshot. */
export async function connect(stack: Stack, tenant: string, realmId: string) {
  const callback = await stack.signIn(tenant, realmId);
  const completed = await stack.api(tenant, 'POST', '/connection/complete', callback);
  if (completed.status !== 200) throw new Error(`complete answered ${completed.status} ${JSON.stringify(completed.body)}`);
  return completed.body;
}
