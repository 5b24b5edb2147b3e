// Intuit's Disconnect URL (GET /intuit/disconnect) over real HTTP against the mock Intuit, on PGlite and PostgreSQL:
// any page can send a signed-in browser there, so the visit alone never revokes and never ends a live link.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { DATABASES, uniqueTenant } from './databases.js';
import { COMPANIES, INTEGRATION_PAGE, connect, startStack, type Stack } from './helpers.js';

const [northwind] = COMPANIES as [(typeof COMPANIES)[0]];

for (const database of DATABASES) {
  describe(`Intuit's Disconnect URL on ${database.name}`, () => {
    let stack: Stack;
    let tenant: string;
    before(async () => {
      stack = await startStack({ server: { database: database.option() } });
    });
    after(() => stack.close());
    beforeEach(() => {
      stack.mock.clearFaults();
      tenant = uniqueTenant('disconnect-url');
    });

    it('with a live grant: revokes nothing, keeps the link active and lands without ?qbo-disconnected', async () => {
      await connect(stack, tenant, northwind.realmId);
      const revokes = stack.mock.calls.revoke;
      const landing = await stack.api(tenant, 'GET', '/intuit/disconnect');
      assert.equal(landing.status, 302);
      assert.equal(landing.headers.get('location'), INTEGRATION_PAGE);
      assert.equal(stack.mock.calls.revoke - revokes, 0, 'nothing was revoked at Intuit');
      const snapshot = await stack.api(tenant, 'GET', '/connection');
      assert.equal(snapshot.body.linkState, 'active');
      assert.equal(snapshot.body.inactiveReason, null);
      // The grant still works: the link can still call QuickBooks.
      assert.equal((await stack.api(tenant, 'GET', '/vendors?limit=1')).body.items[0].id, '1');
    });

    it('with a grant revoked at Intuit: ends the link (disabled / manually_disabled) and lands with ?qbo-disconnected', async () => {
      await connect(stack, tenant, northwind.realmId);
      stack.mock.revokeGrant(northwind.realmId);
      const revokes = stack.mock.calls.revoke;
      const companyInfo = stack.mock.calls.companyInfo;
      const landing = await stack.api(tenant, 'GET', '/intuit/disconnect');
      assert.equal(landing.headers.get('location'), `${INTEGRATION_PAGE}?qbo-disconnected`);
      assert.equal(stack.mock.calls.revoke - revokes, 0, 'the route itself never revokes');
      assert.ok(stack.mock.calls.companyInfo - companyInfo >= 1, 'Intuit was asked');
      const snapshot = await stack.api(tenant, 'GET', '/connection');
      assert.equal(snapshot.body.linkState, 'disabled');
      assert.equal(snapshot.body.inactiveReason, 'manually_disabled');
      assert.equal(snapshot.body.credentialsExpireAt, null);
    });

    it('with a grant revoked and a stale access token: the refresh answering invalid_grant ends the link', async () => {
      await connect(stack, tenant, northwind.realmId);
      stack.clock.advance(56 * 60_000); // past the access token's hour: the check starts with a refresh
      stack.mock.revokeGrant(northwind.realmId);
      const refreshes = stack.mock.calls.token.refresh_token;
      const landing = await stack.api(tenant, 'GET', '/intuit/disconnect');
      assert.equal(landing.headers.get('location'), `${INTEGRATION_PAGE}?qbo-disconnected`);
      assert.equal(stack.mock.calls.token.refresh_token - refreshes, 1);
      assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'disabled');
    });

    it('while Intuit does not answer: changes nothing and lands without the marker', async () => {
      await connect(stack, tenant, northwind.realmId);
      stack.mock.fault({ endpoint: 'companyinfo', kind: '5xx' });
      const landing = await stack.api(tenant, 'GET', '/intuit/disconnect');
      assert.equal(landing.headers.get('location'), INTEGRATION_PAGE);
      assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'active');
    });

    it('with no session, or a link that is not active: changes nothing and lands without the marker', async () => {
      const anonymous = await stack.api(null, 'GET', '/intuit/disconnect');
      assert.equal(anonymous.headers.get('location'), INTEGRATION_PAGE);
      const never = await stack.api(tenant, 'GET', '/intuit/disconnect');
      assert.equal(never.headers.get('location'), INTEGRATION_PAGE);
      assert.equal((await stack.api(tenant, 'GET', '/connection')).body.inactiveReason, 'never_connected');
    });
  });
}
