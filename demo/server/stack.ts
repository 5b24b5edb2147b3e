// The full-stack demo's back end in one process: the mock Intuit on its own port, createQboServer on PGlite, and
// the demo host's thin API layer (cookie session, scenario control, a row inspection route for the e2e tests).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { SAMPLE_VENDORS } from '../../src/mocks/memory-backend.js';
import type { SyncSummary } from '../../src/core/model.js';
import { createQboServer } from '../../src/server/index.js';
import type { DatabaseOption, MaintenanceReport, QboServer } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';
import { seedConnection, startMockIntuit } from '../../src/server/testing/index.js';
import type { MockIntuit } from '../../src/server/testing/index.js';
import { cannedFault, delayOf, failsTokenExchange, playedScenario, routeOf, seedSpecOf, signInBehaviourOf } from './scenarios.js';
import type { PlayedScenario } from './scenarios.js';
import { DEMO_USER, tenantOf } from './session.js';
import { demoWebhooks, WEBHOOK_PATH } from './webhooks.js';
import { DemoClock, secondsUntil, sumReports } from './clock.js';

export const API_BASE = '/api/quickbooks';
const CALLBACK_PATH = '/callback.html';
const INTEGRATION_PAGE = '/#/integrations/quickbooks';
const MAX_REMEMBERED_STATES = 2000;

export interface DemoStackOptions {
  /** Every origin the page is served on (the callback page on each becomes an allowed redirect URI). */
  pageOrigins: string[];
  /** A folder for PGlite, or 'memory'. */
  data: string;
  env?: NodeJS.ProcessEnv;
}

export interface DemoStack {
  mode: 'full-stack' | 'sandbox';
  intuitOrigin: string;
  redirectUris: string[];
  /** Where the database lives: the folder asked for, or 'memory'. */
  data: string;
  listener: ReturnType<typeof getRequestListener>;
  close(): Promise<void>;
}

/** What the demo host keeps per tenant besides the connection: the scenario and its own sync figures and data. */
interface TenantState {
  played: PlayedScenario;
  sync: SyncSummary | null;
  purged: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The encryption key of a persisted demo database lives beside it, so a restart can still open its tokens. */
function encryptionKey(data: string, env: NodeJS.ProcessEnv): string {
  if (env.QBO_ENCRYPTION_KEY) return env.QBO_ENCRYPTION_KEY;
  if (data === 'memory') return randomBytes(32).toString('hex');
  const file = join(data, 'encryption-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

function databaseOf(data: string, env: NodeJS.ProcessEnv): DatabaseOption {
  if (env.QBO_DATABASE_URL) return { databaseUrl: env.QBO_DATABASE_URL };
  if (data === 'memory') return { kind: 'pglite' };
  return { kind: 'pglite', dataDir: join(data, 'pglite') };
}

/**
 * PGlite is one process's database: a second demo started on the same folder falls back to memory instead of
 * corrupting it. Returns the folder to use ('memory' when another live process owns it).
 */
function claimDataDir(data: string): { data: string; release(): void } {
  if (data === 'memory') return { data, release() {} };
  mkdirSync(data, { recursive: true });
  const lock = join(data, 'owner.pid');
  const owner = existsSync(lock) ? Number(readFileSync(lock, 'utf8')) : NaN;
  if (Number.isInteger(owner) && owner !== process.pid) {
    try {
      process.kill(owner, 0);
      console.warn(`The demo database in ${data} is in use by process ${owner}; this one keeps its data in memory.`);
      return { data: 'memory', release() {} };
    } catch {
      // That process is gone: the folder is free.
    }
  }
  writeFileSync(lock, String(process.pid));
  const release = () => rmSync(lock, { force: true });
  process.once('exit', release);
  return { data, release };
}

export async function startDemoStack(options: DemoStackOptions): Promise<DemoStack> {
  const env = options.env ?? process.env;
  const redirectUris = [...new Set(options.pageOrigins.map((origin) => new URL(CALLBACK_PATH, origin).href))];
  // The hand-off page's own redirect URI on each origin (Ask an admin: a link finished on a page the server hosts).
  redirectUris.push(...new Set(options.pageOrigins.map((origin) => new URL(`${API_BASE}/handoff/callback`, origin).href)));
  const sandbox = env.QBO_ENVIRONMENT === 'sandbox' || env.QBO_ENVIRONMENT === 'production';
  if (sandbox && (!env.QBO_CLIENT_ID || !env.QBO_CLIENT_SECRET)) {
    throw new Error(`QBO_ENVIRONMENT=${env.QBO_ENVIRONMENT} needs QBO_CLIENT_ID and QBO_CLIENT_SECRET from your Intuit app.`);
  }
  const claim = claimDataDir(options.data);
  const data = claim.data;

  const tenants = new Map<string, TenantState>();
  /** Which tenant each authorization (by state) belongs to, so the mock Intuit plays that tenant's scenario. */
  const stateTenants = new Map<string, string>();
  const played = (tenantId: string | null) => (tenantId ? tenants.get(tenantId) : undefined);

  // Only the mock plays the demo's moved clock; against Intuit's sandbox time is real.
  const clock = new DemoClock();
  const mock: MockIntuit | null = sandbox ? null : await startMockIntuit({ appName: 'Fintech', redirectUris, now: clock.now });
  mock?.configureSignIn((request) => {
    const tenant = played(stateTenants.get(request.state) ?? null);
    return tenant ? signInBehaviourOf(tenant.played) : undefined;
  });

  // Connection events reach the demo host as Standard Webhooks at its own route, on the page's first origin.
  const webhooks = demoWebhooks();
  const qbo: QboServer = await createQboServer({
    webhooks: { url: new URL(WEBHOOK_PATH, options.pageOrigins[0] ?? 'http://127.0.0.1').href, secret: webhooks.secret },
    clientId: mock?.clientId ?? env.QBO_CLIENT_ID ?? '',
    clientSecret: mock?.clientSecret ?? env.QBO_CLIENT_SECRET ?? '',
    ...(mock ? { intuit: mock.endpoints } : { environment: env.QBO_ENVIRONMENT === 'production' ? 'production' : 'sandbox' }),
    redirectUris,
    encryptionKey: encryptionKey(data, env),
    ...(mock ? { now: clock.now } : {}),
    database: databaseOf(data, env),
    basePath: API_BASE,
    integrationPageUrl: INTEGRATION_PAGE,
    handoff: { appName: 'Fintech' },
    tenant: (request) => {
      const tenantId = tenantOf(request);
      return tenantId ? { tenantId, user: DEMO_USER } : null;
    },
    syncSummary: ({ tenantId }) => tenants.get(tenantId)?.sync ?? null,
    purgeCompanyData: ({ tenantId }) => {
      const tenant = tenants.get(tenantId);
      if (tenant) Object.assign(tenant, { purged: true, sync: null });
    },
    localVendors: ({ tenantId, cursor, limit }) => {
      const all = tenants.get(tenantId)?.purged ? [] : SAMPLE_VENDORS.map((vendor) => ({ name: vendor.name }));
      const start = Number(cursor ?? 0) || 0;
      const next = start + limit;
      return { items: all.slice(start, next), nextCursor: next < all.length ? String(next) : null };
    },
  });

  const seed = async (tenantId: string, scenario: PlayedScenario) => {
    // A scenario whose credentials lapse soon gets a grant that really lapses then: its hard expiry is that date.
    const hardLifetime = secondsUntil(scenario.backend.snapshot.credentialsExpireAt, clock.now());
    const spec = await seedSpecOf(
      scenario,
      mock ? async (realmId) => mock.issueGrant({ realmId, ...(hardLifetime ? { refreshTokenHardLifetimeSec: hardLifetime } : {}) }) : null,
    );
    await seedConnection(qbo, tenantId, spec);
    tenants.set(tenantId, { played: scenario, sync: scenario.backend.snapshot.sync, purged: false });
  };

  const app = new Hono();
  webhooks.mount(app);
  app.get('/api/demo/info', (c) => c.json({ mode: mock ? 'full-stack' : 'sandbox', intuitOrigin: mock?.origin ?? null, redirectUris }));

  app.post('/api/demo/scenario', async (c) => {
    const tenantId = tenantOf(c.req.raw);
    if (!tenantId) return c.json({ error: 'unauthenticated', message: 'No demo session.' }, 401);
    const body = (await c.req.json().catch(() => ({}))) as { name?: unknown; reset?: unknown };
    const scenario = playedScenario(body.name, clock.aheadMs);
    const current = tenants.get(tenantId);
    // A reload or a redirect return keeps the state; a new scenario (or a server that forgot the tenant) starts over.
    const seeded = body.reset === true || !current || current.played.demo.name !== scenario.demo.name;
    if (seeded) await seed(tenantId, scenario);
    return c.json({ scenario: scenario.demo.name, seeded });
  });

  // "+30 days": the demo's clock moves, then one keep-alive cycle runs and its events go out at once, so the page
  // and the events log show what the months would have brought (refreshes, an expiry notice, a lapse).
  app.post('/api/demo/advance', async (c) => {
    if (!tenantOf(c.req.raw)) return c.json({ error: 'unauthenticated', message: 'No demo session.' }, 401);
    if (!mock) return c.json({ error: 'not_available', message: "Intuit's sandbox keeps real time." }, 409);
    const body = (await c.req.json().catch(() => ({}))) as { days?: unknown };
    const days = typeof body.days === 'number' ? body.days : 30;
    if (!Number.isInteger(days) || days < 1 || days > 90) {
      return c.json({ error: 'invalid_request', message: 'days must be a whole number from 1 to 90.' }, 400);
    }
    // One cycle per day, as the timer would have run them: an expiry notice shows before the lapse it warns of.
    const reports: MaintenanceReport[] = [];
    for (let day = 0; day < days; day++) {
      clock.advanceDays(1);
      reports.push(await qbo.connections.runMaintenance());
    }
    await qbo.connections.dispatchEvents();
    return c.json({ now: clock.now().toISOString(), daysAhead: clock.daysAhead, report: sumReports(reports) });
  });

  // For the e2e tests: what the database holds for this session's tenant (never the tokens themselves).
  app.get('/api/demo/connection-row', async (c) => {
    const tenantId = tenantOf(c.req.raw);
    if (!tenantId) return c.json({ error: 'unauthenticated' }, 401);
    const row = await qbo[internals].repository.getConnection(tenantId);
    if (!row) return c.json({ row: null });
    const { tokens, ...rest } = row;
    return c.json({
      row: { ...rest, tokensStored: tokens !== null, tokensReadable: tokens !== null && /eyJmock\.|RT1-/.test(tokens) },
      intuit: mock ? { token: mock.calls.token, revoke: mock.calls.revoke, companyInfo: mock.calls.companyInfo } : null,
    });
  });

  app.all(`${API_BASE}/*`, async (c) => {
    const tenantId = tenantOf(c.req.raw);
    const tenant = played(tenantId);
    const route = routeOf(c.req.method, new URL(c.req.url).pathname.slice(API_BASE.length));
    if (tenant && route) {
      const delay = delayOf(tenant.played);
      if (delay) await sleep(delay);
      const canned = cannedFault(tenant.played, route);
      if (canned) return c.json(canned.body as object, canned.status as 400);
    }
    const response = await qbo.fetch(c.req.raw);
    if (!tenantId || !tenant || response.status !== 200) return response;
    if (route === 'authorize') {
      const { state } = (await response.clone().json()) as { state?: string };
      if (state) {
        stateTenants.set(state, tenantId);
        if (stateTenants.size > MAX_REMEMBERED_STATES) stateTenants.delete(stateTenants.keys().next().value ?? '');
        if (mock && failsTokenExchange(tenant.played)) mock.fault({ endpoint: 'token', kind: '5xx', state, times: 1 });
      }
    }
    if (route === 'complete') {
      // The host starts syncing once linked: its own figures, kept across a same-company reconnect.
      const snapshot = (await response.json()) as { linkState?: string; sync?: SyncSummary | null };
      if (snapshot.linkState === 'active') {
        const totalFiles = tenant.purged || !tenant.sync ? 1 : tenant.sync.totalFiles;
        tenant.sync = { totalFiles, lastSyncAt: new Date().toISOString() };
        snapshot.sync = tenant.sync;
      }
      return c.json(snapshot);
    }
    return response;
  });

  return {
    mode: mock ? 'full-stack' : 'sandbox',
    intuitOrigin: mock?.origin ?? 'https://appcenter.intuit.com',
    redirectUris,
    listener: getRequestListener(app.fetch),
    data,
    async close() {
      await qbo.close();
      await mock?.close();
      claim.release();
    },
  };
}
