import { expect } from '@open-wc/testing';
import { ConnectionStore } from '../../src/core/store.js';
import type { StoreEvent, StoreEnvironment } from '../../src/core/store.js';
import { ConnectionError } from '../../src/core/errors.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { ACTIVE, FakeWindow, INACTIVE, MemoryStorage, ScriptedAdapter, settle } from '../helpers/fakes.js';

const PAGE = 'https://host.example/integrations/quickbooks?tab=vendors';

function setup(env: Partial<StoreEnvironment> = {}) {
  FakeWindow.created = [];
  const adapter = new ScriptedAdapter();
  const storage = new MemoryStorage();
  const navigations: string[] = [];
  const replaced: string[] = [];
  const store = new ConnectionStore({
    adapter,
    redirectUri: 'https://host.example/oauth/callback',
    environment: {
      storage,
      currentUrl: () => PAGE,
      navigate: (url) => navigations.push(url),
      replaceUrl: (url) => replaced.push(url),
      createWindow: (uri, hooks) => new FakeWindow(uri, hooks),
      ...env,
    },
  });
  const events: StoreEvent[] = [];
  store.onEvent((event) => events.push(event));
  return { adapter, store, storage, events, navigations, replaced };
}

async function loaded(snapshot = INACTIVE) {
  const context = setup();
  const done = context.store.load();
  context.adapter.loads[0]!.reply.resolve(snapshot);
  await done;
  return context;
}

/** Confirms, lets authorize() reply, and returns the sign-in window the store opened. */
async function signInOpen(context: Awaited<ReturnType<typeof loaded>>) {
  context.store.requestReconnect();
  context.store.confirm();
  await settle();
  return FakeWindow.created.at(-1)!;
}

describe('ConnectionStore: loading', () => {
  it('shares one request among 10 concurrent loads, and loads once', async () => {
    const { adapter, store } = setup();
    const calls = Array.from({ length: 10 }, () => store.load());
    expect(adapter.loads).to.have.length(1);
    expect(store.state.status).to.equal('loading');
    adapter.loads[0]!.reply.resolve(INACTIVE);
    await Promise.all(calls);
    await store.load();
    expect(adapter.loads).to.have.length(1);
    expect(store.state.status).to.equal('ready');
    expect(store.state.snapshot).to.deep.equal(INACTIVE);
  });

  it('drops a stale reply: refresh aborts the earlier load and ignores its late answer', async () => {
    const { adapter, store } = setup();
    const first = store.load();
    const second = store.refresh();
    expect(adapter.loads).to.have.length(2);
    expect(adapter.loads[0]!.signal!.aborted).to.equal(true);
    adapter.loads[1]!.reply.resolve(ACTIVE);
    await second;
    adapter.loads[0]!.reply.resolve(INACTIVE);
    await first;
    expect(store.state.snapshot?.linkState).to.equal('active');
  });

  it('turns an invalid reply into a named invalid_response error and an event, keeping the last snapshot', async () => {
    const { adapter, store, events } = await loaded();
    const again = store.refresh();
    adapter.loads[1]!.reply.resolve({ linkState: 'sideways' });
    await again;
    expect(store.state.status).to.equal('error');
    expect(store.state.loadError?.reason).to.equal('invalid_response');
    expect(store.state.snapshot).to.deep.equal(INACTIVE);
    expect(events.at(-1)).to.include({ type: 'load-error', reason: 'invalid_response' });
  });

  it('maps a thrown non-error from a host adapter to a server error', async () => {
    const { adapter, store } = setup();
    const done = store.load();
    adapter.loads[0]!.reply.reject('boom');
    await done;
    expect(store.state.loadError?.reason).to.equal('server');
  });

  it('announces the first status and each change', async () => {
    const { events } = await loaded();
    expect(events[0]).to.deep.include({ type: 'status-change', linkState: 'inactive', previous: null });
  });

  it('is neutral without an adapter', async () => {
    const store = new ConnectionStore({ adapter: null, redirectUri: 'https://host.example/cb' });
    await store.load();
    store.requestReconnect();
    expect(store.state.status).to.equal('unconfigured');
    expect(store.state.flow.name).to.equal('idle');
  });

  it('accepts valid pushes from subscribe and ignores invalid ones', async () => {
    let push: (snapshot: unknown) => void = () => {};
    const adapter = Object.assign(new ScriptedAdapter(), {
      subscribe(listener: (snapshot: ConnectionSnapshot) => void) {
        push = listener as (snapshot: unknown) => void;
        return () => {};
      },
    });
    const store = new ConnectionStore({ adapter, redirectUri: 'https://host.example/cb', environment: { storage: new MemoryStorage() } });
    const events: StoreEvent[] = [];
    store.onEvent((event) => events.push(event));
    push(ACTIVE);
    expect(store.state.snapshot?.linkState).to.equal('active');
    push({ nonsense: true });
    expect(store.state.snapshot?.linkState).to.equal('active');
    expect(events.at(-1)).to.include({ type: 'load-error', reason: 'invalid_response' });
  });
});

describe('ConnectionStore: reconnect flow', () => {
  it('No closes the question without calling the backend', async () => {
    const context = await loaded();
    context.store.requestReconnect();
    expect(context.store.state.flow.name).to.equal('confirming');
    context.store.cancel();
    expect(context.store.state.flow.name).to.equal('cancelled');
    expect(context.adapter.authorizations).to.have.length(0);
    expect(context.events.at(-1)).to.deep.equal({ type: 'reconnect-cancel', step: 'confirming' });
    expect(context.store.state.snapshot?.linkState).to.equal('inactive');
  });

  it('Yes opens the window synchronously, then signs in, completes and shows the banner', async () => {
    const context = await loaded();
    context.store.requestReconnect();
    context.store.confirm();
    const signIn = FakeWindow.created[0]!;
    expect(signIn.opened, 'opened inside the click').to.equal(true);
    expect(context.store.state.flow).to.deep.equal({ name: 'authorizing', mode: 'popup' });
    await settle();
    expect(context.adapter.authorizations).to.deep.equal([{ redirectUri: 'https://host.example/oauth/callback' }]);
    expect(signIn.authorizeCalls[0]).to.deep.equal({ url: 'https://appcenter.intuit.com/connect/oauth2?state=s-1', state: 's-1' });
    signIn.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await settle();
    expect(context.adapter.completions).to.deep.equal([{ code: 'c-1', state: 's-1', realmId: '9130357766' }]);
    expect(context.store.state.flow.name).to.equal('succeeded');
    expect(context.store.state.bannerVisible).to.equal(true);
    expect(context.store.state.snapshot).to.deep.equal(ACTIVE);
    expect(signIn.closed).to.equal(true);
    const types = context.events.map((event) => event.type);
    expect(types).to.include.members(['reconnect-start', 'status-change', 'reconnect-success']);
    context.store.dismissBanner();
    expect(context.store.state.bannerVisible).to.equal(false);
    expect(context.events.at(-1)).to.deep.equal({ type: 'banner-dismiss' });
  });

  it('keeps waiting when the window is detached, and still completes through the channel', async () => {
    const context = await loaded();
    const signIn = await signInOpen(context);
    signIn.hooks.onDetached();
    expect(context.store.state.flow).to.deep.equal({ name: 'authorizing', mode: 'popup', detached: true });
    signIn.answer.resolve({ code: 'c-2', state: 's-1', realmId: '9130357766' });
    await settle();
    expect(context.store.state.flow.name).to.equal('succeeded');
  });

  it('runs one flow at a time', async () => {
    const context = await loaded();
    await signInOpen(context);
    context.store.requestReconnect();
    context.store.confirm();
    expect(FakeWindow.created).to.have.length(1);
    expect(context.store.state.flow.name).to.equal('authorizing');
  });

  it('reports a blocked popup without calling the backend', async () => {
    const context = await loaded();
    FakeWindow.blockNext = true;
    context.store.requestReconnect();
    context.store.confirm();
    expect(context.store.state.flow).to.deep.include({ name: 'failed', reason: 'popup_blocked' });
    expect(context.adapter.authorizations).to.have.length(0);
    expect(context.events.at(-1)).to.include({ type: 'reconnect-error', reason: 'popup_blocked' });
  });

  for (const reason of ['popup_closed', 'access_denied', 'state_mismatch', 'timeout'] as const) {
    it(`fails with ${reason} from the sign-in window, keeping the snapshot`, async () => {
      const context = await loaded();
      const signIn = await signInOpen(context);
      signIn.answer.reject(new ConnectionError(reason, `it was ${reason}`));
      await settle();
      expect(context.store.state.flow).to.deep.equal({ name: 'failed', reason, message: `it was ${reason}` });
      expect(context.events.at(-1)).to.deep.equal({ type: 'reconnect-error', reason, message: `it was ${reason}` });
      expect(context.adapter.completions).to.have.length(0);
      expect(context.store.state.snapshot).to.deep.equal(INACTIVE);
    });
  }

  it('Try again after a failure opens a new sign-in window', async () => {
    const context = await loaded();
    const first = await signInOpen(context);
    first.answer.reject(new ConnectionError('popup_closed', 'closed'));
    await settle();
    context.store.confirm();
    expect(FakeWindow.created).to.have.length(2);
    expect(context.store.state.flow.name).to.equal('authorizing');
  });

  it('cancel while signing in closes the window and ignores a late answer', async () => {
    const context = await loaded();
    const signIn = await signInOpen(context);
    context.store.cancel();
    expect(signIn.closed).to.equal(true);
    expect(context.store.state.flow.name).to.equal('cancelled');
    signIn.answer.resolve({ code: 'c-late', state: 's-1', realmId: '1' });
    await settle();
    expect(context.adapter.completions).to.have.length(0);
    expect(context.store.state.flow.name).to.equal('cancelled');
  });

  it('names an authorize failure and closes the window', async () => {
    const context = await loaded();
    context.adapter.authorizeReply = async () => {
      throw new ConnectionError('network', 'offline');
    };
    const signIn = await signInOpen(context);
    expect(context.store.state.flow).to.deep.include({ name: 'failed', reason: 'network' });
    expect(signIn.closed).to.equal(true);
  });

  it('rejects a malformed complete reply as invalid_response', async () => {
    const context = await loaded();
    context.adapter.completeReply = async () => ({ outcome: 'connected', snapshot: { linkState: 'active' } });
    const signIn = await signInOpen(context);
    signIn.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await settle();
    expect(context.store.state.flow).to.deep.include({ name: 'failed', reason: 'invalid_response' });
    expect(context.store.state.snapshot).to.deep.equal(INACTIVE);
  });

  describe('a different company at sign-in', () => {
    const mismatch = {
      outcome: 'company_mismatch',
      linked: { realmId: '9130357766', name: 'Northwind Outfitters' },
      incoming: { realmId: '4620816365', name: 'Contoso Trading' },
    };

    async function atSwitch() {
      const context = await loaded();
      context.adapter.completeReply = async (request) =>
        request.confirmCompanySwitch ? { outcome: 'connected', snapshot: { ...ACTIVE, company: mismatch.incoming } } : mismatch;
      const signIn = await signInOpen(context);
      signIn.answer.resolve({ code: 'c-9', state: 's-1', realmId: '4620816365' });
      await settle();
      return context;
    }

    it('asks a second time, naming both companies', async () => {
      const context = await atSwitch();
      expect(context.store.state.flow).to.deep.equal({
        name: 'confirming-company-switch',
        linked: mismatch.linked,
        incoming: mismatch.incoming,
      });
    });

    it('No cancels and calls nothing more, so no data is removed', async () => {
      const context = await atSwitch();
      context.store.cancel();
      await settle();
      expect(context.store.state.flow.name).to.equal('cancelled');
      expect(context.adapter.completions).to.have.length(1);
      expect(context.adapter.completions[0]!.confirmCompanySwitch).to.equal(undefined);
      expect(context.events.at(-1)).to.deep.equal({ type: 'reconnect-cancel', step: 'confirming-company-switch' });
    });

    it('Yes completes with confirmCompanySwitch and links the new company', async () => {
      const context = await atSwitch();
      context.store.confirmCompanySwitch();
      expect(context.store.state.flow.name).to.equal('completing');
      await settle();
      expect(context.adapter.completions[1]).to.deep.equal({ code: 'c-9', state: 's-1', realmId: '4620816365', confirmCompanySwitch: true });
      expect(context.store.state.flow.name).to.equal('succeeded');
      expect(context.store.state.snapshot?.company?.name).to.equal('Contoso Trading');
      expect(context.events.at(-1)).to.deep.include({ type: 'reconnect-success', companySwitched: true });
    });
  });
});

describe('ConnectionStore: redirect mode', () => {
  it('saves the pending state and leaves for Intuit', async () => {
    const context = await loaded();
    context.store.requestReconnect();
    context.store.confirm('redirect');
    expect(FakeWindow.created).to.have.length(0);
    await settle();
    expect(context.navigations).to.deep.equal(['https://appcenter.intuit.com/connect/oauth2?state=s-1']);
    expect(context.storage.length).to.be.greaterThan(0);
  });

  async function returned(query: string) {
    const leaving = await loaded();
    leaving.store.requestReconnect();
    leaving.store.confirm('redirect');
    await settle();
    // The page reloads at the return URL: a new store over the same sessionStorage.
    const adapter = new ScriptedAdapter();
    const replaced: string[] = [];
    const store = new ConnectionStore({
      adapter,
      redirectUri: 'https://host.example/oauth/callback',
      environment: {
        storage: leaving.storage,
        currentUrl: () => `${PAGE}&${query}`,
        replaceUrl: (url) => replaced.push(url),
        navigate: () => {},
        createWindow: (uri, hooks) => new FakeWindow(uri, hooks),
      },
    });
    const events: StoreEvent[] = [];
    store.onEvent((event) => events.push(event));
    return { adapter, store, replaced, events, storage: leaving.storage };
  }

  it('resumes from ?code&state&realmId, cleans the URL, completes once', async () => {
    const back = await returned('code=c-7&state=s-1&realmId=9130357766');
    expect(await back.store.resumeFromRedirect()).to.equal(true);
    expect(back.replaced).to.deep.equal([PAGE]);
    expect(back.adapter.completions).to.deep.equal([{ code: 'c-7', state: 's-1', realmId: '9130357766' }]);
    expect(back.store.state.flow.name).to.equal('succeeded');
    expect(back.store.state.bannerVisible).to.equal(true);
    // A reload of the same address must not exchange the code again.
    const reloaded = new ConnectionStore({
      adapter: back.adapter,
      redirectUri: 'https://host.example/oauth/callback',
      environment: { storage: back.storage, currentUrl: () => `${PAGE}&code=c-7&state=s-1&realmId=9130357766`, replaceUrl: () => {} },
    });
    expect(await reloaded.resumeFromRedirect()).to.equal(false);
    expect(back.adapter.completions).to.have.length(1);
  });

  it('fails with state_mismatch when the state is not the one issued', async () => {
    const back = await returned('code=c-7&state=forged&realmId=9130357766');
    await back.store.resumeFromRedirect();
    expect(back.store.state.flow).to.deep.include({ name: 'failed', reason: 'state_mismatch' });
    expect(back.adapter.completions).to.have.length(0);
  });

  it('fails with access_denied on ?error=access_denied', async () => {
    const back = await returned('error=access_denied&state=s-1');
    await back.store.resumeFromRedirect();
    expect(back.store.state.flow).to.deep.include({ name: 'failed', reason: 'access_denied' });
    expect(back.events.map((event) => event.type)).to.deep.equal(['reconnect-start', 'reconnect-error']);
  });

  it('leaves a page without OAuth parameters alone', async () => {
    const { store, replaced } = setup();
    expect(await store.resumeFromRedirect()).to.equal(false);
    expect(replaced).to.have.length(0);
  });
});

