// The store's deadlines: an adapter call that never settles ends as `timeout`, with a way to try again.
import { expect } from '@open-wc/testing';
import { ConnectionStore } from '../../src/core/store.js';
import type { StoreEvent, StoreEnvironment } from '../../src/core/store.js';
import { ConnectionError } from '../../src/core/errors.js';
import { ACTIVE, DISCONNECTED, FakeWindow, INACTIVE, MemoryStorage, ScriptedAdapter, settle } from '../helpers/fakes.js';
import { ManualClock } from '../helpers/clock.js';
import { DETACHED_RETRY_OFFER_MS } from '../../src/core/store-reconnect.js';

const PAGE = 'https://host.example/integrations/quickbooks';
const DEADLINE = 1000;
const never = () => new Promise<never>(() => {});

function setup(env: Partial<StoreEnvironment> = {}) {
  FakeWindow.created = [];
  const clock = new ManualClock();
  const adapter = new ScriptedAdapter();
  const store = new ConnectionStore({
    adapter,
    redirectUri: 'https://host.example/oauth/callback',
    callTimeoutMs: DEADLINE,
    environment: {
      storage: new MemoryStorage(),
      currentUrl: () => PAGE,
      navigate: () => {},
      replaceUrl: () => {},
      createWindow: (uri, hooks) => new FakeWindow(uri, hooks),
      schedule: clock.schedule,
      ...env,
    },
  });
  const events: StoreEvent[] = [];
  store.onEvent((event) => events.push(event));
  return { adapter, store, clock, events };
}

async function loaded() {
  const context = setup();
  const done = context.store.load();
  context.adapter.loads[0]!.reply.resolve(INACTIVE);
  await done;
  return context;
}

describe('ConnectionStore: deadlines on adapter calls', () => {
  it('a load that never settles ends as timeout with the load-error event; Retry loads again', async () => {
    const { adapter, store, clock, events } = setup();
    const done = store.load();
    clock.advance(DEADLINE - 1);
    await settle();
    expect(store.state.status).to.equal('loading');
    clock.advance(1);
    await done;
    expect(store.state.status).to.equal('error');
    expect(store.state.loadError?.reason).to.equal('timeout');
    expect(adapter.loads[0]!.signal!.aborted, 'the adapter is told to stop').to.equal(true);
    expect(events.at(-1)).to.include({ type: 'load-error', reason: 'timeout' });
    const retry = store.refresh();
    adapter.loads[1]!.reply.resolve(ACTIVE);
    await retry;
    expect(store.state.status).to.equal('ready');
    // The first reply, arriving late, changes nothing.
    adapter.loads[0]!.reply.resolve(INACTIVE);
    await settle();
    expect(store.state.snapshot?.linkState).to.equal('active');
  });

  it('a load that throws synchronously ends as a named error', async () => {
    const { adapter, store } = setup();
    adapter.load = () => {
      throw Object.create(null);
    };
    await store.load();
    expect(store.state.status).to.equal('error');
    expect(store.state.loadError?.reason).to.equal('server');
  });

  it('an authorize() that never settles ends as timeout, closes the window, and Try again works', async () => {
    const context = await loaded();
    context.adapter.authorizeReply = never;
    context.store.requestReconnect();
    context.store.confirm();
    context.clock.advance(DEADLINE);
    await settle();
    expect(context.store.state.flow).to.deep.include({ name: 'failed', reason: 'timeout' });
    expect(FakeWindow.created[0]!.closed).to.equal(true);
    expect(context.events.at(-1)).to.include({ type: 'reconnect-error', reason: 'timeout' });
    context.adapter.authorizeReply = async () => ({ authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2?state=s-2', state: 's-2' });
    context.store.confirm();
    await settle();
    expect(context.store.state.flow.name).to.equal('authorizing');
    expect(FakeWindow.created).to.have.length(2);
  });

  it('a complete() that never settles ends as timeout', async () => {
    const context = await loaded();
    context.adapter.completeReply = never;
    context.store.requestReconnect();
    context.store.confirm();
    await settle();
    FakeWindow.created[0]!.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await settle();
    expect(context.store.state.flow.name).to.equal('completing');
    context.clock.advance(DEADLINE);
    await settle();
    expect(context.store.state.flow).to.deep.include({ name: 'failed', reason: 'timeout' });
  });

  it('a disconnect() that never settles ends as a timeout failure, nothing changed', async () => {
    const context = await loaded();
    context.store.requestDisconnect();
    const done = context.store.confirmDisconnect();
    expect(context.store.state.disconnect.name).to.equal('disconnecting');
    context.clock.advance(DEADLINE);
    await done;
    expect(context.store.state.disconnect).to.deep.include({ name: 'failed', reason: 'timeout' });
    expect(context.store.state.snapshot).to.deep.equal(INACTIVE);
    // Its reply, arriving after the deadline, is dropped.
    context.adapter.disconnects[0]!.reply.resolve(DISCONNECTED);
    await settle();
    expect(context.store.state.snapshot).to.deep.equal(INACTIVE);
  });
});

describe('ConnectionStore: the sign-in window is watched from the moment it opens', () => {
  it('closing the blank window while authorize() runs ends the sign-in as popup_closed at once', async () => {
    const context = await loaded();
    let authorizeSignal: AbortSignal | undefined;
    (context.adapter as { authorize: unknown }).authorize = (_request: unknown, options?: { signal?: AbortSignal }) => {
      authorizeSignal = options?.signal;
      return never();
    };
    context.store.requestReconnect();
    context.store.confirm();
    FakeWindow.created[0]!.hooks.onClosed();
    expect(context.store.state.flow).to.deep.include({ name: 'failed', reason: 'popup_closed' });
    expect(authorizeSignal?.aborted, 'authorize() is told to stop').to.equal(true);
    expect(context.events.at(-1)).to.include({ type: 'reconnect-error', reason: 'popup_closed' });
  });

  it('a close reported after the sign-in moved on is ignored', async () => {
    const context = await loaded();
    context.store.requestReconnect();
    context.store.confirm();
    await settle();
    const signIn = FakeWindow.created[0]!;
    signIn.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await settle();
    signIn.hooks.onClosed();
    expect(context.store.state.flow.name).to.equal('succeeded');
  });
});

describe('ConnectionStore: cancel while completing', () => {
  it('checks the status again, since the backend may have linked the company', async () => {
    const context = await loaded();
    let finish: (value: unknown) => void = () => {};
    context.adapter.completeReply = () => new Promise((resolve) => (finish = resolve));
    context.store.requestReconnect();
    context.store.confirm();
    await settle();
    FakeWindow.created[0]!.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await settle();
    expect(context.store.state.flow.name).to.equal('completing');
    context.store.cancel();
    expect(context.store.state.flow.name).to.equal('cancelled');
    expect(context.adapter.loads, 'a second status request').to.have.length(2);
    finish({ outcome: 'connected', snapshot: ACTIVE });
    context.adapter.loads[1]!.reply.resolve(ACTIVE);
    await settle();
    expect(context.store.state.snapshot?.linkState).to.equal('active');
    expect(context.store.state.flow.name).to.equal('cancelled');
  });

  it('a cancel before completing asks nothing more', async () => {
    const context = await loaded();
    context.store.requestReconnect();
    context.store.confirm();
    await settle();
    context.store.cancel();
    expect(context.adapter.loads).to.have.length(1);
  });
});

describe('ConnectionStore: failures of any shape', () => {
  it('a rejection with a hostile value still ends as a named error', async () => {
    const context = await loaded();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    context.adapter.authorizeReply = () => Promise.reject(hostile);
    context.store.requestReconnect();
    context.store.confirm();
    await settle();
    expect(context.store.state.flow).to.deep.include({ name: 'failed' });
    expect(context.store.state.flow.name === 'failed' && typeof context.store.state.flow.reason).to.equal('string');
  });

  it('a ConnectionError from the adapter keeps its reason', async () => {
    const context = await loaded();
    context.adapter.authorizeReply = () => Promise.reject(new ConnectionError('network', 'offline'));
    context.store.requestReconnect();
    context.store.confirm();
    await settle();
    expect(context.store.state.flow).to.deep.include({ name: 'failed', reason: 'network' });
  });
});

describe('ConnectionStore: a detached sign-in window that may be gone', () => {
  it('offers to start again a few seconds after the window was lost, and Try again opens a new one', async () => {
    const context = await loaded();
    context.store.requestReconnect();
    context.store.confirm();
    await settle();
    const first = FakeWindow.created[0]!;
    first.hooks.onDetached();
    expect(context.store.state.flow).to.deep.equal({ name: 'authorizing', mode: 'popup', detached: true });
    context.store.confirm();
    expect(FakeWindow.created, 'no restart before the offer').to.have.length(1);
    context.clock.advance(DETACHED_RETRY_OFFER_MS);
    expect(context.store.state.flow).to.deep.equal({ name: 'authorizing', mode: 'popup', detached: true, retryOffered: true });
    context.store.confirm();
    await settle();
    expect(FakeWindow.created).to.have.length(2);
    expect(first.closed).to.equal(true);
    expect(context.store.state.flow).to.deep.equal({ name: 'authorizing', mode: 'popup' });
    FakeWindow.created[1]!.answer.resolve({ code: 'c-9', state: 's-1', realmId: '9130357766' });
    await settle();
    expect(context.store.state.flow.name).to.equal('succeeded');
  });

  it('makes no offer once the sign-in has moved on', async () => {
    const context = await loaded();
    context.store.requestReconnect();
    context.store.confirm();
    await settle();
    FakeWindow.created[0]!.hooks.onDetached();
    context.store.cancel();
    context.clock.advance(DETACHED_RETRY_OFFER_MS);
    expect(context.store.state.flow.name).to.equal('cancelled');
  });
});
