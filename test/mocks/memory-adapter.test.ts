// The memory adapter and its backend: OAuth state and code rules, company switches, vendors, subscribe, abort, storage.
import { expect } from '@open-wc/testing';
import { ConnectionError } from '../../src/core/errors.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import {
  ACCOUNTING_SCOPE,
  DEFAULT_AUTHORIZATION_ENDPOINT,
  MemoryBackend,
  SAMPLE_ACTIVE_SNAPSHOT,
  SAMPLE_COMPANIES,
  SAMPLE_DISABLED_SNAPSHOT,
  SAMPLE_INACTIVE_SNAPSHOT,
  SAMPLE_VENDORS,
} from '../../src/mocks/memory-backend.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { parseAuthorizeResult, parseSnapshot } from '../../src/core/schemas.js';
import { rejectionOf } from '../helpers/assertions.js';

const REDIRECT = 'https://app.example.com/qbo/callback';
const linked = SAMPLE_COMPANIES[0]!;
const other = SAMPLE_COMPANIES[1]!;
const NOW = new Date('2026-11-25T10:00:00.000Z');


describe('memory adapter', () => {
  it('starts as the seed describes: inactive, expired credentials, a linked company', async () => {
    const adapter = createMemoryAdapter();
    expect(await adapter.load()).to.deep.equal(SAMPLE_INACTIVE_SNAPSHOT);
  });

  it('builds a real Intuit authorization URL with a fresh random state each time', async () => {
    const adapter = createMemoryAdapter({ clientId: 'ABC123' });
    const first = await adapter.authorize({ redirectUri: REDIRECT });
    const second = await adapter.authorize({ redirectUri: REDIRECT });
    expect(() => parseAuthorizeResult(first)).not.to.throw();
    const url = new URL(first.authorizationUrl);
    expect(`${url.origin}${url.pathname}`).to.equal(DEFAULT_AUTHORIZATION_ENDPOINT);
    expect(url.searchParams.get('client_id')).to.equal('ABC123');
    expect(url.searchParams.get('response_type')).to.equal('code');
    expect(url.searchParams.get('scope')).to.equal(ACCOUNTING_SCOPE);
    expect(url.searchParams.get('redirect_uri')).to.equal(REDIRECT);
    expect(url.searchParams.get('state')).to.equal(first.state);
    expect(first.state).to.match(/^[0-9a-f]{32}$/);
    expect(second.state).not.to.equal(first.state);
    expect(adapter.backend.issuedStates).to.have.members([first.state, second.state]);
  });

  it('resolves a relative authorization endpoint against the page', async () => {
    const adapter = createMemoryAdapter({ authorizationEndpoint: '/mock-intuit/sign-in' });
    const { authorizationUrl } = await adapter.authorize({ redirectUri: REDIRECT });
    expect(authorizationUrl.startsWith(`${location.origin}/mock-intuit/sign-in?`)).to.equal(true);
  });

  it('rejects a redirect URI that is not an absolute http(s) URL', async () => {
    const error = await rejectionOf(createMemoryAdapter().authorize({ redirectUri: '/callback' }));
    expect([error.reason, error.status, error.code]).to.deep.equal(['server', 400, 'invalid_request']);
  });

  it('connects the same company: active, reconnected, sync history kept, state consumed', async () => {
    const adapter = createMemoryAdapter({ now: () => NOW });
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    const result = await adapter.complete({ code: 'code-1', state, realmId: linked.realmId });
    const expected: ConnectionSnapshot = {
      linkState: 'active',
      everReconnected: true,
      inactiveReason: null,
      company: { ...linked },
      sync: { totalFiles: SAMPLE_INACTIVE_SNAPSHOT.sync!.totalFiles, lastSyncAt: NOW.toISOString() },
      credentialsExpireAt: new Date(NOW.getTime() + 100 * 24 * 60 * 60 * 1000).toISOString(),
      connectedAt: NOW.toISOString(),
      connectedBy: { name: 'Dana Ortiz' },
      handoff: null,
    };
    expect(result).to.deep.equal({ outcome: 'connected', snapshot: expected });
    expect(await adapter.load()).to.deep.equal(expected);
    expect(adapter.backend.issuedStates).not.to.include(state);
    expect(adapter.backend.vendorRecords).to.have.length(SAMPLE_VENDORS.length);
  });

  it('connects a never-connected integration with the starting file count', async () => {
    const adapter = createMemoryAdapter({ snapshot: SAMPLE_DISABLED_SNAPSHOT, startingTotalFiles: 7 });
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    const result = await adapter.complete({ code: 'c', state, realmId: other.realmId });
    expect(result.outcome).to.equal('connected');
    const snapshot = await adapter.load();
    expect(snapshot.company).to.deep.equal(other);
    expect(snapshot.sync?.totalFiles).to.equal(7);
  });

  it('refuses another company until the switch is confirmed, then drops the old company’s vendors', async () => {
    const adapter = createMemoryAdapter();
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    const first = await adapter.complete({ code: 'code-2', state, realmId: other.realmId });
    expect(first).to.deep.equal({ outcome: 'company_mismatch', linked, incoming: other });
    expect((await adapter.load()).linkState).to.equal('inactive');
    expect(adapter.backend.issuedStates).to.include(state);

    const declinedAgain = await adapter.complete({ code: 'code-2', state, realmId: other.realmId, confirmCompanySwitch: false });
    expect(declinedAgain.outcome).to.equal('company_mismatch');

    const confirmed = await adapter.complete({ code: 'code-2', state, realmId: other.realmId, confirmCompanySwitch: true });
    expect(confirmed.outcome).to.equal('connected');
    const snapshot = await adapter.load();
    expect(snapshot.company).to.deep.equal(other);
    expect(snapshot.sync?.totalFiles).to.equal(1);
    expect((await adapter.vendors({ cursor: null, limit: 50 })).items).to.deep.equal([]);
  });

  it('names an unknown incoming realm rather than leaving it blank', async () => {
    const adapter = createMemoryAdapter();
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    const result = await adapter.complete({ code: 'c', state, realmId: '555' });
    expect(result).to.deep.equal({ outcome: 'company_mismatch', linked, incoming: { realmId: '555', name: 'QuickBooks company 555' } });
  });

  it('rejects a code exchanged twice with invalid_grant', async () => {
    const adapter = createMemoryAdapter();
    const one = await adapter.authorize({ redirectUri: REDIRECT });
    const two = await adapter.authorize({ redirectUri: REDIRECT });
    await adapter.complete({ code: 'same-code', state: one.state, realmId: linked.realmId });
    const error = await rejectionOf(adapter.complete({ code: 'same-code', state: two.state, realmId: linked.realmId }));
    expect([error.reason, error.status, error.code]).to.deep.equal(['server', 400, 'invalid_grant']);
    expect(adapter.backend.issuedStates).to.include(two.state);
  });

  it('rejects a state it never issued, and a state already consumed, with invalid_state', async () => {
    const adapter = createMemoryAdapter();
    const never = await rejectionOf(adapter.complete({ code: 'c', state: 'forged', realmId: linked.realmId }));
    expect([never.reason, never.status, never.code]).to.deep.equal(['server', 400, 'invalid_state']);
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    await adapter.complete({ code: 'c1', state, realmId: linked.realmId });
    const reused = await rejectionOf(adapter.complete({ code: 'c2', state, realmId: linked.realmId }));
    expect(reused.code).to.equal('invalid_state');
    expect((await adapter.load()).linkState).to.equal('active');
  });

  it('rejects a malformed complete request as invalid_request', async () => {
    const adapter = createMemoryAdapter();
    const error = await rejectionOf(adapter.complete({ code: '', state: 's', realmId: '1' }));
    expect(error.code).to.equal('invalid_request');
  });

  it('gives vendors placeholder ids while inactive and their QuickBooks ids once active', async () => {
    const adapter = createMemoryAdapter();
    const before = await adapter.vendors({ cursor: null, limit: 100 });
    expect(before.items.map((vendor) => vendor.name)).to.deep.equal(SAMPLE_VENDORS.map((vendor) => vendor.name));
    expect(before.items.every((vendor) => vendor.id === null)).to.equal(true);
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    await adapter.complete({ code: 'c', state, realmId: linked.realmId });
    const after = await adapter.vendors({ cursor: null, limit: 100 });
    expect(after.items).to.deep.equal(SAMPLE_VENDORS.map(({ qboId, name }) => ({ id: qboId, name })));
    expect(after.items.every((vendor) => /^\d+$/.test(vendor.id ?? ''))).to.equal(true);
  });

  it('pages through vendors with opaque cursors', async () => {
    const adapter = createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await adapter.vendors({ cursor, limit: 5 });
      expect(page.items.length).to.be.at.most(5);
      seen.push(...page.items.map((vendor) => vendor.name));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(pages).to.equal(3);
    expect(seen).to.deep.equal(SAMPLE_VENDORS.map((vendor) => vendor.name));
    const bad = await rejectionOf(adapter.vendors({ cursor: 'not-ours', limit: 5 }));
    expect(bad.code).to.equal('invalid_cursor');
    const badLimit = await rejectionOf(adapter.vendors({ cursor: null, limit: 0 }));
    expect(badLimit.code).to.equal('invalid_request');
  });

  it('returns copies: mutating a result does not change the backend', async () => {
    const adapter = createMemoryAdapter();
    const snapshot = await adapter.load();
    snapshot.linkState = 'active';
    snapshot.company!.name = 'Changed';
    const page = await adapter.vendors({ cursor: null, limit: 3 });
    page.items[0]!.name = 'Changed';
    expect(await adapter.load()).to.deep.equal(SAMPLE_INACTIVE_SNAPSHOT);
    expect((await adapter.vendors({ cursor: null, limit: 3 })).items[0]?.name).to.equal(SAMPLE_VENDORS[0]!.name);
  });

  it('tells subscribers about every new snapshot until they unsubscribe', async () => {
    const adapter = createMemoryAdapter();
    const received: ConnectionSnapshot[] = [];
    const unsubscribe = adapter.subscribe((snapshot) => received.push(snapshot));
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    expect(received).to.have.length(0);
    await adapter.complete({ code: 'c', state, realmId: linked.realmId });
    expect(received.map((snapshot) => snapshot.linkState)).to.deep.equal(['active']);
    adapter.backend.setSnapshot(SAMPLE_DISABLED_SNAPSHOT);
    expect(received.map((snapshot) => snapshot.linkState)).to.deep.equal(['active', 'disabled']);
    received[1]!.linkState = 'active';
    expect(adapter.backend.snapshot.linkState).to.equal('disabled');
    unsubscribe();
    adapter.backend.reset();
    expect(received).to.have.length(2);
    expect(adapter.backend.snapshot).to.deep.equal(SAMPLE_INACTIVE_SNAPSHOT);
  });

  it('refuses an invalid snapshot from setSnapshot', () => {
    const backend = new MemoryBackend();
    expect(() => backend.setSnapshot({ ...SAMPLE_ACTIVE_SNAPSHOT, sync: { totalFiles: -1, lastSyncAt: null } })).to.throw(ConnectionError);
    expect(backend.snapshot).to.deep.equal(SAMPLE_INACTIVE_SNAPSHOT);
  });

  it('rejects with aborted for an already aborted signal, without changing anything', async () => {
    const adapter = createMemoryAdapter();
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    const error = await rejectionOf(
      adapter.complete({ code: 'c', state, realmId: linked.realmId }, { signal: AbortSignal.abort() }),
    );
    expect(error.reason).to.equal('aborted');
    expect(adapter.backend.snapshot.linkState).to.equal('inactive');
  });

  it('rejects with aborted when the signal fires during the latency, without changing anything', async () => {
    const adapter = createMemoryAdapter({ latencyMs: 200 });
    const { state } = await adapter.authorize({ redirectUri: REDIRECT });
    const controller = new AbortController();
    const started = performance.now();
    const pending = adapter.complete({ code: 'c', state, realmId: linked.realmId }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejectionOf(pending);
    expect(error.reason).to.equal('aborted');
    expect(performance.now() - started).to.be.below(180);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(adapter.backend.snapshot.linkState).to.equal('inactive');
  });

  it('waits the configured latency', async () => {
    const adapter = createMemoryAdapter({ latencyMs: 60 });
    const started = performance.now();
    await adapter.load();
    expect(performance.now() - started).to.be.at.least(55);
  });

  describe('persistence', () => {
    const key = `qbo-memory-test-${Math.random()}`;
    afterEach(() => sessionStorage.removeItem(key));

    it('shares state between two backends on the same storage, as across a page reload', async () => {
      const first = createMemoryAdapter({ storage: sessionStorage, storageKey: key });
      const { state } = await first.authorize({ redirectUri: REDIRECT });

      // The "reloaded page": a new backend finds the issued state and completes the flow.
      const second = createMemoryAdapter({ storage: sessionStorage, storageKey: key, snapshot: SAMPLE_DISABLED_SNAPSHOT });
      expect((await second.load()).linkState).to.equal('inactive');
      await second.complete({ code: 'c', state, realmId: other.realmId, confirmCompanySwitch: true });

      // The first instance sees the change made through the second, including the consumed state.
      expect((await first.load()).company).to.deep.equal(other);
      expect(first.backend.vendorRecords).to.deep.equal([]);
      const replay = await rejectionOf(first.complete({ code: 'c2', state, realmId: other.realmId }));
      expect(replay.code).to.equal('invalid_state');
      expect(parseSnapshot(JSON.parse(sessionStorage.getItem(key)!).snapshot).linkState).to.equal('active');
    });

    it('ignores a corrupt stored state and starts from its options', async () => {
      sessionStorage.setItem(key, '{"snapshot":');
      const adapter = createMemoryAdapter({ storage: sessionStorage, storageKey: key, snapshot: SAMPLE_ACTIVE_SNAPSHOT });
      expect(await adapter.load()).to.deep.equal(SAMPLE_ACTIVE_SNAPSHOT);
      expect(JSON.parse(sessionStorage.getItem(key)!).snapshot).to.deep.equal(SAMPLE_ACTIVE_SNAPSHOT);
    });

    it('keeps working in memory when the storage refuses writes', async () => {
      const full = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      } as unknown as Storage;
      const adapter = createMemoryAdapter({ storage: full });
      const { state } = await adapter.authorize({ redirectUri: REDIRECT });
      expect((await adapter.complete({ code: 'c', state, realmId: linked.realmId })).outcome).to.equal('connected');
    });
  });
});
