// The store's hand-off run: create, the link kept only until the form closes, named refusals, cancel, events; the
// offer's selector; a refused sign-in remembered; a reconnect finished elsewhere earning the banner.
import { expect } from '@open-wc/testing';
import type { ConnectionAdapter } from '../../src/core/adapter.js';
import { ConnectionError } from '../../src/core/errors.js';
import { handoffOffer, isEmailAddress, reconnectedElsewhere } from '../../src/core/handoff-state.js';
import type { ConnectionSnapshot, HandoffCreateRequest } from '../../src/core/model.js';
import { ConnectionStore } from '../../src/core/store.js';
import type { StoreEvent } from '../../src/core/store.js';
import { ACTIVE, deferred, INACTIVE, settle } from '../helpers/fakes.js';
import type { Deferred } from '../helpers/fakes.js';

const OPEN_REQUEST = {
  requestedBy: { name: 'Dana Ortiz' },
  requestedAt: '2026-12-04T10:00:00Z',
  expiresAt: '2026-12-11T10:00:00Z',
  email: 'ops@northwind.example',
};

/** An adapter whose loads answer the current `snapshot` and whose hand-off calls the test answers. */
class HandoffAdapter implements ConnectionAdapter {
  snapshot: ConnectionSnapshot = INACTIVE;
  loads = 0;
  creates: Array<{ request: HandoffCreateRequest; reply: Deferred<unknown>; signal: AbortSignal | undefined }> = [];
  cancels: Array<{ reply: Deferred<unknown> }> = [];
  async load() {
    this.loads++;
    return structuredClone(this.snapshot);
  }
  async authorize(): Promise<never> {
    throw new Error('not used');
  }
  async complete(): Promise<never> {
    throw new Error('not used');
  }
  async vendors() {
    return { items: [], nextCursor: null };
  }
  createHandoff(request: HandoffCreateRequest, options?: { signal?: AbortSignal }) {
    const reply = deferred<unknown>();
    this.creates.push({ request, reply, signal: options?.signal });
    return reply.promise as never;
  }
  cancelHandoff() {
    const reply = deferred<unknown>();
    this.cancels.push({ reply });
    return reply.promise as never;
  }
}

async function ready(snapshot: ConnectionSnapshot = INACTIVE) {
  const adapter = new HandoffAdapter();
  adapter.snapshot = snapshot;
  const store = new ConnectionStore({ adapter, redirectUri: 'https://host.example/cb', environment: { currentUrl: () => 'https://host.example/' } });
  const events: StoreEvent[] = [];
  store.onEvent((event) => events.push(event));
  await store.load();
  return { adapter, store, events };
}

describe('store hand-off', () => {
  it('creates a link: trimmed body, creating → created, an event without the URL, then loads the open request', async () => {
    const { adapter, store, events } = await ready();
    expect(store.canHandoff).to.equal(true);
    const done = store.createHandoff({ email: '  ops@northwind.example ', note: '  Please reconnect  ', lang: 'fr-CA' });
    expect(store.state.handoff.name).to.equal('creating');
    expect(adapter.creates[0]!.request).to.deep.equal({ email: 'ops@northwind.example', note: 'Please reconnect', lang: 'fr-CA' });
    adapter.snapshot = { ...INACTIVE, handoff: OPEN_REQUEST };
    const loadsBefore = adapter.loads;
    adapter.creates[0]!.reply.resolve({ url: 'https://host.example/qbo/handoff/abc', expiresAt: '2026-12-11T10:00:00Z', sentTo: 'ops@northwind.example' });
    await done;
    await settle();
    expect(store.state.handoff).to.deep.equal({
      name: 'created',
      url: 'https://host.example/qbo/handoff/abc',
      expiresAt: '2026-12-11T10:00:00Z',
      sentTo: 'ops@northwind.example',
    });
    expect(events.filter((e) => e.type.startsWith('handoff'))).to.deep.equal([
      { type: 'handoff-create', expiresAt: '2026-12-11T10:00:00Z', sentTo: 'ops@northwind.example' },
    ]);
    expect(JSON.stringify(events)).to.not.include('/handoff/abc');
    expect(adapter.loads).to.equal(loadsBefore + 1);
    expect(store.state.snapshot!.handoff).to.deep.equal(OPEN_REQUEST);
    expect(handoffOffer(store.state, adapter)).to.equal('requested');
    // Closing the form forgets the link for good.
    store.closeHandoff();
    expect(store.state.handoff).to.deep.equal({ name: 'idle' });
  });

  it('leaves empty fields out and ignores a second create while one runs', async () => {
    const { adapter, store } = await ready();
    void store.createHandoff({ email: ' ', note: '' });
    void store.createHandoff({ email: 'x@y.example' });
    expect(adapter.creates).to.have.length(1);
    expect(adapter.creates[0]!.request).to.deep.equal({});
  });

  it('names the refusals: rate_limited with retryAfter, handoff_not_needed and not_connected reload the status', async () => {
    const { adapter, store, events } = await ready();
    let done = store.createHandoff({});
    adapter.creates[0]!.reply.reject(new ConnectionError('server', 'Too many.', { status: 429, code: 'rate_limited', retryAfter: 125.2 }));
    await done;
    expect(store.state.handoff).to.deep.equal({ name: 'failed', action: 'create', reason: 'rate_limited', message: 'Too many.', retryAfter: 126 });
    const loads = adapter.loads;
    done = store.createHandoff({});
    adapter.snapshot = ACTIVE;
    adapter.creates[1]!.reply.reject(new ConnectionError('server', 'Active.', { status: 409, code: 'handoff_not_needed' }));
    await done;
    await settle();
    expect(store.state.handoff).to.include({ name: 'failed', reason: 'handoff_not_needed', retryAfter: null });
    expect(adapter.loads).to.equal(loads + 1);
    expect(store.state.snapshot!.linkState).to.equal('active');
    done = store.createHandoff({});
    adapter.creates[2]!.reply.reject(new ConnectionError('network', 'Offline.'));
    await done;
    expect(store.state.handoff).to.include({ name: 'failed', reason: 'network' });
    expect(events.filter((e) => e.type === 'handoff-error').map((e) => (e as { reason: string }).reason)).to.deep.equal([
      'rate_limited',
      'handoff_not_needed',
      'network',
    ]);
  });

  it('an invalid reply is an invalid_response failure, never a link', async () => {
    const { adapter, store } = await ready();
    const done = store.createHandoff({});
    adapter.creates[0]!.reply.resolve({ url: 'javascript:alert(1)', expiresAt: 'soon' });
    await done;
    expect(store.state.handoff).to.include({ name: 'failed', reason: 'invalid_response' });
  });

  it('closing while the link is made stops waiting and reloads the status (the backend may have made it)', async () => {
    const { adapter, store, events } = await ready();
    const done = store.createHandoff({});
    const loads = adapter.loads;
    store.closeHandoff();
    expect(adapter.creates[0]!.signal!.aborted).to.equal(true);
    expect(store.state.handoff.name).to.equal('idle');
    adapter.creates[0]!.reply.resolve({ url: 'https://host.example/h/late', expiresAt: '2026-12-11T10:00:00Z', sentTo: null });
    await done;
    await settle();
    expect(store.state.handoff.name).to.equal('idle');
    expect(adapter.loads).to.equal(loads + 1);
    expect(events.some((e) => e.type === 'handoff-create')).to.equal(false);
  });

  it('cancels the open request: cancelling → idle, the new snapshot shown, handoff-cancel fired; a failure is named', async () => {
    const { adapter, store, events } = await ready({ ...INACTIVE, handoff: OPEN_REQUEST });
    let done = store.cancelHandoff();
    expect(store.state.handoff.name).to.equal('cancelling');
    adapter.cancels[0]!.reply.reject(new ConnectionError('timeout', 'Slow.'));
    await done;
    expect(store.state.handoff).to.include({ name: 'failed', action: 'cancel', reason: 'timeout' });
    expect(store.state.snapshot!.handoff).to.deep.equal(OPEN_REQUEST);
    done = store.cancelHandoff();
    adapter.cancels[1]!.reply.resolve({ ...INACTIVE, handoff: null });
    await done;
    expect(store.state.handoff.name).to.equal('idle');
    expect(store.state.snapshot!.handoff).to.equal(null);
    expect(events.filter((e) => e.type.startsWith('handoff')).map((e) => e.type)).to.deep.equal(['handoff-error', 'handoff-cancel']);
  });

  it('offers nothing without createHandoff, while active, or when a reconnect cannot help', async () => {
    const { adapter, store } = await ready();
    expect(handoffOffer(store.state, adapter)).to.equal('offer');
    const { createHandoff: _c, cancelHandoff: _x, ...plain } = adapter as unknown as Record<string, unknown>;
    void _c;
    void _x;
    expect(handoffOffer(store.state, plain as unknown as ConnectionAdapter)).to.equal('none');
    expect(handoffOffer({ ...store.state, snapshot: ACTIVE }, adapter)).to.equal('none');
    expect(handoffOffer({ ...store.state, snapshot: { ...INACTIVE, inactiveReason: 'subscription_inactive' } }, adapter)).to.equal('none');
    expect(handoffOffer({ ...store.state, snapshot: { ...INACTIVE, linkState: 'disabled', company: null, inactiveReason: 'never_connected' } }, adapter)).to.equal('none');
    expect(handoffOffer({ ...store.state, snapshot: { ...INACTIVE, linkState: 'disabled', inactiveReason: 'manually_disabled' } }, adapter)).to.equal('offer');
    expect(handoffOffer({ ...store.state, snapshot: { ...INACTIVE, inactiveReason: 'admin_access_lost' } }, adapter)).to.equal('first');
  });

  it('remembers a refused sign-in (access_denied): ask an admin first until the link is active again', async () => {
    const { adapter, store } = await ready();
    const patch = (store as unknown as { update(p: object): void }).update.bind(store);
    patch({ flow: { name: 'failed', reason: 'access_denied', message: 'Denied.' } });
    expect(store.state.accessDenied).to.equal(true);
    patch({ flow: { name: 'idle' } });
    expect(handoffOffer(store.state, adapter)).to.equal('first');
    adapter.snapshot = ACTIVE;
    await store.refresh();
    expect(store.state.accessDenied).to.equal(false);
  });

  it('a load that finds the link active with a new connectedAt shows the success banner; a recovery does not', async () => {
    const { adapter, store } = await ready();
    adapter.snapshot = { ...ACTIVE, connectedAt: INACTIVE.connectedAt };
    await store.refresh();
    expect(store.state.bannerVisible).to.equal(false);
    adapter.snapshot = INACTIVE;
    await store.refresh();
    adapter.snapshot = ACTIVE;
    await store.refresh();
    expect(store.state.bannerVisible).to.equal(true);
    expect(store.state.firstConnection).to.equal(false);
    expect(reconnectedElsewhere(null, ACTIVE)).to.equal(false);
  });

  it('checks email addresses loosely, as a typing check', () => {
    for (const good of ['ops@northwind.example', 'a.b+c@d.co.uk']) expect(isEmailAddress(good), good).to.equal(true);
    for (const bad of ['ops', 'ops@', '@x.example', 'ops@northwind', 'o ps@x.example', 'a@b@c.example']) expect(isEmailAddress(bad), bad).to.equal(false);
  });
});
