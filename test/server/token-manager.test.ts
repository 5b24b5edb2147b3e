// The token manager against the mock Intuit: refresh timing, rotation, invalid_grant, retries, single flight.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConnectionInactiveError, IntuitUnavailableError } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';
import { seedConnection } from '../../src/server/testing/index.js';
import { COMPANIES, connect, stackForEachTest, startStack, type Stack } from './helpers.js';

const [northwind] = COMPANIES as [(typeof COMPANIES)[0]];
const MINUTE = 60_000;

describe('token manager', () => {
  let stack: Stack;
  let tenant: string;
  stackForEachTest('tm', (suiteStack, testTenant) => {
    stack = suiteStack;
    tenant = testTenant;
  });
  const refreshes = () => stack.mock.calls.token.refresh_token;

  it('hands out the stored token until 5 minutes before expiry, then refreshes', async () => {
    await connect(stack, tenant, northwind.realmId);
    const first = await stack.server.connections.getAccessToken(tenant);
    const before = refreshes();
    stack.clock.advance(54 * MINUTE);
    assert.equal(await stack.server.connections.getAccessToken(tenant), first);
    assert.equal(refreshes(), before);
    stack.clock.advance(2 * MINUTE);
    const second = await stack.server.connections.getAccessToken(tenant);
    assert.notEqual(second, first);
    assert.equal(refreshes() - before, 1);
    assert.equal(await stack.server.connections.getAccessToken(tenant), second);
  });

  it('stores the rotated refresh token: the next refresh uses it (the mock refuses the old one)', async () => {
    await connect(stack, tenant, northwind.realmId);
    const before = refreshes();
    for (let i = 0; i < 3; i++) {
      stack.clock.advance(56 * MINUTE);
      await stack.server.connections.getAccessToken(tenant);
    }
    assert.equal(refreshes() - before, 3);
    const snapshot = await stack.api(tenant, 'GET', '/connection');
    assert.equal(snapshot.body.linkState, 'active');
    assert.equal(snapshot.body.credentialsExpireAt, new Date(stack.clock.now().getTime() + 8_640_000_000).toISOString());
  });

  it('1,000 concurrent callers in one process cause one refresh and all get the new token', async () => {
    await connect(stack, tenant, northwind.realmId);
    const old = await stack.server.connections.getAccessToken(tenant);
    stack.clock.advance(56 * MINUTE);
    const before = refreshes();
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => stack.server.connections.getAccessToken(tenant)));
    assert.equal(refreshes() - before, 1);
    assert.equal(new Set(tokens).size, 1);
    assert.notEqual(tokens[0], old);
  });

  it('invalid_grant after the user revoked the app → inactive / revoked', async () => {
    await connect(stack, tenant, northwind.realmId);
    stack.mock.revokeGrant(northwind.realmId);
    stack.clock.advance(56 * MINUTE);
    await assert.rejects(stack.server.connections.getAccessToken(tenant), (error) => error instanceof ConnectionInactiveError && error.reason === 'revoked');
    const { body } = await stack.api(tenant, 'GET', '/connection');
    assert.equal(body.linkState, 'inactive');
    assert.equal(body.inactiveReason, 'revoked');
    assert.equal(body.credentialsExpireAt, null);
    assert.equal(body.company.realmId, northwind.realmId);
    const vendors = await stack.api(tenant, 'GET', '/vendors?limit=2');
    assert.equal(vendors.body.items[0].id, null);
  });

  it('invalid_grant past credentialsExpireAt → inactive / expired_credentials', async () => {
    const grant = await stack.mock.issueGrant({ realmId: northwind.realmId, accessTokenLifetimeSec: 3600, refreshTokenLifetimeSec: 7200 });
    await seedConnection(stack.server, tenant, { linkState: 'active', company: northwind, grant });
    const snapshot = await stack.api(tenant, 'GET', '/connection');
    assert.equal(snapshot.body.credentialsExpireAt, new Date(stack.clock.now().getTime() + 7200_000).toISOString());
    stack.clock.advance(2 * 60 * MINUTE);
    await assert.rejects(stack.server.connections.getAccessToken(tenant), (error) => error instanceof ConnectionInactiveError && error.reason === 'expired_credentials');
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.inactiveReason, 'expired_credentials');
  });

  it('429 and 5xx are retried with backoff; a lasting outage is IntuitUnavailableError / 502 and keeps the link', async () => {
    await connect(stack, tenant, northwind.realmId);
    stack.clock.advance(56 * MINUTE);
    stack.mock.fault({ endpoint: 'token', kind: '429', times: 1 });
    stack.mock.fault({ endpoint: 'token', kind: '5xx', times: 1 });
    const before = refreshes();
    assert.ok(await stack.server.connections.getAccessToken(tenant));
    assert.equal(refreshes() - before, 3);

    stack.clock.advance(56 * MINUTE);
    stack.mock.fault({ endpoint: 'token', kind: '5xx' });
    const failed = refreshes();
    await assert.rejects(stack.server.connections.getAccessToken(tenant), IntuitUnavailableError);
    assert.equal(refreshes() - failed, 3, 'bounded: three attempts');
    stack.mock.clearFaults();
    stack.mock.fault({ endpoint: 'query', kind: '5xx' });
    const queries = stack.mock.calls.query;
    const reply = await stack.api(tenant, 'GET', '/vendors?limit=5');
    assert.equal(reply.status, 502);
    assert.equal(stack.mock.calls.query - queries, 3, 'a read is retried, boundedly');
    assert.equal(reply.body.error, 'intuit_unavailable');
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'active');
  });

  it('a malformed token reply is intuit_unavailable, not a lost connection', async () => {
    await connect(stack, tenant, northwind.realmId);
    stack.clock.advance(56 * MINUTE);
    stack.mock.fault({ endpoint: 'token', kind: 'malformed', times: 1 });
    await assert.rejects(stack.server.connections.getAccessToken(tenant), IntuitUnavailableError);
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'active');
  });

  it('qboFetch calls the company API with the token and JSON', async () => {
    await connect(stack, tenant, northwind.realmId);
    const response = await stack.server.connections.qboFetch(tenant, `/companyinfo/${northwind.realmId}`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as any).CompanyInfo.CompanyName, northwind.name);
    assert.equal(await stack.server.connections.realmId(tenant), northwind.realmId);
  });

  it('credentialsExpireAt is the hard limit when that comes first', async () => {
    const short = await startStack({ mock: { refreshTokenHardLifetimeSec: 3 * 86_400 } });
    try {
      await connect(short, tenant, northwind.realmId);
      const { body } = await short.api(tenant, 'GET', '/connection');
      assert.equal(body.credentialsExpireAt, new Date(short.clock.now().getTime() + 3 * 86_400_000).toISOString());
    } finally {
      await short.close();
    }
  });

  it("asks Intuit for the 5-year hard expiry and keeps it through refreshes", async () => {
    await connect(stack, tenant, northwind.realmId);
    const hardAt = async () => {
      const { repository, tokens } = stack.server[internals];
      const row = await repository.getConnection(tenant);
      return (await tokens.open(tenant, row!.tokens!)).refreshTokenHardExpiresAt()?.toISOString();
    };
    const expected = new Date(stack.clock.now().getTime() + 5 * 365 * 86_400_000).toISOString();
    assert.equal(await hardAt(), expected);
    stack.clock.advance(56 * MINUTE);
    await stack.server.connections.getAccessToken(tenant);
    assert.equal(await hardAt(), expected);
  });

  it('a tenant without a link gets not_connected', async () => {
    await assert.rejects(stack.server.connections.getAccessToken(tenant), /no active QuickBooks connection/);
  });

  it('on PGlite a slow refresh does not hold up other tenants', async () => {
    const other = `${tenant}-other`;
    await connect(stack, tenant, northwind.realmId);
    await connect(stack, other, northwind.realmId);
    stack.clock.advance(56 * MINUTE);
    stack.mock.fault({ endpoint: 'token', kind: 'slow', delayMs: 400, times: 1 });
    const order: string[] = [];
    const refreshing = stack.server.connections.getAccessToken(tenant).then(() => order.push('refreshed'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const snapshot = await stack.api(other, 'GET', '/connection');
    order.push('other tenant answered');
    await refreshing;
    assert.equal(snapshot.status, 200);
    assert.deepEqual(order, ['other tenant answered', 'refreshed']);
  });

  it('a disconnect during a refresh wins: the refreshed grant is not written back', async () => {
    await connect(stack, tenant, northwind.realmId);
    stack.clock.advance(56 * MINUTE);
    stack.mock.fault({ endpoint: 'token', kind: 'slow', delayMs: 300, times: 1 });
    const refreshing = stack.server.connections.getAccessToken(tenant).then(
      () => 'token',
      (error: Error) => error.name,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal((await stack.api(tenant, 'DELETE', '/connection')).status, 200);
    assert.notEqual(await refreshing, 'token');
    const { body } = await stack.api(tenant, 'GET', '/connection');
    assert.equal(body.linkState, 'disabled');
    assert.equal(body.inactiveReason, 'manually_disabled');
    await assert.rejects(stack.server.connections.getAccessToken(tenant));
  });
});
