// Disconnect and the landing parameters: the store's intent, the memory backend and the msw DELETE route.
import { expect } from '@open-wc/testing';
import { ConnectionStore } from '../../src/core/store.js';
import type { StoreEvent, StoreEnvironment } from '../../src/core/store.js';
import { ConnectionError } from '../../src/core/errors.js';
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import { readLanding } from '../../src/core/landing.js';
import { createHandlers, createMemoryAdapter, EXPIRING_IN_DAYS, getScenario, SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_DISABLED_SNAPSHOT } from '../../src/mocks/index.js';
import { ACTIVE, DISCONNECTED, FakeWindow, INACTIVE, MemoryStorage, ScriptedAdapter, settle } from '../helpers/fakes.js';
import { rejectionOf } from '../helpers/assertions.js';
import { useMockWorker } from '../helpers/msw.js';

const PAGE = 'https://host.example/integrations/quickbooks?tab=vendors';

async function loaded(snapshot = ACTIVE, page = PAGE, env: Partial<StoreEnvironment> = {}) {
  const adapter = new ScriptedAdapter();
  const replaced: string[] = [];
  const store = new ConnectionStore({
    adapter,
    redirectUri: 'https://host.example/oauth/callback',
    environment: {
      storage: new MemoryStorage(),
      currentUrl: () => page,
      navigate: () => {},
      replaceUrl: (url) => replaced.push(url),
      createWindow: (uri, hooks) => new FakeWindow(uri, hooks),
      ...env,
    },
  });
  const events: StoreEvent[] = [];
  store.onEvent((event) => events.push(event));
  const done = store.load();
  adapter.loads[0]!.reply.resolve(snapshot);
  await done;
  return { adapter, store, events, replaced };
}

describe('ConnectionStore: disconnect', () => {
  it('asks first; Cancel calls nothing and says so', async () => {
    const { adapter, store, events } = await loaded();
    expect(store.canDisconnect).to.equal(true);
    store.requestDisconnect();
    expect(store.state.disconnect.name).to.equal('confirming');
    store.cancelDisconnect();
    expect(store.state.disconnect.name).to.equal('idle');
    expect(adapter.disconnects).to.have.length(0);
    expect(events.map((e) => e.type)).to.deep.equal(['status-change', 'disconnect-cancel']);
  });

  it('Disconnect ends the link: disabled / manually_disabled, then a disconnect event with the snapshot', async () => {
    const { adapter, store, events } = await loaded();
    store.requestDisconnect();
    const done = store.confirmDisconnect();
    expect(store.state.disconnect.name).to.equal('disconnecting');
    adapter.disconnects[0]!.reply.resolve(DISCONNECTED);
    await done;
    expect(store.state.disconnect.name).to.equal('done');
    expect(store.state.snapshot).to.deep.equal(DISCONNECTED);
    const last = events.at(-1) as Extract<StoreEvent, { type: 'disconnect' }>;
    expect(last.type).to.equal('disconnect');
    expect(last.snapshot.inactiveReason).to.equal('manually_disabled');
    expect(events.some((e) => e.type === 'status-change' && e.linkState === 'disabled')).to.equal(true);
  });

  it('a failed DELETE names the failure, keeps the snapshot, and Try again calls once more', async () => {
    const { adapter, store, events } = await loaded();
    store.requestDisconnect();
    const first = store.confirmDisconnect();
    adapter.disconnects[0]!.reply.reject(new ConnectionError('server', 'Bad gateway', { status: 502, code: 'intuit_unavailable' }));
    await first;
    expect(store.state.disconnect).to.deep.equal({ name: 'failed', reason: 'server', message: 'Bad gateway' });
    expect(store.state.snapshot).to.deep.equal(ACTIVE);
    expect(events.at(-1)).to.deep.equal({ type: 'disconnect-error', reason: 'server', message: 'Bad gateway' });
    const second = store.confirmDisconnect();
    adapter.disconnects[1]!.reply.resolve(DISCONNECTED);
    await second;
    expect(store.state.disconnect.name).to.equal('done');
  });

  it('not_connected means the link had already ended: the status is loaded again and the disconnect stands', async () => {
    const { adapter, store, events } = await loaded();
    store.requestDisconnect();
    const done = store.confirmDisconnect();
    adapter.disconnects[0]!.reply.reject(new ConnectionError('server', 'Nothing to end', { status: 409, code: 'not_connected' }));
    await settle();
    adapter.loads.at(-1)!.reply.resolve(DISCONNECTED);
    await done;
    expect(store.state.disconnect.name).to.equal('done');
    expect(store.state.snapshot?.linkState).to.equal('disabled');
    expect(events.at(-1)?.type).to.equal('disconnect');
  });

  it('is not offered by an adapter without disconnect(), and waits while a reconnect runs', async () => {
    const { adapter, store } = await loaded(INACTIVE);
    store.requestReconnect();
    store.requestDisconnect();
    expect(store.state.disconnect.name).to.equal('idle');
    store.cancel();
    (adapter as { disconnect?: unknown }).disconnect = undefined;
    store.requestDisconnect();
    expect(store.canDisconnect).to.equal(false);
    expect(store.state.disconnect.name).to.equal('idle');
  });
});

describe('ConnectionStore: landing parameters', () => {
  it('?qbo-reconnect opens the confirmation once loaded, and leaves the address bar', async () => {
    const { store, replaced } = await loaded(INACTIVE, 'https://host.example/integrations/quickbooks?tab=vendors&qbo-reconnect');
    expect(await store.openFromLanding()).to.equal(true);
    expect(store.state.flow.name).to.equal('confirming');
    expect(replaced).to.deep.equal([PAGE]);
  });

  it('?qbo-disconnected is only removed', async () => {
    const { store, replaced } = await loaded(DISCONNECTED, 'https://host.example/integrations/quickbooks?qbo-disconnected=1');
    expect(await store.openFromLanding()).to.equal(false);
    expect(store.state.flow.name).to.equal('idle');
    expect(replaced).to.deep.equal(['https://host.example/integrations/quickbooks']);
  });

  it('a page without them is left alone', async () => {
    const { store, replaced } = await loaded(INACTIVE);
    expect(await store.openFromLanding()).to.equal(false);
    expect(replaced).to.deep.equal([]);
    expect(readLanding('not a url').cleanedUrl).to.equal(null);
  });
});

describe('memory backend and msw: DELETE /connection', () => {
  const worker = useMockWorker('disconnect');
  const BASE = '/api/qbo-disconnect';

  it('the memory adapter ends the link and keeps company, history and vendors', async () => {
    const adapter = createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT });
    const pushed: string[] = [];
    adapter.subscribe((snapshot) => pushed.push(snapshot.linkState));
    const snapshot = await adapter.disconnect();
    expect(snapshot).to.deep.equal({ ...SAMPLE_ACTIVE_SNAPSHOT, linkState: 'disabled', inactiveReason: 'manually_disabled', credentialsExpireAt: null });
    expect(pushed).to.deep.equal(['disabled']);
    expect((await adapter.vendors({ cursor: null, limit: 5 })).items[0]!.id).to.equal(null);
    const again = await rejectionOf(adapter.disconnect());
    expect([again.status, again.code]).to.deep.equal([409, 'not_connected']);
  });

  it('serves the contract through the HTTP adapter: 200 snapshot, then 409 not_connected', async () => {
    worker.use(...createHandlers({ baseUrl: BASE, scenario: 'active' }));
    const adapter = createHttpAdapter({ baseUrl: BASE, timeoutMs: 3000 });
    const snapshot = await adapter.disconnect!();
    expect([snapshot.linkState, snapshot.inactiveReason]).to.deep.equal(['disabled', 'manually_disabled']);
    expect((await adapter.load()).linkState).to.equal('disabled');
    const error = await rejectionOf(adapter.disconnect!());
    expect([error.reason, error.status, error.code]).to.deep.equal(['server', 409, 'not_connected']);
  });

  it('a never-connected backend has nothing to end', async () => {
    worker.use(...createHandlers({ baseUrl: BASE, scenario: 'disabled' }));
    const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE }).disconnect!());
    expect(error.code).to.equal('not_connected');
    expect(getScenario('disabled').snapshot).to.deep.equal(SAMPLE_DISABLED_SNAPSHOT);
  });

  it('the disconnect-error scenario fails the DELETE and changes nothing', async () => {
    worker.use(...createHandlers({ baseUrl: BASE, scenario: 'disconnect-error' }));
    const adapter = createHttpAdapter({ baseUrl: BASE });
    const error = await rejectionOf(adapter.disconnect!());
    expect([error.status, error.code]).to.deep.equal([503, 'intuit_unavailable']);
    expect((await adapter.load()).linkState).to.equal('active');
  });

  it('the expiring scenario is active with credentials lapsing within 14 days', async () => {
    const snapshot = getScenario('expiring').snapshot;
    const days = (Date.parse(snapshot.credentialsExpireAt!) - Date.now()) / 86_400_000;
    expect(snapshot.linkState).to.equal('active');
    expect(days).to.be.within(EXPIRING_IN_DAYS - 1, 14);
  });
});
