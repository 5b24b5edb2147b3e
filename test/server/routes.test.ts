// Every route of the REST contract over real HTTP against the mock Intuit: the flows a browser drives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { internals } from '../../src/server/internals.js';
import { COMPANIES, INTEGRATION_PAGE, REDIRECT_URI, connect, listen, stackForEachTest, startStack, type Stack } from './helpers.js';

const [northwind] = COMPANIES as [(typeof COMPANIES)[0], (typeof COMPANIES)[0]];

describe('routes', () => {
  let stack: Stack;
  let tenant: string;
  stackForEachTest('tenant', (suiteStack, testTenant) => {
    stack = suiteStack;
    tenant = testTenant;
  });

  it('a tenant that never connected is disabled / never_connected', async () => {
    const { status, body } = await stack.api(tenant, 'GET', '/connection');
    assert.equal(status, 200);
    assert.deepEqual(body, {
      linkState: 'disabled',
      everReconnected: false,
      inactiveReason: 'never_connected',
      company: null,
      sync: null,
      credentialsExpireAt: null,
      connectedAt: null,
      connectedBy: null,
      handoff: null,
    });
  });

  it('happy path: authorize, sign in, complete → active with company, expiry, who and when', async () => {
    const before = stack.mock.calls.token.authorization_code;
    const authorized = await stack.api(tenant, 'POST', '/connection/authorize', { redirectUri: REDIRECT_URI });
    assert.equal(authorized.status, 200);
    const url = new URL(authorized.body.authorizationUrl);
    assert.equal(url.searchParams.get('state'), authorized.body.state);
    assert.equal(url.searchParams.get('scope'), 'com.intuit.quickbooks.accounting');
    assert.equal(url.searchParams.get('redirect_uri'), REDIRECT_URI);
    const answer = await stack.mock.signIn(authorized.body.authorizationUrl, { realmId: northwind.realmId });
    const completed = await stack.api(tenant, 'POST', '/connection/complete', { code: answer.code, state: answer.state, realmId: northwind.realmId });
    assert.equal(completed.status, 200, JSON.stringify(completed.body));
    assert.equal(completed.body.linkState, 'active');
    assert.equal(completed.body.inactiveReason, null);
    assert.equal(completed.body.everReconnected, true);
    assert.deepEqual(completed.body.company, { realmId: northwind.realmId, name: northwind.name });
    assert.equal(completed.body.connectedAt, stack.clock.now().toISOString());
    assert.deepEqual(completed.body.connectedBy, { name: 'Dana Ortiz' });
    assert.ok(Date.parse(completed.body.credentialsExpireAt) > stack.clock.now().getTime());
    assert.equal(stack.mock.calls.token.authorization_code - before, 1);
    assert.doesNotMatch(JSON.stringify(completed.body), /token/i);
    const loaded = await stack.api(tenant, 'GET', '/connection');
    assert.deepEqual(loaded.body, completed.body);
  });

  it('vendors: live from QuickBooks while active, paged by start position', async () => {
    await connect(stack, tenant, northwind.realmId);
    const first = await stack.api(tenant, 'GET', '/vendors?limit=5');
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.items[0], { id: '1', name: 'NW Vendor 1' });
    assert.equal(first.body.items.length, 5);
    assert.equal(first.body.nextCursor, '6');
    const second = await stack.api(tenant, 'GET', `/vendors?limit=5&cursor=${first.body.nextCursor}`);
    assert.deepEqual(second.body.items.map((v: { id: string }) => v.id), ['6', '7']);
    assert.equal(second.body.nextCursor, null);
  });

  it('vendors: the host list with id null while not active', async () => {
    const page = await stack.api(tenant, 'GET', '/vendors?limit=10');
    assert.deepEqual(page.body, { items: [{ id: null, name: 'Local Vendor A' }, { id: null, name: 'Local Vendor B' }], nextCursor: null });
  });

  it('DELETE revokes at Intuit and leaves disabled / manually_disabled; a second DELETE is 409 not_connected', async () => {
    await connect(stack, tenant, northwind.realmId);
    const revokes = stack.mock.calls.revoke;
    const deleted = await stack.api(tenant, 'DELETE', '/connection');
    assert.equal(deleted.status, 200);
    assert.equal(deleted.body.linkState, 'disabled');
    assert.equal(deleted.body.inactiveReason, 'manually_disabled');
    assert.equal(deleted.body.credentialsExpireAt, null);
    assert.equal(stack.mock.calls.revoke - revokes, 1);
    await assert.rejects(stack.server.connections.getAccessToken(tenant), /not_connected|no active/i);
    const again = await stack.api(tenant, 'DELETE', '/connection');
    assert.equal(again.status, 409);
    assert.equal(again.body.error, 'not_connected');
  });

  it('DELETE while Intuit cannot revoke → 502 intuit_unavailable and the link stays as it was', async () => {
    await connect(stack, tenant, northwind.realmId);
    stack.mock.fault({ endpoint: 'revoke', kind: '5xx' });
    const reply = await stack.api(tenant, 'DELETE', '/connection');
    assert.equal(reply.status, 502);
    assert.equal(reply.body.error, 'intuit_unavailable');
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.linkState, 'active');
  });

  it('landing routes send the user to the integration page with the marker (the Disconnect URL: intuit-disconnect.test.ts)', async () => {
    const launch = await stack.api(null, 'GET', '/intuit/launch');
    assert.equal(launch.status, 302);
    assert.equal(launch.headers.get('location'), INTEGRATION_PAGE);
    const reconnect = await stack.api(null, 'GET', '/intuit/reconnect');
    assert.equal(reconnect.headers.get('location'), `${INTEGRATION_PAGE}?qbo-reconnect`);
  });

  it('tokens are stored encrypted: the row holds neither the access nor the refresh token', async () => {
    await connect(stack, tenant, northwind.realmId);
    const token = await stack.server.connections.getAccessToken(tenant);
    const row = await stack.server[internals].repository.getConnection(tenant);
    assert.match(row!.tokens!, /^v1\./);
    assert.ok(!row!.tokens!.includes(token));
    assert.ok(!JSON.stringify(row).includes(token.slice(0, 20)));
  });

  it('mounts under a base path in another hono app, and in node:http through nodeListener', async () => {
    const host = new Hono();
    host.route('/api/quickbooks', stack.server.app);
    const mounted = await listen({ fetch: async (request) => host.fetch(request) });
    const node = createServer(stack.server.nodeListener);
    await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
    try {
      const viaHono = await fetch(`http://127.0.0.1:${(mounted.address() as AddressInfo).port}/api/quickbooks/connection`, { headers: { 'x-tenant': tenant } });
      assert.equal(viaHono.status, 200);
      assert.equal(((await viaHono.json()) as { linkState: string }).linkState, 'disabled');
      const viaNode = await fetch(`http://127.0.0.1:${(node.address() as AddressInfo).port}/connection`, { headers: { 'x-tenant': tenant } });
      assert.equal(viaNode.status, 200);
      assert.equal(stack.lastIncoming?.url, '/connection', 'the tenant hook sees the Node request');
    } finally {
      await new Promise((resolve) => mounted.close(resolve));
      await new Promise((resolve) => node.close(resolve));
    }
  });

  it('basePath prefixes every route of the fetch handler', async () => {
    const prefixed = await startStack({ server: { basePath: '/api/quickbooks' } });
    try {
      assert.equal((await prefixed.api(tenant, 'GET', '/api/quickbooks/connection')).status, 200);
      assert.equal((await prefixed.api(tenant, 'GET', '/connection')).status, 404);
      assert.equal((await prefixed.api(null, 'GET', '/api/quickbooks/intuit/launch')).status, 302);
    } finally {
      await prefixed.close();
    }
  });

  it('refuses Intuit endpoints over plain http unless they are on this machine', async () => {
    const endpoints = { ...stack.mock.endpoints, tokenEndpoint: 'http://intuit.example/token' };
    await assert.rejects(startStack({ mockIntuit: stack.mock, server: { intuit: endpoints } }), /must use https/);
  });

  it('sync comes from the syncSummary hook', async () => {
    const { body } = await stack.api('with-sync', 'GET', '/connection');
    assert.deepEqual(body.sync, { totalFiles: 42, lastSyncAt: null });
  });
});
