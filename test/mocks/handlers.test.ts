// The msw handlers: the REST contract served from a MemoryBackend, and every named scenario, seen through the HTTP adapter.
import { expect } from '@open-wc/testing';
import { ConnectionError } from '../../src/core/errors.js';
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import {
  applyScenario,
  createHandlers,
  getScenario,
  isScenarioName,
  MemoryBackend,
  SAMPLE_ACTIVE_SNAPSHOT,
  SAMPLE_COMPANIES,
  SAMPLE_DISABLED_SNAPSHOT,
  SAMPLE_INACTIVE_SNAPSHOT,
  SAMPLE_VENDORS,
  SCENARIO_NAMES,
  SCENARIOS,
  SLOW_DELAY_MS,
} from '../../src/mocks/index.js';
import type { ScenarioName } from '../../src/mocks/index.js';
import { rejectionOf } from '../helpers/assertions.js';
import { useMockWorker } from '../helpers/msw.js';

const BASE = '/api/qbo-mock';
const REDIRECT = `${location.origin}/qbo/callback`;
const worker = useMockWorker('handlers');
const linked = SAMPLE_COMPANIES[0]!;
const other = SAMPLE_COMPANIES[1]!;


/** Installs fresh handlers for one test and returns an HTTP adapter pointed at them. */
function serve(options: Omit<Parameters<typeof createHandlers>[0], 'baseUrl'> = {}) {
  worker.use(...createHandlers({ baseUrl: BASE, ...options }));
  return createHttpAdapter({ baseUrl: BASE, timeoutMs: 3000 });
}

type Adapter = ReturnType<typeof serve>;

async function signIn(adapter: Adapter, realmId: string, code = 'code-1', confirmCompanySwitch?: boolean) {
  const { state } = await adapter.authorize({ redirectUri: REDIRECT });
  const request = { code, state, realmId, ...(confirmCompanySwitch === undefined ? {} : { confirmCompanySwitch }) };
  return { state, result: await adapter.complete(request) };
}

function postJson(path: string, body: string): Promise<Response> {
  return fetch(`${BASE}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
}

describe('mock handlers', () => {

  describe('contract', () => {
    it('issues an Intuit authorization URL for the configured endpoint and client id', async () => {
      const adapter = serve({ authorizationEndpoint: '/mock-intuit/sign-in', clientId: 'client-7' });
      const { authorizationUrl, state } = await adapter.authorize({ redirectUri: REDIRECT });
      const url = new URL(authorizationUrl);
      expect(`${url.origin}${url.pathname}`).to.equal(`${location.origin}/mock-intuit/sign-in`);
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        client_id: 'client-7',
        response_type: 'code',
        scope: 'com.intuit.quickbooks.accounting',
        redirect_uri: REDIRECT,
        state,
      });
    });

    it('answers a body that is not JSON, or lacks fields, with 400 invalid_request', async () => {
      serve();
      const notJson = await postJson('/connection/complete', '{code:');
      expect(notJson.status).to.equal(400);
      expect(await notJson.json()).to.include({ error: 'invalid_request' });
      const missing = await postJson('/connection/complete', JSON.stringify({ code: 'c', state: 's' }));
      expect(missing.status).to.equal(400);
      expect((await missing.json()).message).to.contain('realmId');
    });

    it('answers an unissued state with 400 invalid_state and a reused code with 400 invalid_grant', async () => {
      const adapter = serve();
      const forged = await rejectionOf(adapter.complete({ code: 'c', state: 'forged', realmId: linked.realmId }));
      expect([forged.reason, forged.status, forged.code]).to.deep.equal(['server', 400, 'invalid_state']);
      await signIn(adapter, linked.realmId, 'once');
      const reused = await rejectionOf(signIn(adapter, linked.realmId, 'once'));
      expect([reused.reason, reused.status, reused.code]).to.deep.equal(['server', 400, 'invalid_grant']);
    });

    it('pages vendors through the query string and rejects a bad limit', async () => {
      const adapter = serve({ scenario: 'active' });
      const first = await adapter.vendors({ cursor: null, limit: 10 });
      expect(first.items).to.have.length(10);
      const rest = await adapter.vendors({ cursor: first.nextCursor, limit: 10 });
      expect(rest.nextCursor).to.equal(null);
      expect([...first.items, ...rest.items].map((vendor) => vendor.id)).to.deep.equal(SAMPLE_VENDORS.map((vendor) => vendor.qboId));
      const response = await fetch(`${BASE}/vendors?limit=abc`);
      expect(response.status).to.equal(400);
      const defaultLimit = await (await fetch(`${BASE}/vendors`)).json();
      expect(defaultLimit.items).to.have.length(SAMPLE_VENDORS.length);
    });

    it('serves a given backend without resetting it, and applyScenario resets it', async () => {
      const backend = new MemoryBackend({ snapshot: SAMPLE_ACTIVE_SNAPSHOT });
      const adapter = serve({ backend, scenario: 'disabled' });
      expect((await adapter.load()).linkState).to.equal('active');
      applyScenario(backend, 'disabled');
      expect(await adapter.load()).to.deep.equal(SAMPLE_DISABLED_SNAPSHOT);
    });

    it('keeps the state in storage across handler sets, as across a page reload in redirect mode', async () => {
      const key = `qbo-handlers-test-${Math.random()}`;
      try {
        const before = serve({ storage: sessionStorage, storageKey: key });
        const { state } = await before.authorize({ redirectUri: REDIRECT });
        worker.resetHandlers();
        const after = serve({ storage: sessionStorage, storageKey: key });
        const result = await after.complete({ code: 'c', state, realmId: linked.realmId });
        expect(result.outcome).to.equal('connected');
        worker.resetHandlers();
        expect((await serve({ storage: sessionStorage, storageKey: key }).load()).linkState).to.equal('active');
      } finally {
        sessionStorage.removeItem(key);
      }
    });
  });

  describe('scenarios', () => {
    it('lists every scenario once, each with a one-line description', () => {
      expect([...SCENARIO_NAMES].sort()).to.deep.equal(
        [
          'active',
          'admin-access-lost',
          'app-not-authorized',
          'different-company',
          'disabled',
          'disconnect-error',
          'expiring',
          'handoff-requested',
          'inactive',
          'load-error',
          'malformed',
          'server-error',
          'slow',
          'subscription-inactive',
        ].sort(),
      );
      for (const scenario of SCENARIOS) {
        expect(scenario.description.length, scenario.name).to.be.above(10);
        expect(scenario.description, scenario.name).not.to.contain('\n');
      }
      expect(isScenarioName('slow')).to.equal(true);
      expect(isScenarioName('fast')).to.equal(false);
      expect(() => getScenario('fast' as ScenarioName)).to.throw(RangeError);
    });

    it('inactive (the default): expired credentials, placeholders, then a reconnect brings ids', async () => {
      const adapter = serve();
      expect(await adapter.load()).to.deep.equal(SAMPLE_INACTIVE_SNAPSHOT);
      expect((await adapter.vendors({ cursor: null, limit: 3 })).items.map((vendor) => vendor.id)).to.deep.equal([null, null, null]);
      const { result } = await signIn(adapter, getScenario('inactive').signInCompany.realmId);
      expect(result.outcome).to.equal('connected');
      const snapshot = await adapter.load();
      expect([snapshot.linkState, snapshot.everReconnected, snapshot.inactiveReason]).to.deep.equal(['active', true, null]);
      expect((await adapter.vendors({ cursor: null, limit: 3 })).items.map((vendor) => vendor.id)).to.deep.equal(['41', '42', '43']);
    });

    it('active: live, with numeric vendor ids', async () => {
      const adapter = serve({ scenario: 'active' });
      expect(await adapter.load()).to.deep.equal(SAMPLE_ACTIVE_SNAPSHOT);
      const page = await adapter.vendors({ cursor: null, limit: 50 });
      expect(page.items.every((vendor) => /^\d+$/.test(vendor.id ?? ''))).to.equal(true);
    });

    it('disabled: never connected; the first connection links any company without a mismatch', async () => {
      const adapter = serve({ scenario: 'disabled' });
      expect(await adapter.load()).to.deep.equal(SAMPLE_DISABLED_SNAPSHOT);
      const { result } = await signIn(adapter, other.realmId);
      expect(result.outcome).to.equal('connected');
      expect((await adapter.load()).company).to.deep.equal(other);
    });

    it('different-company: 409 mismatch until the switch is confirmed, which removes the old vendors', async () => {
      const adapter = serve({ scenario: 'different-company' });
      const incoming = getScenario('different-company').signInCompany;
      expect(incoming.realmId).not.to.equal(linked.realmId);
      const { state, result } = await signIn(adapter, incoming.realmId, 'code-x');
      expect(result).to.deep.equal({ outcome: 'company_mismatch', linked, incoming });
      const confirmed = await adapter.complete({ code: 'code-x', state, realmId: incoming.realmId, confirmCompanySwitch: true });
      expect(confirmed.outcome).to.equal('connected');
      expect((await adapter.load()).company).to.deep.equal(incoming);
      expect((await adapter.vendors({ cursor: null, limit: 50 })).items).to.deep.equal([]);
    });

    it('server-error: complete answers 500 server_error; loading still works', async () => {
      const adapter = serve({ scenario: 'server-error' });
      expect((await adapter.load()).linkState).to.equal('inactive');
      const error = await rejectionOf(signIn(adapter, linked.realmId));
      expect([error.reason, error.status, error.code]).to.deep.equal(['server', 500, 'server_error']);
      expect(error.message).to.contain('try again');
      expect((await adapter.load()).linkState).to.equal('inactive');
    });

    it('load-error: GET /connection answers 503', async () => {
      const adapter = serve({ scenario: 'load-error' });
      const error = await rejectionOf(adapter.load());
      expect([error.reason, error.status, error.code]).to.deep.equal(['server', 503, 'service_unavailable']);
    });

    it('malformed: GET /connection answers 200 with a body the schema rejects', async () => {
      const adapter = serve({ scenario: 'malformed' });
      const error = await rejectionOf(adapter.load());
      expect(error.reason).to.equal('invalid_response');
      const raw = await fetch(`${BASE}/connection`);
      expect(raw.status).to.equal(200);
    });

    it('slow: every reply is delayed (2500 ms by default, configurable)', async () => {
      expect(getScenario('slow').delayMs).to.equal(SLOW_DELAY_MS);
      expect(SLOW_DELAY_MS).to.equal(2500);
      const adapter = serve({ scenario: 'slow', latencyMs: 150 });
      let started = performance.now();
      await adapter.load();
      expect(performance.now() - started).to.be.at.least(140);
      started = performance.now();
      await adapter.authorize({ redirectUri: REDIRECT });
      expect(performance.now() - started).to.be.at.least(140);
    });

    it('slow with its default delay outlasts a short client timeout', async () => {
      worker.use(...createHandlers({ baseUrl: BASE, scenario: 'slow' }));
      const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE, timeoutMs: 200 }).load());
      expect(error.reason).to.equal('timeout');
    });
  });
  describe('history', () => {
    it('serves each scenario\'s history, newest first, paged by limit and cursor', async () => {
      const adapter = serve({ scenario: 'admin-access-lost' });
      const first = await adapter.history!({ cursor: null, limit: 10 });
      expect(first.items).to.have.length(10);
      expect(first.items[0]!.type).to.equal('inactive');
      expect(first.items[0]!.reason).to.equal('admin_access_lost');
      const second = await adapter.history!({ cursor: first.nextCursor, limit: 10 });
      expect(second.nextCursor).to.equal(null);
      const all = [...first.items, ...second.items];
      expect(all).to.deep.equal(getScenario('admin-access-lost').history);
      const times = all.map((item) => Date.parse(item.at));
      expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
    });

    it('records the events of a reconnect and a disconnect', async () => {
      const adapter = serve({ scenario: 'subscription-inactive' });
      await signIn(adapter, linked.realmId);
      await adapter.disconnect!();
      const { items } = await adapter.history!({ cursor: null, limit: 2 });
      expect(items.map((item) => item.type)).to.deep.equal(['disconnected', 'reconnected']);
      expect(items[0]!.reason).to.equal('manually_disabled');
      expect(items[1]!.actor).to.deep.equal({ name: 'Dana Ortiz', email: null });
      expect(items[1]!.company).to.deep.equal(linked);
    });

    it('answers a bad limit or cursor with 400, as a server would', async () => {
      const adapter = serve();
      for (const request of [
        { cursor: null, limit: 0 },
        { cursor: null, limit: 101 },
        { cursor: 'not-a-cursor', limit: 10 },
      ]) {
        const error = (await rejectionOf(adapter.history!(request))) as ConnectionError;
        expect(error.status, JSON.stringify(request)).to.equal(400);
      }
    });

    it('starts a never-connected scenario with no history', async () => {
      expect(await serve({ scenario: 'disabled' }).history!({ cursor: null, limit: 10 })).to.deep.equal({ items: [], nextCursor: null });
    });

    it('plays the three new reasons: the link is inactive for exactly that reason', async () => {
      for (const [name, reason] of [
        ['admin-access-lost', 'admin_access_lost'],
        ['subscription-inactive', 'subscription_inactive'],
        ['app-not-authorized', 'app_not_authorized'],
      ] as const) {
        const snapshot = await serve({ scenario: name }).load();
        expect(snapshot.linkState, name).to.equal('inactive');
        expect(snapshot.inactiveReason, name).to.equal(reason);
        worker.resetHandlers();
      }
    });
  });
});
