// The mock backend's hand-off: the memory adapter's rules (fake 7-day links, replacement, hourly limit, refusals)
// and the msw handlers that serve them, seen through the HTTP adapter; the admin-access-lost and handoff-requested scenarios.
import { expect } from '@open-wc/testing';
import { ConnectionError } from '../../src/core/errors.js';
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import { parseHandoffCreated } from '../../src/core/schemas.js';
import { createHandlers, createMemoryAdapter, getScenario, MemoryBackend, SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_DISABLED_SNAPSHOT } from '../../src/mocks/index.js';
import { rejectionOf } from '../helpers/assertions.js';
import { useMockWorker } from '../helpers/msw.js';

const BASE = '/api/qbo-mock-handoff';
const worker = useMockWorker('handoff-mocks');
const DAY = 86_400_000;

function clock(start = '2026-12-04T10:00:00.000Z') {
  let now = new Date(start);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('mock backend: hand-off', () => {
  it('memory adapter: a fake link valid 7 days, sent to the email given, named in the snapshot', async () => {
    const time = clock();
    const adapter = createMemoryAdapter({ now: time.now, handoffLinkBase: 'https://host.example/qbo/handoff/' });
    const created = await adapter.createHandoff({ email: ' ops@northwind.example ', note: 'Hi' });
    expect(parseHandoffCreated(created)).to.deep.equal(created);
    expect(created.url).to.match(/^https:\/\/host\.example\/qbo\/handoff\/[0-9a-f]{32}$/);
    expect(created.expiresAt).to.equal(new Date(time.now().getTime() + 7 * DAY).toISOString());
    expect(created.sentTo).to.equal('ops@northwind.example');
    expect((await adapter.load()).handoff).to.deep.equal({
      requestedBy: { name: 'Dana Ortiz' },
      requestedAt: time.now().toISOString(),
      expiresAt: created.expiresAt,
      email: 'ops@northwind.example',
    });
  });

  it('a new request replaces the open one; cancel ends it; an expired one is gone on the next load', async () => {
    const time = clock();
    const adapter = createMemoryAdapter({ now: time.now });
    const first = await adapter.createHandoff({ email: 'ops@northwind.example' });
    time.advance(60_000);
    const second = await adapter.createHandoff({});
    expect(second.url).to.not.equal(first.url);
    expect(second.sentTo).to.equal(null);
    expect((await adapter.load()).handoff).to.include({ email: null, expiresAt: second.expiresAt });
    expect((await adapter.cancelHandoff()).handoff).to.equal(null);
    expect((await adapter.cancelHandoff()).handoff).to.equal(null);
    await adapter.createHandoff({});
    time.advance(7 * DAY + 1);
    expect((await adapter.load()).handoff).to.equal(null);
  });

  it('refuses while active (handoff_not_needed), with no company (not_connected), and a bad email or note (400)', async () => {
    const active = createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT });
    let error = await rejectionOf(active.createHandoff({}));
    expect([error.status, error.code]).to.deep.equal([409, 'handoff_not_needed']);
    error = await rejectionOf(createMemoryAdapter({ snapshot: SAMPLE_DISABLED_SNAPSHOT }).createHandoff({}));
    expect([error.status, error.code]).to.deep.equal([409, 'not_connected']);
    error = await rejectionOf(createMemoryAdapter().createHandoff({ email: 'not an address' }));
    expect([error.status, error.code]).to.deep.equal([400, 'invalid_request']);
    error = await rejectionOf(createMemoryAdapter().createHandoff({ note: 'x'.repeat(501) }));
    expect([error.status, error.code]).to.deep.equal([400, 'invalid_request']);
  });

  it('limits links per hour (429 rate_limited with retryAfter) and accepts again once the hour has passed', async () => {
    const time = clock();
    const adapter = createMemoryAdapter({ now: time.now, handoffRatePerHour: 2 });
    await adapter.createHandoff({});
    time.advance(10 * 60_000);
    await adapter.createHandoff({});
    const error = await rejectionOf(adapter.createHandoff({}));
    expect(error).to.be.instanceOf(ConnectionError);
    expect([error.status, error.code, error.retryAfter]).to.deep.equal([429, 'rate_limited', 50 * 60]);
    time.advance(50 * 60_000);
    expect((await adapter.createHandoff({})).url).to.be.a('string');
  });

  it('msw: POST and DELETE /connection/handoff through the HTTP adapter, the 429 with retryAfter', async () => {
    const backend = new MemoryBackend({ handoffRatePerHour: 1 });
    worker.use(...createHandlers({ baseUrl: BASE, backend }));
    const adapter = createHttpAdapter({ baseUrl: BASE, timeoutMs: 3000 });
    const created = await adapter.createHandoff!({ email: 'ops@northwind.example', note: 'Please', lang: 'fr-CA' });
    expect(created.sentTo).to.equal('ops@northwind.example');
    expect(new URL(created.url).origin).to.equal(location.origin);
    expect((await adapter.load()).handoff!.email).to.equal('ops@northwind.example');
    const error = await rejectionOf(adapter.createHandoff!({}));
    expect([error.status, error.code]).to.deep.equal([429, 'rate_limited']);
    expect(error.retryAfter).to.be.within(3590, 3600);
    expect((await adapter.cancelHandoff!()).handoff).to.equal(null);
    expect(backend.snapshot.handoff).to.equal(null);
  });

  it('msw: a bad body is a 400 invalid_request', async () => {
    worker.use(...createHandlers({ baseUrl: BASE }));
    const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE }).createHandoff!({ email: 'nope' }));
    expect([error.status, error.code]).to.deep.equal([400, 'invalid_request']);
  });

  it('scenarios: admin-access-lost, and handoff-requested with an open request that expires in 6 days', async () => {
    expect(getScenario('admin-access-lost').snapshot).to.include({ linkState: 'inactive', inactiveReason: 'admin_access_lost', handoff: null });
    worker.use(...createHandlers({ baseUrl: BASE, scenario: 'handoff-requested' }));
    const snapshot = await createHttpAdapter({ baseUrl: BASE }).load();
    expect(snapshot.inactiveReason).to.equal('admin_access_lost');
    expect(snapshot.handoff).to.include({ email: 'ops@northwind.example' });
    expect(snapshot.handoff!.requestedBy).to.deep.equal({ name: 'Dana Ortiz' });
    const left = Date.parse(snapshot.handoff!.expiresAt) - Date.now();
    expect(left).to.be.within(6 * DAY - 60_000, 6 * DAY + 1000);
  });
});
