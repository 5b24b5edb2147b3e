// Two server processes on one PostgreSQL deliver the same outbox: every event reaches the receiver, one process at a
// time per event, in order per tenant, with no duplicate beyond what at-least-once allows (none without a crash).
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { createQboServer, type QboServer } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';
import { postgresUrl, uniqueTenant } from './databases.js';
import { bodyOf, newSecret, startReceiver, waitFor, type Receiver } from './event-helpers.js';
import { KEY_HEX } from './helpers.js';

const TENANTS = 20;
const PER_TENANT = 15;
/** Generous, so a stalled event loop on a busy machine is not mistaken for a receiver that did not answer. */
const TIMEOUT_MS = 30_000;
const INTUIT = { authorizationEndpoint: 'https://intuit.invalid/a', tokenEndpoint: 'https://intuit.invalid/t', revocationEndpoint: 'https://intuit.invalid/r', apiBaseUrl: 'https://intuit.invalid' };

describe('event delivery across two processes sharing PostgreSQL', () => {
  const databaseUrl = postgresUrl();
  const secret = newSecret();
  const prefix = uniqueTenant('order');
  let receiver: Receiver;
  let server: QboServer;
  let heard = 0;
  /** Per event id: accepted deliveries; per tenant: how many of its events were accepted so far. */
  const accepted = new Map<string, number>();
  const acceptedPerTenant = new Map<string, number>();
  const violations: string[] = [];

  before(async () => {
    receiver = await startReceiver();
    receiver.answer = (request) => {
      const { data } = bodyOf(request);
      if (!String(data.tenantId).startsWith(prefix)) return 204;
      const id = request.headers['webhook-id'] as string;
      const index = Number(data.actor.name);
      const done = acceptedPerTenant.get(data.tenantId) ?? 0;
      // In order per tenant: event i is only ever sent once events 0…i-1 were accepted. A resend of an accepted
      // event (index < done) is a duplicate, counted below.
      if (index > done) violations.push(`${data.tenantId}: event ${index} sent before event ${done} was accepted`);
      if (index < done) {
        accepted.set(id, (accepted.get(id) ?? 0) + 1);
        return 200;
      }
      // A quarter of the requests fail; the rest are accepted.
      if (Math.random() < 0.25) return 503;
      accepted.set(id, (accepted.get(id) ?? 0) + 1);
      acceptedPerTenant.set(data.tenantId, done + 1);
      return 200;
    };
    server = await createQboServer({
      clientId: 'client',
      clientSecret: 'secret',
      intuit: INTUIT,
      redirectUris: ['https://host.example/quickbooks/callback'],
      encryptionKey: KEY_HEX,
      database: { databaseUrl },
      sweepIntervalMs: 0,
      tenant: () => null,
      webhooks: { url: receiver.url, secret, timeoutMs: TIMEOUT_MS },
      eventDelivery: { interval: 10 },
      onConnectionEvent: () => {
        heard++;
      },
    });
    server[internals].dispatcher.batch = 5;
    server[internals].dispatcher.backoff = { baseMs: 20, maxMs: 200 };
  });
  after(async () => {
    await server.close();
    await receiver.close();
  });

  it(`${TENANTS} tenants × ${PER_TENANT} events written while both deliver: all accepted once, in order per tenant`, async () => {
    const child = fork(new URL('./fixtures/event-server.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        MOCK_ENDPOINTS: JSON.stringify(INTUIT),
        ENCRYPTION_KEY: KEY_HEX,
        DATABASE_URL: databaseUrl,
        WEBHOOK_URL: receiver.url,
        WEBHOOK_SECRET: secret,
        WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    });
    try {
      const [ready] = (await once(child, 'message')) as [{ ready?: boolean }];
      assert.equal(ready.ready, true);
      const { repository } = server[internals];
      // Written round-robin over the tenants, each in its own commit, while both processes are delivering.
      for (let i = 0; i < PER_TENANT; i++) {
        for (let t = 0; t < TENANTS; t++) {
          await repository.appendEvents([{ tenantId: `${prefix}-${t}`, type: 'reconnected', at: new Date(), actor: { name: String(i), email: null } }]);
        }
      }
      const total = TENANTS * PER_TENANT;
      await waitFor(() => accepted.size === total, `${total} events accepted`, 300_000);
      child.send({ stop: true });
      const [{ heard: theirs }] = (await once(child, 'message')) as [{ heard: number }];
      assert.deepEqual(violations, []);
      // Without a crash or a timeout, at least once is exactly once: one process at a time per event.
      assert.equal([...accepted.values()].filter((count) => count > 1).length, 0, 'no event accepted twice');
      for (let t = 0; t < TENANTS; t++) assert.equal(acceptedPerTenant.get(`${prefix}-${t}`), PER_TENANT);
      // Both processes delivered (their hooks together heard at least every event of this test).
      assert.ok(theirs > 0 && heard > 0, `both processes delivered (this ${heard}, the other ${theirs})`);
      assert.ok(heard + theirs >= total);
    } finally {
      child.kill();
    }
  });
});
