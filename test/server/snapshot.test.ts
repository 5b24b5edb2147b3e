// connections.snapshot(tenantId): the snapshot a page is rendered with on the server is the one GET /connection gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedConnection } from '../../src/server/testing/index.js';
import { COMPANIES, connect, stackForEachTest, type Stack } from './helpers.js';

const [northwind] = COMPANIES as [(typeof COMPANIES)[0]];

describe('connections.snapshot', () => {
  let stack: Stack;
  let tenant: string;
  stackForEachTest('snapshot', (suiteStack, testTenant) => {
    stack = suiteStack;
    tenant = testTenant;
  });

  it('a tenant never connected: disabled, never_connected, as GET /connection says', async () => {
    const snapshot = await stack.server.connections.snapshot(tenant);
    assert.equal(snapshot.linkState, 'disabled');
    assert.equal(snapshot.inactiveReason, 'never_connected');
    assert.deepEqual(snapshot, (await stack.api(tenant, 'GET', '/connection')).body);
  });

  it('a linked tenant, then an inactive one: the same as GET /connection each time, with no token in it', async () => {
    await connect(stack, tenant, northwind.realmId);
    const active = await stack.server.connections.snapshot(tenant);
    assert.equal(active.linkState, 'active');
    assert.deepEqual(active.company, { realmId: northwind.realmId, name: northwind.name });
    assert.deepEqual(active, (await stack.api(tenant, 'GET', '/connection')).body);
    assert.doesNotMatch(JSON.stringify(active), /token/i);

    await seedConnection(stack.server, tenant, { linkState: 'inactive', inactiveReason: 'expired_credentials', company: { realmId: northwind.realmId, name: northwind.name } });
    const inactive = await stack.server.connections.snapshot(tenant);
    assert.equal(inactive.linkState, 'inactive');
    assert.equal(inactive.inactiveReason, 'expired_credentials');
    assert.deepEqual(inactive, (await stack.api(tenant, 'GET', '/connection')).body);
  });
});
