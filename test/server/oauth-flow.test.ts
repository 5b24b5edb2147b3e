// The OAuth rules over real HTTP: states, codes, refusals, origins, tenants, and the company switch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPANIES, REDIRECT_URI, connect, stackForEachTest, startStack, type Stack } from './helpers.js';

const [northwind, contoso] = COMPANIES as [(typeof COMPANIES)[0], (typeof COMPANIES)[0]];
const TEN_MINUTES = 10 * 60 * 1000;

describe('OAuth flow', () => {
  let stack: Stack;
  let tenant: string;
  stackForEachTest('flow', (suiteStack, testTenant) => {
    stack = suiteStack;
    tenant = testTenant;
  });
  const codeExchanges = () => stack.mock.calls.token.authorization_code;

  it('No: authorize alone calls nothing at Intuit and changes nothing', async () => {
    const calls = JSON.stringify({ ...stack.mock.calls, log: [] });
    const log = stack.mock.calls.log.length;
    await stack.api(tenant, 'POST', '/connection/authorize', { redirectUri: REDIRECT_URI });
    assert.equal(JSON.stringify({ ...stack.mock.calls, log: [] }), calls);
    assert.equal(stack.mock.calls.log.length, log);
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'disabled');
  });

  it('access denied at Intuit: the browser gets an error, nothing is exchanged or linked', async () => {
    const authorized = await stack.api(tenant, 'POST', '/connection/authorize', { redirectUri: REDIRECT_URI });
    const before = codeExchanges();
    const answer = await stack.mock.signIn(authorized.body.authorizationUrl, { deny: true });
    assert.equal(answer.error, 'access_denied');
    assert.equal(answer.code, undefined);
    assert.equal(new URL(answer.redirectUrl).searchParams.get('state'), authorized.body.state);
    assert.equal(codeExchanges(), before);
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.inactiveReason, 'never_connected');
  });

  it('a redirect URI that is not allow-listed → 400 redirect_uri_not_allowed', async () => {
    const reply = await stack.api(tenant, 'POST', '/connection/authorize', { redirectUri: 'https://evil.example/cb' });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error, 'redirect_uri_not_allowed');
  });

  it('a POST or DELETE from a foreign Origin → 403 forbidden_origin, before anything runs', async () => {
    for (const [method, path] of [['POST', '/connection/authorize'], ['DELETE', '/connection']] as const) {
      const reply = await stack.api(tenant, method, path, method === 'POST' ? { redirectUri: REDIRECT_URI } : undefined, { origin: 'https://evil.example' });
      assert.equal(reply.status, 403);
      assert.equal(reply.body.error, 'forbidden_origin');
    }
  });

  it('no host session → 401 unauthenticated on every contract route', async () => {
    for (const [method, path] of [['GET', '/connection'], ['POST', '/connection/authorize'], ['POST', '/connection/complete'], ['DELETE', '/connection'], ['GET', '/vendors']] as const) {
      const reply = await stack.api(null, method, path, method === 'POST' ? {} : undefined);
      assert.equal(reply.status, 401, `${method} ${path}`);
      assert.equal(reply.body.error, 'unauthenticated');
    }
  });

  it('a body that does not match the contract → 400 invalid_request', async () => {
    const reply = await stack.api(tenant, 'POST', '/connection/complete', { code: 'x' });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error, 'invalid_request');
    const notJson = await stack.api(tenant, 'POST', '/connection/authorize', undefined, { 'content-type': 'application/json' });
    assert.equal(notJson.body.error, 'invalid_request');
  });

  it('a repeated complete for a used code → 409 code_used, with no second exchange', async () => {
    const callback = await stack.signIn(tenant, northwind.realmId);
    assert.equal((await stack.api(tenant, 'POST', '/connection/complete', callback)).status, 200);
    const before = codeExchanges();
    const again = await stack.api(tenant, 'POST', '/connection/complete', callback);
    assert.equal(again.status, 409);
    assert.equal(again.body.error, 'code_used');
    assert.equal(codeExchanges(), before);
  });

  it("a state is refused when reused, expired, or another tenant's", async () => {
    const first = await stack.signIn(tenant, northwind.realmId);
    await stack.api(tenant, 'POST', '/connection/complete', first);
    const second = await stack.signIn(tenant, northwind.realmId);
    const reused = await stack.api(tenant, 'POST', '/connection/complete', { ...second, state: first.state });
    assert.equal(reused.status, 400);
    assert.equal(reused.body.error, 'invalid_state');

    const other = await stack.signIn(tenant, northwind.realmId);
    const stolen = await stack.api(`${tenant}-other`, 'POST', '/connection/complete', other);
    assert.equal(stolen.body.error, 'invalid_state');

    const late = await stack.signIn(tenant, northwind.realmId);
    stack.clock.advance(TEN_MINUTES);
    const expired = await stack.api(tenant, 'POST', '/connection/complete', late);
    assert.equal(expired.body.error, 'invalid_state');
    assert.equal((await stack.api(`${tenant}-other`, 'GET', '/connection')).body.linkState, 'disabled');
  });

  it('a realmId the new grant cannot read → 400 realm_not_authorized, grant revoked, nothing linked', async () => {
    const callback = await stack.signIn(tenant, northwind.realmId);
    const revokes = stack.mock.calls.revoke;
    const reply = await stack.api(tenant, 'POST', '/connection/complete', { ...callback, realmId: contoso.realmId });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error, 'realm_not_authorized');
    assert.equal(stack.mock.calls.revoke - revokes, 1);
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'disabled');
  });

  it('Intuit refusing the code → 400 invalid_grant; Intuit down → 502 intuit_unavailable, never retried', async () => {
    const refused = await stack.signIn(tenant, northwind.realmId);
    stack.mock.fault({ endpoint: 'token', kind: 'invalid_grant', times: 1 });
    assert.equal((await stack.api(tenant, 'POST', '/connection/complete', refused)).body.error, 'invalid_grant');
    const down = await stack.signIn(tenant, northwind.realmId);
    stack.mock.fault({ endpoint: 'token', kind: '5xx', times: 1 });
    const before = stack.mock.calls.log.filter((c) => c.grantType === 'authorization_code').length;
    const reply = await stack.api(tenant, 'POST', '/connection/complete', down);
    assert.equal(reply.status, 502);
    assert.equal(reply.body.error, 'intuit_unavailable');
    assert.equal(stack.mock.calls.log.filter((c) => c.grantType === 'authorization_code').length - before, 1);
  });

  it('one tenant never sees another tenant’s connection', async () => {
    await connect(stack, tenant, northwind.realmId);
    const other = await stack.api(`${tenant}-b`, 'GET', '/connection');
    assert.equal(other.body.linkState, 'disabled');
    assert.equal(other.body.company, null);
    assert.equal((await stack.api(`${tenant}-b`, 'DELETE', '/connection')).body.error, 'not_connected');
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'active');
  });

  describe('company switch', () => {
    it('declined: 409 company_mismatch; the linked company stays; the pending grant is revoked when it expires', async () => {
      await connect(stack, tenant, northwind.realmId);
      const callback = await stack.signIn(tenant, contoso.realmId);
      const reply = await stack.api(tenant, 'POST', '/connection/complete', callback);
      assert.equal(reply.status, 409);
      assert.deepEqual(reply.body.linked, { realmId: northwind.realmId, name: northwind.name });
      assert.deepEqual(reply.body.incoming, { realmId: contoso.realmId, name: contoso.name });
      assert.equal(reply.body.error, 'company_mismatch');
      assert.equal((await stack.api(tenant, 'GET', '/connection')).body.company.realmId, northwind.realmId);
      assert.deepEqual(stack.purged, []);

      const revokes = stack.mock.calls.revoke;
      assert.deepEqual(await stack.server.connections.sweep(), { revoked: 0 });
      stack.clock.advance(TEN_MINUTES);
      // Intuit down at the first sweep: the expired grant waits for the next one instead of being forgotten.
      stack.mock.fault({ endpoint: 'revoke', kind: '5xx', times: 3 });
      assert.deepEqual(await stack.server.connections.sweep(), { revoked: 0 });
      const swept = await stack.server.connections.sweep();
      assert.ok(swept.revoked >= 1);
      assert.ok(stack.mock.calls.revoke - revokes >= 1);
      // The linked company's grant still works.
      assert.ok(await stack.server.connections.getAccessToken(tenant));
      const confirmLate = await stack.api(tenant, 'POST', '/connection/complete', { ...callback, confirmCompanySwitch: true });
      assert.equal(confirmLate.status, 409);
      assert.equal(confirmLate.body.error, 'code_used');
    });

    it('confirmed: one code exchange, purge hook once, new company linked, old grant revoked', async () => {
      stack.purged.length = 0;
      await connect(stack, tenant, northwind.realmId);
      const oldToken = await stack.server.connections.getAccessToken(tenant);
      const before = codeExchanges();
      const callback = await stack.signIn(tenant, contoso.realmId);
      assert.equal((await stack.api(tenant, 'POST', '/connection/complete', callback)).status, 409);
      const confirmed = await stack.api(tenant, 'POST', '/connection/complete', { ...callback, confirmCompanySwitch: true });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      assert.deepEqual(confirmed.body.company, { realmId: contoso.realmId, name: contoso.name });
      assert.equal(codeExchanges() - before, 1);
      assert.deepEqual(stack.purged.map((p) => [p.tenantId, p.from.realmId, p.to.realmId]), [[tenant, northwind.realmId, contoso.realmId]]);
      assert.ok(stack.mock.isRevoked(oldToken));
      const repeat = await stack.api(tenant, 'POST', '/connection/complete', { ...callback, confirmCompanySwitch: true });
      assert.equal(repeat.body.error, 'code_used');
    });

    it('a purge that throws leaves the old company linked and revokes the new grant', async () => {
      const reported: unknown[] = [];
      const failing = await startStack({
        server: {
          purgeCompanyData: () => {
            throw new Error('host database down');
          },
          onError: (error) => reported.push(error),
        },
      });
      try {
        await connect(failing, tenant, northwind.realmId);
        const callback = await failing.signIn(tenant, contoso.realmId);
        await failing.api(tenant, 'POST', '/connection/complete', callback);
        const revokes = failing.mock.calls.revoke;
        const reply = await failing.api(tenant, 'POST', '/connection/complete', { ...callback, confirmCompanySwitch: true });
        assert.equal(reply.status, 500);
        assert.equal(failing.mock.calls.revoke - revokes, 1, 'the unlinked new grant is revoked');
        assert.equal(reply.body.error, 'server_error');
        assert.match(String(reported[0]), /host database down/);
        assert.equal((await failing.api(tenant, 'GET', '/connection')).body.company.realmId, northwind.realmId);
      } finally {
        await failing.close();
      }
    });
  });
});
