// One qbo-reconnect server process for the bench: serves HTTP on loopback, seeds tenants, runs a refresh storm.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createQboServer } from '../../src/server/index.js';
import { seedConnection, type SeedSpec } from '../../src/server/testing/index.js';

const mock = JSON.parse(process.env.BENCH_MOCK!) as { clientId: string; clientSecret: string; endpoints: any };
const server = await createQboServer({
  clientId: mock.clientId,
  clientSecret: mock.clientSecret,
  intuit: mock.endpoints,
  redirectUris: ['http://127.0.0.1/callback'],
  encryptionKey: '7'.repeat(64),
  database: JSON.parse(process.env.BENCH_DATABASE!),
  sweepIntervalMs: 0,
  keepAlive: false,
  tenant: (request) => {
    const tenantId = request.headers.get('x-tenant');
    return tenantId ? { tenantId, user: { name: 'Bench User' } } : null;
  },
  syncSummary: () => ({ totalFiles: 42, lastSyncAt: '2026-11-25T09:00:00.000Z' }),
});
const http = serve({ fetch: server.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
  process.send!({ port: info.port });
});

type Message = { seed: Array<{ tenantId: string; spec: SeedSpec }> } | { storm: string; count: number } | { stop: true };

process.on('message', async (message: Message) => {
  if ('seed' in message) {
    for (const { tenantId, spec } of message.seed) await seedConnection(server, tenantId, spec);
    process.send!({ seeded: message.seed.length });
  } else if ('storm' in message) {
    const tokens = await Promise.allSettled(Array.from({ length: message.count }, () => server.connections.getAccessToken(message.storm)));
    process.send!({ tokens: tokens.map((t) => (t.status === 'fulfilled' ? t.value : 'error')) });
  } else {
    http.close();
    await server.close();
    process.exit(0);
  }
});
