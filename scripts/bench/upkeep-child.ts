// One server process of the keep-alive bench: seeds connections, runs a maintenance cycle on "run", stops on "stop".
import { createQboServer } from '../../src/server/index.js';
import { seedConnection, type SeedSpec } from '../../src/server/testing/index.js';

const mock = JSON.parse(process.env.BENCH_MOCK!) as { clientId: string; clientSecret: string; endpoints: any };
const server = await createQboServer({
  clientId: mock.clientId,
  clientSecret: mock.clientSecret,
  intuit: mock.endpoints,
  redirectUris: ['http://127.0.0.1/callback'],
  encryptionKey: '7'.repeat(64),
  database: { databaseUrl: process.env.BENCH_DATABASE_URL!, poolSize: 6 },
  sweepIntervalMs: 0,
  keepAlive: { interval: 0 },
  tenant: () => null,
});

type Message = { seed: Array<{ tenantId: string; spec: SeedSpec }> } | { run: true } | { stop: true };

process.on('message', async (message: Message) => {
  if ('seed' in message) {
    for (let i = 0; i < message.seed.length; i += 20) {
      await Promise.all(message.seed.slice(i, i + 20).map(({ tenantId, spec }) => seedConnection(server, tenantId, spec)));
    }
    process.send!({ seeded: message.seed.length });
  } else if ('run' in message) {
    process.send!({ report: await server.connections.runMaintenance() });
  } else {
    await server.close();
    process.exit(0);
  }
});
process.send!({ ready: true });
