// Hand-off links' rules on PGlite and PostgreSQL: hash-only storage, single use, expiry, replacement, cancellation,
// rate limit, tenant and company binding, the actor from Intuit's userinfo, and the events written with each change.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DATABASES, uniqueTenant } from './databases.js';
import {
  HANDOFF_CALLBACK,
  LINKED,
  OTHER,
  eventsOf,
  handoffRows,
  inactiveTenant,
  openLink,
  session,
  signInThroughLink,
  startHandoffStack,
  tokenOf,
  type HandoffStack,
} from './handoff-helpers.js';
import { connect } from './helpers.js';

const HOUR = 60 * 60 * 1000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

for (const database of DATABASES) {
  describe(`hand-off links on ${database.name}`, () => {
    let stack: HandoffStack;
    before(async () => {
      stack = await startHandoffStack(database.option(), { ratePerHour: 3 });
    });
    after(() => stack.close());

    /** An inactive tenant with an open request; returns the link and its cookie after opening it. */
    async function requested(label: string, body: Record<string, unknown> = {}) {
      const tenant = uniqueTenant(label);
      await inactiveTenant(stack, tenant);
      const created = await stack.api(tenant, 'POST', '/connection/handoff', body);
      assert.equal(created.status, 200, JSON.stringify(created.body));
      const opened = await openLink(stack, created.body.url);
      return { tenant, created: created.body, cookie: opened.cookie! };
    }

    it('stores only the SHA-256 of a 256-bit token, and the snapshot shows the open request', async () => {
      const { tenant, created } = await requested('hash', { email: 'ops@example.com', note: 'Please reconnect', lang: 'fr-CA' });
      const token = tokenOf(created.url);
      assert.match(token, /^[A-Za-z0-9_-]{43}$/); // 32 random bytes
      assert.ok(created.url.startsWith('https://host.example/handoff/'));
      assert.equal(created.sentTo, 'ops@example.com');
      const rows = await handoffRows(stack, tenant);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.token_hash, sha256(token));
      for (const value of Object.values(rows[0]!)) assert.ok(!String(value).includes(token), 'the token itself is stored nowhere');
      const events = await stack.sql.query<Record<string, unknown>>('select * from qbo_events where tenant_id = $1', [tenant]);
      for (const event of events) for (const value of Object.values(event)) assert.ok(!String(value).includes(token));
      const sent = stack.sent.find((input) => input.url === created.url)!;
      assert.deepEqual([sent.email, sent.note, sent.lang, sent.requestedBy], ['ops@example.com', 'Please reconnect', 'fr-CA', { name: 'Dana Ortiz' }]);
      const snapshot = await stack.api(tenant, 'GET', '/connection');
      assert.deepEqual(snapshot.body.handoff, {
        requestedBy: { name: 'Dana Ortiz' },
        requestedAt: stack.clock.now().toISOString(),
        expiresAt: created.expiresAt,
        email: 'ops@example.com',
      });
      assert.equal(Date.parse(created.expiresAt) - stack.clock.now().getTime(), 7 * 24 * HOUR);
      assert.deepEqual(
        (await eventsOf(stack, tenant)).map((event) => [event.type, event.actor_name, event.requested_by]),
        [['handoff_requested', 'Dana Ortiz', 'Dana Ortiz']],
      );
    });

    it('a failing mailer still returns the link, with sentTo null, and onError hears it', async () => {
      const errorsBefore = stack.errors.length;
      const { tenant, created } = await requested('mailer', { email: 'fail@example.com' });
      assert.equal(created.sentTo, null);
      assert.equal(stack.errors.length, errorsBefore + 1);
      assert.equal((await stack.api(tenant, 'GET', '/connection')).body.handoff.email, null);
      assert.equal((await openLink(stack, created.url)).status, 303);
    });

    it('refuses bad input, an active link and a tenant that never linked a company', async () => {
      const tenant = uniqueTenant('input');
      assert.equal((await stack.api(tenant, 'POST', '/connection/handoff', {})).body.error, 'not_connected');
      await inactiveTenant(stack, tenant);
      for (const body of [{ email: 'not-an-email' }, { note: 'x'.repeat(501) }, { lang: 'de' }, { email: 42 }]) {
        const reply = await stack.api(tenant, 'POST', '/connection/handoff', body);
        assert.equal(reply.status, 400, JSON.stringify(body));
        assert.equal(reply.body.error, 'invalid_request');
      }
      const active = uniqueTenant('active');
      await connect(stack, active, LINKED.realmId);
      const refused = await stack.api(active, 'POST', '/connection/handoff', {});
      assert.deepEqual([refused.status, refused.body.error], [409, 'handoff_not_needed']);
      assert.deepEqual(await handoffRows(stack, tenant), []);
    });

    it('the admin reconnects through the link; their Intuit email is the actor and the request is used up', async () => {
      const { tenant, created, cookie } = await requested('complete', { email: 'ops@example.com' });
      const view = await session(stack, cookie, 'GET');
      assert.deepEqual(view.body, { appName: 'Fintech', company: { name: LINKED.name }, requestedBy: { name: 'Dana Ortiz' } });
      const callback = await signInThroughLink(stack, cookie, LINKED.realmId, 'ops@example.com');
      assert.equal(new URL(callback.authorizationUrl).searchParams.get('scope'), 'com.intuit.quickbooks.accounting openid email');
      assert.equal(new URL(callback.authorizationUrl).searchParams.get('redirect_uri'), HANDOFF_CALLBACK);
      const done = await session(stack, cookie, 'POST', '/complete', { code: callback.code, state: callback.state, realmId: callback.realmId });
      assert.deepEqual([done.status, done.body], [200, { done: true }]);
      assert.match(done.headers.get('set-cookie') ?? '', /qbo_handoff=;.*Max-Age=0/i);

      const snapshot = (await stack.api(tenant, 'GET', '/connection')).body;
      assert.equal(snapshot.linkState, 'active');
      assert.deepEqual(snapshot.connectedBy, { name: 'ops@example.com' });
      assert.equal(snapshot.handoff, null);
      assert.deepEqual(
        (await eventsOf(stack, tenant)).map((event) => [event.type, event.actor_name, event.actor_email, event.requested_by]),
        [
          ['handoff_requested', 'Dana Ortiz', null, 'Dana Ortiz'],
          ['reconnected', null, 'ops@example.com', 'Dana Ortiz'],
          ['handoff_completed', null, 'ops@example.com', 'Dana Ortiz'],
        ],
      );
      assert.equal((await handoffRows(stack, tenant))[0]!.closed_reason, 'completed');
      // Used: the link, the page and the API all refuse it now.
      const again = await openLink(stack, created.url);
      assert.equal(again.status, 410);
      assert.match(again.body, /already used/);
      assert.equal((await session(stack, cookie, 'GET')).status, 404);
    });

    it('concurrent completions: exactly one wins, one code exchange, one completion event', async () => {
      const { tenant, cookie } = await requested('race');
      const callback = await signInThroughLink(stack, cookie, LINKED.realmId);
      const exchangesBefore = stack.mock.calls.token.authorization_code;
      const replies = await Promise.all(
        Array.from({ length: 4 }, () => session(stack, cookie, 'POST', '/complete', { code: callback.code, state: callback.state, realmId: callback.realmId })),
      );
      assert.equal(replies.filter((reply) => reply.status === 200).length, 1, JSON.stringify(replies.map((r) => r.body)));
      assert.equal(stack.mock.calls.token.authorization_code - exchangesBefore, 1);
      const types = (await eventsOf(stack, tenant)).map((event) => event.type);
      assert.deepEqual(types, ['handoff_requested', 'reconnected', 'handoff_completed']);
    });

    it('the repository claims an open request once, also when claims race', async () => {
      const { tenant, created, cookie } = await requested('claim');
      await signInThroughLink(stack, cookie, LINKED.realmId);
      const [row] = await handoffRows(stack, tenant);
      const { repository, now } = stack.server[Symbol.for('qbo-reconnect.server.internals') as never] as any;
      const claims = await Promise.all(
        Array.from({ length: 5 }, () =>
          repository.transaction((tx: any) => tx.handoffs.claim(sha256(tokenOf(created.url)), tenant, row!.state_hash, now())),
        ),
      );
      assert.equal(claims.filter(Boolean).length, 1);
    });

    it('an expired link is refused, and the sweep closes it once with a handoff_expired event', async () => {
      const { tenant, created, cookie } = await requested('expiry');
      stack.clock.advance(7 * 24 * HOUR);
      const opened = await openLink(stack, created.url);
      assert.equal(opened.status, 410);
      assert.match(opened.body, /expired/);
      assert.equal((await session(stack, cookie, 'GET')).status, 404);
      assert.equal((await stack.api(tenant, 'GET', '/connection')).body.handoff, null);
      await stack.server.connections.sweep();
      await stack.server.connections.sweep();
      const types = (await eventsOf(stack, tenant)).map((event) => event.type);
      assert.deepEqual(types, ['handoff_requested', 'handoff_expired']);
      assert.equal((await handoffRows(stack, tenant))[0]!.closed_reason, 'expired');
    });

    it('a newer request replaces the open one; only the newest link works', async () => {
      const { tenant, created } = await requested('replace');
      stack.clock.advance(1000);
      const newer = await stack.api(tenant, 'POST', '/connection/handoff', {});
      assert.equal(newer.status, 200);
      const old = await openLink(stack, created.url);
      assert.equal(old.status, 410);
      assert.match(old.body, /replaced/);
      assert.equal((await openLink(stack, newer.body.url)).status, 303);
      const rows = await handoffRows(stack, tenant);
      assert.deepEqual(rows.map((row) => row.closed_reason), ['replaced', null]);
    });

    it('DELETE /connection/handoff cancels the request and its link; a second DELETE changes nothing and answers the snapshot', async () => {
      const { tenant, created, cookie } = await requested('cancel');
      const cancelled = await stack.api(tenant, 'DELETE', '/connection/handoff');
      assert.equal(cancelled.status, 200);
      assert.equal(cancelled.body.handoff, null);
      assert.equal(cancelled.body.linkState, 'inactive');
      const opened = await openLink(stack, created.url);
      assert.equal(opened.status, 410);
      assert.match(opened.body, /cancelled/);
      assert.equal((await session(stack, cookie, 'POST', '/authorize', { redirectUri: HANDOFF_CALLBACK })).status, 404);
      const again = await stack.api(tenant, 'DELETE', '/connection/handoff');
      assert.deepEqual([again.status, again.body.handoff, again.body.linkState], [200, null, 'inactive']);
      assert.deepEqual((await eventsOf(stack, tenant)).map((e) => [e.type, e.actor_name, e.requested_by]), [
        ['handoff_requested', 'Dana Ortiz', 'Dana Ortiz'],
        ['handoff_cancelled', 'Dana Ortiz', 'Dana Ortiz'],
      ]);
    });

    it('a reconnect from the host page closes the open request: its link is no longer needed', async () => {
      const { tenant, created } = await requested('moot');
      await connect(stack, tenant, LINKED.realmId);
      const snapshot = (await stack.api(tenant, 'GET', '/connection')).body;
      assert.deepEqual([snapshot.linkState, snapshot.handoff], ['active', null]);
      assert.deepEqual((await eventsOf(stack, tenant)).map((e) => [e.type, e.actor_name, e.requested_by]), [
        ['handoff_requested', 'Dana Ortiz', 'Dana Ortiz'],
        ['reconnected', 'Dana Ortiz', null],
        ['handoff_cancelled', 'Dana Ortiz', 'Dana Ortiz'],
      ]);
      const opened = await openLink(stack, created.url);
      assert.equal(opened.status, 410);
      assert.match(opened.body, /already working/);
      assert.equal((await handoffRows(stack, tenant))[0]!.closed_reason, 'reconnected');
    });

    it('rate limit: ratePerHour requests an hour, then 429 with retryAfter until the oldest leaves the hour', async () => {
      const tenant = uniqueTenant('rate');
      await inactiveTenant(stack, tenant);
      for (let i = 0; i < 3; i++) {
        assert.equal((await stack.api(tenant, 'POST', '/connection/handoff', {})).status, 200);
        stack.clock.advance(60_000);
      }
      const limited = await stack.api(tenant, 'POST', '/connection/handoff', {});
      assert.deepEqual([limited.status, limited.body.error, limited.body.retryAfter], [429, 'rate_limited', 3600 - 180]);
      assert.equal((await handoffRows(stack, tenant)).length, 3);
      stack.clock.advance((3600 - 180) * 1000);
      assert.equal((await stack.api(tenant, 'POST', '/connection/handoff', {})).status, 200);
    });

    it("binds the link to its tenant: another tenant's sign-in state cannot complete it", async () => {
      const { tenant, cookie } = await requested('bound');
      const other = uniqueTenant('bound-other');
      await inactiveTenant(stack, other);
      const hostSignIn = await stack.signIn(other, LINKED.realmId);
      const refused = await session(stack, cookie, 'POST', '/complete', hostSignIn);
      assert.deepEqual([refused.status, refused.body.error], [400, 'invalid_state']);
      // …and the link's own state is no use through the host API of another tenant.
      const linkSignIn = await signInThroughLink(stack, cookie, LINKED.realmId);
      const viaHost = await stack.api(other, 'POST', '/connection/complete', { code: linkSignIn.code, state: linkSignIn.state, realmId: LINKED.realmId });
      assert.equal(viaHost.body.error, 'invalid_state');
      assert.equal((await stack.api(other, 'GET', '/connection')).body.linkState, 'inactive');
      assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'inactive');
    });

    it('binds the link to its company: once another company is linked, the link is refused', async () => {
      const { tenant, created, cookie } = await requested('company');
      const callback = await signInThroughLink(stack, cookie, LINKED.realmId);
      await inactiveTenant(stack, tenant, OTHER);
      const refused = await session(stack, cookie, 'POST', '/complete', { code: callback.code, state: callback.state, realmId: callback.realmId });
      assert.equal(refused.status, 404);
      assert.equal(refused.body.reason, 'company_changed');
      const opened = await openLink(stack, created.url);
      assert.equal(opened.status, 410);
      assert.match(opened.body, /another company/);
    });

    it('a company switch through the link asks first, then links the new company with the admin as actor', async () => {
      const { tenant, cookie } = await requested('switch');
      const callback = await signInThroughLink(stack, cookie, OTHER.realmId, 'owner@example.com');
      const body = { code: callback.code, state: callback.state, realmId: callback.realmId };
      const mismatch = await session(stack, cookie, 'POST', '/complete', body);
      assert.equal(mismatch.status, 409);
      assert.equal(mismatch.body.error, 'company_mismatch');
      assert.equal(mismatch.body.incoming.name, OTHER.name);
      assert.equal((await stack.api(tenant, 'GET', '/connection')).body.company.realmId, LINKED.realmId);
      const confirmed = await session(stack, cookie, 'POST', '/complete', { ...body, confirmCompanySwitch: true });
      assert.deepEqual([confirmed.status, confirmed.body], [200, { done: true }]);
      const snapshot = (await stack.api(tenant, 'GET', '/connection')).body;
      assert.deepEqual([snapshot.linkState, snapshot.company.realmId, snapshot.connectedBy.name], ['active', OTHER.realmId, 'owner@example.com']);
      assert.ok(stack.purged.some((purge) => purge.tenantId === tenant));
      assert.deepEqual(
        (await eventsOf(stack, tenant)).map((event) => [event.type, event.actor_email, event.requested_by, event.realm_id]),
        [
          ['handoff_requested', null, 'Dana Ortiz', LINKED.realmId],
          ['company_switched', 'owner@example.com', 'Dana Ortiz', OTHER.realmId],
          ['handoff_completed', 'owner@example.com', 'Dana Ortiz', OTHER.realmId],
        ],
      );
    });
  });
}
