// The whole stack on each real storage: PostgreSQL through pg, and PGlite persisting to a data folder.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startMockIntuit } from '../../src/server/testing/index.js';
import { postgresUrl, uniqueTenant } from './databases.js';
import { COMPANIES, Clock, connect, startStack } from './helpers.js';

const [northwind, contoso] = COMPANIES as [(typeof COMPANIES)[0], (typeof COMPANIES)[0]];

describe('storage', () => {
  it('PostgreSQL: connect, switch company, refresh, disconnect', async () => {
    const stack = await startStack({ server: { database: { databaseUrl: postgresUrl() } } });
    const tenant = uniqueTenant('pg');
    try {
      await connect(stack, tenant, northwind.realmId);
      const callback = await stack.signIn(tenant, contoso.realmId);
      assert.equal((await stack.api(tenant, 'POST', '/connection/complete', callback)).body.error, 'company_mismatch');
      const switched = await stack.api(tenant, 'POST', '/connection/complete', { ...callback, confirmCompanySwitch: true });
      assert.equal(switched.body.company.realmId, contoso.realmId);
      assert.equal(stack.purged.length, 1);
      stack.clock.advance(56 * 60_000);
      const before = stack.mock.calls.token.refresh_token;
      await stack.server.connections.getAccessToken(tenant);
      assert.equal(stack.mock.calls.token.refresh_token - before, 1);
      assert.equal((await stack.api(tenant, 'DELETE', '/connection')).body.inactiveReason, 'manually_disabled');
    } finally {
      await stack.close();
    }
  });

  it('PGlite in a data folder: a restarted server still holds the link and can use its tokens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qbo-pglite-'));
    const clock = new Clock();
    const mock = await startMockIntuit({ companies: COMPANIES, now: clock.now });
    const database = { kind: 'pglite' as const, dataDir: join(dir, 'db') };
    try {
      const first = await startStack({ mockIntuit: mock, clock, server: { database } });
      await connect(first, 'persisted', northwind.realmId);
      await first.close();
      const second = await startStack({ mockIntuit: mock, clock, server: { database } });
      try {
        assert.equal((await second.api('persisted', 'GET', '/connection')).body.linkState, 'active');
        clock.advance(56 * 60_000);
        assert.ok(await second.server.connections.getAccessToken('persisted'));
      } finally {
        await second.close();
      }
    } finally {
      await mock.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
