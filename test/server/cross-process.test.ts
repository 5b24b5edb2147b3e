// Two server processes on one real PostgreSQL, 1,000 concurrent getAccessToken calls: one refresh at Intuit.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { createQboServer, type QboServer } from '../../src/server/index.js';
import { seedConnection, startMockIntuit, type MockIntuit } from '../../src/server/testing/index.js';
import { postgresUrl, uniqueTenant } from './databases.js';
import { COMPANIES, KEY_HEX } from './helpers.js';

const [northwind] = COMPANIES as [(typeof COMPANIES)[0]];

describe('refresh across two processes sharing PostgreSQL', () => {
  let mock: MockIntuit;
  let server: QboServer;
  const databaseUrl = postgresUrl();
  before(async () => {
    mock = await startMockIntuit({ companies: COMPANIES });
    server = await createQboServer({
      clientId: mock.clientId,
      clientSecret: mock.clientSecret,
      intuit: mock.endpoints,
      redirectUris: ['https://host.example/quickbooks/callback'],
      encryptionKey: KEY_HEX,
      database: { databaseUrl },
      sweepIntervalMs: 0,
      keepAlive: false,
      tenant: () => null,
    });
  });
  after(async () => {
    await server.close();
    await mock.close();
  });

  it('1,000 concurrent calls (500 per process) → exactly 1 refresh, every caller gets the new token', async () => {
    const tenant = uniqueTenant('storm');
    // An access token inside the 5-minute margin: the very first call must refresh.
    const grant = await mock.issueGrant({ realmId: northwind.realmId, accessTokenLifetimeSec: 60 });
    await seedConnection(server, tenant, { linkState: 'active', company: northwind, grant });
    const child = fork(new URL('./fixtures/second-server.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        MOCK_CLIENT_ID: mock.clientId,
        MOCK_CLIENT_SECRET: mock.clientSecret,
        MOCK_ENDPOINTS: JSON.stringify(mock.endpoints),
        ENCRYPTION_KEY: KEY_HEX,
        DATABASE_URL: databaseUrl,
      },
    });
    try {
      const [ready] = (await once(child, 'message')) as [{ ready?: boolean }];
      assert.equal(ready.ready, true);
      // Slow the one refresh down so the other process surely arrives while it is in flight.
      mock.fault({ endpoint: 'token', kind: 'slow', delayMs: 300, times: 1 });
      const before = mock.calls.token.refresh_token;
      const theirs = once(child, 'message') as Promise<[{ tokens: string[] }]>;
      child.send({ go: tenant, count: 500 });
      const ours = await Promise.all(Array.from({ length: 500 }, () => server.connections.getAccessToken(tenant)));
      const [{ tokens }] = await theirs;
      const all = [...ours, ...tokens];
      assert.equal(all.length, 1000);
      assert.equal(mock.calls.token.refresh_token - before, 1, 'one refresh at Intuit');
      assert.deepEqual([...new Set(all)], [ours[0]], 'every caller holds the same new token');
      assert.notEqual(ours[0], grant.access_token);
    } finally {
      child.kill();
    }
  });
});
