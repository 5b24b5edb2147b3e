// Connection events end to end: real flows write them with their change (outbox), the dispatcher hands them to the
// hook after commit and POSTs them signed (Standard Webhooks) to a local receiver, with retries, backoff and give-up.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { EventDeliveryError, type ConnectionEvent } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';
import { DATABASES, uniqueTenant } from './databases.js';
import { bodyOf, newSecret, startReceiver, waitFor, type Answer, type Received, type Receiver } from './event-helpers.js';
import { COMPANIES, connect, startStack, type Stack } from './helpers.js';

const [northwind, contoso] = COMPANIES as [(typeof COMPANIES)[0], (typeof COMPANIES)[0]];
const MINUTE = 60_000;
const GIVE_UP_AFTER = 60 * MINUTE;

for (const database of DATABASES) {
  describe(`connection events on ${database.name}`, () => {
    const secret = newSecret();
    let stack: Stack;
    let receiver: Receiver;
    /** Every hook call: the event and the tenant's link state the hook could read at that moment. */
    let heard: Array<{ event: ConnectionEvent; linkState: string | null; realmId: string | null }> = [];
    let errors: unknown[] = [];
    let hookThrows: (event: ConnectionEvent) => boolean = () => false;
    let purgeThrows = false;
    /** Per test: how the receiver answers this test's tenant; everyone else's events are accepted. */
    let answerFor: (request: Received, attempt: number) => Answer = () => 204;
    let tenant: string;

    before(async () => {
      receiver = await startReceiver((request) => {
        const { data } = bodyOf(request);
        if (data.tenantId !== tenant) return 204;
        const attempt = receiver.received.filter((r) => r.headers['webhook-id'] === request.headers['webhook-id']).length + 1;
        return answerFor(request, attempt);
      });
      stack = await startStack({
        server: {
          database: database.option(),
          webhooks: { url: receiver.url, secret, timeoutMs: 500 },
          // No timer: a commit's nudge and dispatchEvents() are the only cycles, so each test sees every attempt.
          eventDelivery: { interval: 0, giveUpAfter: GIVE_UP_AFTER },
          onConnectionEvent: async (event) => {
            const row = await stack.server[internals].repository.getConnection(event.tenantId);
            heard.push({ event, linkState: row?.linkState ?? null, realmId: row?.realmId ?? null });
            if (hookThrows(event)) throw new Error('host queue unavailable');
          },
          purgeCompanyData: () => {
            if (purgeThrows) throw new Error('host database down');
          },
          onError: (error) => errors.push(error),
        },
      });
    });
    after(async () => {
      await stack.close();
      await receiver.close();
    });
    beforeEach(() => {
      tenant = uniqueTenant('events');
      heard = [];
      errors = [];
      hookThrows = () => false;
      purgeThrows = false;
      answerFor = () => 204;
      stack.mock.clearFaults();
    });

    const heardTypes = () => heard.filter((h) => h.event.tenantId === tenant).map((h) => h.event.type);
    const webhooksFor = () => receiver.received.filter((r) => bodyOf(r).data.tenantId === tenant);
    const delivery = (id: string) => stack.server[internals].events.deliveryState(id);
    const hasHeard = (type: string) => () => heardTypes().includes(type as never);

    it('connected, reconnected, company_switched, inactive (invalid_grant), disconnected: from real flows, after commit, signed', async () => {
      await connect(stack, tenant, northwind.realmId);
      await waitFor(hasHeard('connected'), 'connected');
      await connect(stack, tenant, northwind.realmId);
      await waitFor(hasHeard('reconnected'), 'reconnected');
      const callback = await stack.signIn(tenant, contoso.realmId);
      assert.equal((await stack.api(tenant, 'POST', '/connection/complete', callback)).status, 409);
      assert.equal((await stack.api(tenant, 'POST', '/connection/complete', { ...callback, confirmCompanySwitch: true })).status, 200);
      await waitFor(hasHeard('company_switched'), 'company_switched');

      // The tokens the link held, to prove no event carries them.
      const accessToken = await stack.server.connections.getAccessToken(tenant);
      const row = await stack.server[internals].repository.getConnection(tenant);
      const refreshToken = (await stack.server[internals].tokens.open(tenant, row!.tokens!)).refreshToken();

      stack.clock.advance(56 * MINUTE);
      stack.mock.fault({ endpoint: 'token', kind: 'invalid_grant', times: 1 });
      await assert.rejects(stack.server.connections.getAccessToken(tenant));
      await waitFor(hasHeard('inactive'), 'inactive');
      assert.equal((await stack.api(tenant, 'DELETE', '/connection')).status, 200);
      await waitFor(hasHeard('disconnected'), 'disconnected');

      const expected = ['connected', 'reconnected', 'company_switched', 'inactive', 'disconnected'];
      assert.deepEqual(heardTypes(), expected, 'each once, in order');
      const mine = heard.filter((h) => h.event.tenantId === tenant);
      // The hook runs after commit: what it reads is already the change it hears about.
      assert.deepEqual(
        mine.map((h) => [h.linkState, h.realmId]),
        [['active', northwind.realmId], ['active', northwind.realmId], ['active', contoso.realmId], ['inactive', contoso.realmId], ['disabled', contoso.realmId]],
      );
      const [connected, , switched, inactive, disconnected] = mine.map((h) => h.event);
      assert.deepEqual(connected!.actor, { name: 'Dana Ortiz', email: null });
      assert.deepEqual(connected!.company, { realmId: northwind.realmId, name: northwind.name });
      assert.deepEqual(switched!.company, { realmId: contoso.realmId, name: contoso.name });
      assert.equal(inactive!.reason, 'revoked');
      assert.equal(inactive!.actor, null);
      assert.equal(disconnected!.reason, 'manually_disabled');

      const hooks = await waitFor(() => webhooksFor().length >= 5 && webhooksFor(), 'five webhooks');
      const verifier = new Webhook(secret);
      assert.deepEqual(
        hooks.map((request) => {
          const verified = verifier.verify(request.body, request.headers as Record<string, string>) as { type: string; data: ConnectionEvent; timestamp: string };
          assert.equal(request.headers['webhook-id'], verified.data.id);
          assert.equal(verified.timestamp, verified.data.at);
          assert.equal(request.headers['content-type'], 'application/json');
          return verified.type;
        }),
        expected.map((type) => `connection.${type}`),
      );
      assert.deepEqual(hooks.map((r) => bodyOf(r).data), mine.map((h) => h.event), 'the webhook carries what the hook heard');

      const everything = JSON.stringify([mine, hooks.map((r) => [r.body, r.headers])]);
      assert.ok(!everything.includes(accessToken), 'no access token');
      assert.ok(!everything.includes(refreshToken), 'no refresh token');
      assert.ok(!everything.includes(row!.tokens!), 'no sealed tokens');
      assert.doesNotMatch(JSON.stringify(mine), /token/i);

      // The same events are the tenant's history, newest first.
      const history = await stack.api(tenant, 'GET', '/connection/history');
      assert.deepEqual(history.body.items.map((item: { type: string }) => item.type), [...expected].reverse());
    });

    it('outbox: a transaction that fails after saveConnection leaves neither the change nor its event', async () => {
      await connect(stack, tenant, northwind.realmId);
      await waitFor(hasHeard('connected'), 'connected');
      // A real flow: the host's purge throws inside the switch's transaction.
      purgeThrows = true;
      const callback = await stack.signIn(tenant, contoso.realmId);
      await stack.api(tenant, 'POST', '/connection/complete', callback);
      assert.equal((await stack.api(tenant, 'POST', '/connection/complete', { ...callback, confirmCompanySwitch: true })).status, 500);
      // Directly: the one writer inside a transaction that then fails.
      const { repository, now } = stack.server[internals];
      const current = (await repository.getConnection(tenant))!;
      await assert.rejects(
        repository.transaction(async (tx) => {
          await tx.saveConnection({ ...current, linkState: 'inactive', inactiveReason: 'revoked' }, now(), [
            { tenantId: tenant, type: 'inactive', at: now(), reason: 'revoked', company: northwind },
          ]);
          throw new Error('later step failed');
        }),
        /later step failed/,
      );
      await stack.server.connections.dispatchEvents();
      assert.equal((await repository.getConnection(tenant))!.linkState, 'active');
      assert.equal((await repository.getConnection(tenant))!.realmId, northwind.realmId);
      assert.deepEqual(heardTypes(), ['connected']);
      const history = await stack.server.connections.history(tenant);
      assert.deepEqual(history.items.map((item) => item.type), ['connected'], 'no event without its change');
      // And the committed form: the change and its event together.
      await repository.transaction((tx) =>
        tx.saveConnection({ ...current, linkState: 'inactive', inactiveReason: 'revoked' }, now(), [
          { tenantId: tenant, type: 'inactive', at: now(), reason: 'revoked', company: northwind },
        ]),
      );
      await waitFor(hasHeard('inactive'), 'inactive after the commit');
    });

    it('a hook that throws is a failed attempt: retried with backoff until it passes, so it hears the event at least once', async () => {
      let throwsLeft = 2;
      hookThrows = (event) => event.tenantId === tenant && throwsLeft-- > 0;
      await connect(stack, tenant, northwind.realmId);
      const id = (await waitFor(() => heard.find((h) => h.event.tenantId === tenant), 'first hook call')).event.id;
      const first = await waitFor(async () => {
        const state = await delivery(id);
        return state?.attempts === 1 && state;
      }, 'first failed attempt');
      assert.equal(first.deliveredAt, null);
      assert.match(first.lastError!, /host queue unavailable/);
      assert.equal(webhooksFor().length, 0, 'the webhook waits for the hook');
      // Not due yet: nothing happens before the backoff has passed.
      assert.deepEqual(await stack.server.connections.dispatchEvents(), { delivered: 0, retrying: 0, gaveUp: 0 });
      stack.clock.advance(10 * MINUTE);
      assert.equal((await stack.server.connections.dispatchEvents()).retrying, 1);
      stack.clock.advance(10 * MINUTE);
      assert.equal((await stack.server.connections.dispatchEvents()).delivered, 1);
      const done = (await delivery(id))!;
      assert.equal(done.attempts, 3);
      assert.ok(done.deliveredAt);
      assert.equal(done.lastError, null);
      assert.deepEqual(heardTypes(), ['connected', 'connected', 'connected']);
      assert.equal(webhooksFor().length, 1);
    });

    it('a receiver that fails (5xx, then a timeout) is retried with growing, jittered backoff until it accepts', async () => {
      answerFor = (_request, attempt) => (attempt === 1 ? 503 : attempt === 2 ? 'hang' : 200);
      await connect(stack, tenant, northwind.realmId);
      const id = (await waitFor(() => webhooksFor()[0], 'first POST')).headers['webhook-id'] as string;
      const first = await waitFor(async () => ((await delivery(id))?.attempts === 1 ? delivery(id) : null), 'first attempt recorded');
      const firstDelay = first!.nextAttemptAt.getTime() - stack.clock.now().getTime();
      assert.ok(firstDelay >= 2_500 && firstDelay <= 5_000, `first retry after 2.5–5 s, got ${firstDelay}`);
      assert.match(first!.lastError!, /HTTP 503/);

      stack.clock.advance(5_000);
      assert.equal((await stack.server.connections.dispatchEvents()).retrying, 1);
      const second = (await delivery(id))!;
      assert.match(second.lastError!, /did not answer within 500 ms/);
      const secondDelay = second.nextAttemptAt.getTime() - stack.clock.now().getTime();
      assert.ok(secondDelay >= 5_000 && secondDelay <= 10_000, `second retry after 5–10 s, got ${secondDelay}`);

      stack.clock.advance(10_000);
      assert.equal((await stack.server.connections.dispatchEvents()).delivered, 1);
      const attempts = webhooksFor();
      assert.deepEqual(attempts.map((r) => r.headers['webhook-id']), [id, id, id], 'the same webhook-id each time');
      for (const request of attempts) new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
      assert.equal((await delivery(id))!.attempts, 3);
    });

    it('after giveUpAfter an event is given up: recorded, reported through onError, and the tenant’s next events proceed', async () => {
      answerFor = (request) => (bodyOf(request).data.type === 'connected' ? 500 : 204);
      await connect(stack, tenant, northwind.realmId);
      const id = (await waitFor(() => webhooksFor()[0], 'first POST')).headers['webhook-id'] as string;
      await waitFor(async () => (await delivery(id))?.attempts === 1, 'first attempt recorded');
      // Meanwhile the tenant disconnects: that event waits behind the owed one (order per tenant).
      assert.equal((await stack.api(tenant, 'DELETE', '/connection')).status, 200);
      await stack.server.connections.dispatchEvents();
      assert.deepEqual(webhooksFor().map((r) => bodyOf(r).data.type), ['connected']);

      stack.clock.advance(GIVE_UP_AFTER - MINUTE);
      assert.equal((await stack.server.connections.dispatchEvents()).retrying, 1, 'still retried just before the deadline');
      stack.clock.advance(2 * MINUTE);
      const result = await stack.server.connections.dispatchEvents();
      assert.equal(result.gaveUp, 1);
      const state = (await delivery(id))!;
      assert.ok(state.givenUpAt);
      assert.equal(state.deliveredAt, null);
      assert.match(state.lastError!, /HTTP 500/);
      const reported = errors.filter((error) => error instanceof EventDeliveryError && error.event.tenantId === tenant) as EventDeliveryError[];
      assert.equal(reported.length, 1);
      assert.equal(reported[0]!.event.id, id);
      assert.equal(reported[0]!.attempts, 3);
      assert.doesNotMatch(reported[0]!.message, /whsec_/);
      // The disconnected event went out right after, and the given-up one is not tried again.
      await waitFor(() => webhooksFor().some((r) => bodyOf(r).data.type === 'disconnected'), 'the next event');
      stack.clock.advance(GIVE_UP_AFTER);
      await stack.server.connections.dispatchEvents();
      assert.deepEqual(webhooksFor().map((r) => [bodyOf(r).data.type, r.status]), [
        ['connected', 500],
        ['connected', 500],
        ['connected', 500],
        ['disconnected', 204],
      ]);
    });
  });
}

describe('event delivery options', () => {
  it('a bad webhook URL, secret or timeout, or a bad giveUpAfter, fails createQboServer before anything opens', async () => {
    const base = { clientId: 'c', clientSecret: 's', redirectUris: [], encryptionKey: '00'.repeat(32), tenant: () => null };
    const cases: Array<[object, RegExp]> = [
      [{ webhooks: { url: 'not a url', secret: newSecret() } }, /webhooks\.url/],
      [{ webhooks: { url: 'ftp://hooks.example/x', secret: newSecret() } }, /webhooks\.url/],
      [{ webhooks: { url: 'https://hooks.example/x', secret: 'plain-text-secret' } }, /webhooks\.secret/],
      [{ webhooks: { url: 'https://hooks.example/x', secret: `whsec_${Buffer.alloc(8).toString('base64')}` } }, /webhooks\.secret/],
      [{ webhooks: { url: 'https://hooks.example/x', secret: newSecret(), timeoutMs: 0 } }, /timeoutMs/],
      [{ eventDelivery: { giveUpAfter: 0 } }, /giveUpAfter/],
      [{ eventDelivery: { interval: -1 } }, /interval/],
    ];
    for (const [options, message] of cases) {
      const { createQboServer } = await import('../../src/server/index.js');
      await assert.rejects(createQboServer({ ...base, ...options } as never), (error) => error instanceof TypeError && message.test(error.message));
    }
  });
});
