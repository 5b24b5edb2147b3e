// Who finished a hand-off: the mock Intuit's userinfo endpoint (scopes, tokens), and a completion when Intuit cannot
// say who signed in (nothing linked, the new grant revoked, the link still usable).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startMockIntuit, type MockIntuit } from '../../src/server/testing/index.js';
import { uniqueTenant } from './databases.js';
import { HANDOFF_CALLBACK, LINKED, eventsOf, inactiveTenant, openLink, session, signInThroughLink, startHandoffStack, type HandoffStack } from './handoff-helpers.js';
import { COMPANIES, Clock } from './helpers.js';

describe("the mock Intuit's userinfo", () => {
  let mock: MockIntuit;
  before(async () => {
    mock = await startMockIntuit({ companies: COMPANIES });
  });
  after(() => mock.close());

  const authorizationUrl = (scope: string) => {
    const url = new URL(mock.endpoints.authorizationEndpoint);
    for (const [name, value] of Object.entries({ client_id: mock.clientId, response_type: 'code', scope, redirect_uri: HANDOFF_CALLBACK, state: 's1' })) {
      url.searchParams.set(name, value);
    }
    return url.href;
  };
  async function accessToken(scope: string, email?: string) {
    const answer = await mock.signIn(authorizationUrl(scope), { realmId: LINKED.realmId, ...(email ? { email } : {}) });
    const response = await fetch(mock.endpoints.tokenEndpoint, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${mock.clientId}:${mock.clientSecret}`).toString('base64')}`,
        accept: 'application/json',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: answer.code!, redirect_uri: HANDOFF_CALLBACK }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  }
  const userinfo = async (token: string) => {
    const response = await fetch(mock.endpoints.userinfoEndpoint, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('answers who signed in when the sign-in asked for openid email', async () => {
    const reply = await userinfo(await accessToken('com.intuit.quickbooks.accounting openid email', 'Ops@Example.com'));
    assert.equal(reply.status, 200);
    assert.equal(reply.body.email, 'ops@example.com');
    assert.equal(reply.body.emailVerified, true);
    assert.match(String(reply.body.sub), /^[0-9a-f]{32}$/);
  });

  it('leaves the email out without the email scope, refuses without openid, and refuses unknown tokens', async () => {
    const noEmail = await userinfo(await accessToken('com.intuit.quickbooks.accounting openid'));
    assert.deepEqual([noEmail.status, 'email' in noEmail.body], [200, false]);
    assert.equal((await userinfo(await accessToken('com.intuit.quickbooks.accounting'))).status, 403);
    assert.equal((await userinfo('eyJmock.unknown')).status, 401);
  });
});

describe('a hand-off completion when Intuit cannot say who signed in', () => {
  let mock: MockIntuit;
  let stack: HandoffStack;
  before(async () => {
    const clock = new Clock();
    mock = await startMockIntuit({ companies: COMPANIES, now: clock.now });
    stack = await startHandoffStack({ kind: 'pglite' }, {}, { mockIntuit: mock, clock, intuit: { ...mock.endpoints, userinfoEndpoint: `${mock.origin}/no-userinfo-here` } });
  });
  after(async () => {
    await stack.close();
    await mock.close();
  });

  it('links nothing, revokes the new grant, keeps the link usable', async () => {
    const tenant = uniqueTenant('userinfo-down');
    await inactiveTenant(stack, tenant);
    const created = await stack.api(tenant, 'POST', '/connection/handoff', {});
    const { cookie } = await openLink(stack, created.body.url);
    const callback = await signInThroughLink(stack, cookie!, LINKED.realmId);
    const revocationsBefore = mock.calls.revoke;
    const failed = await session(stack, cookie, 'POST', '/complete', { code: callback.code, state: callback.state, realmId: callback.realmId });
    assert.deepEqual([failed.status, failed.body.error], [502, 'intuit_unavailable']);
    assert.equal(mock.calls.revoke, revocationsBefore + 1);
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'inactive');
    assert.deepEqual((await eventsOf(stack, tenant)).map((event) => event.type), ['handoff_requested']);
    assert.equal((await session(stack, cookie, 'GET')).status, 200);
  });
});
