// Bench part: webhook delivery of 10,000 connection events to a local receiver that fails 30% of requests. Measures
// that all are delivered, how many were accepted twice, and the delay from the event's write to its acceptance.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createQboServer, type DatabaseOption } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';

const INTUIT = { authorizationEndpoint: 'https://intuit.invalid/a', tokenEndpoint: 'https://intuit.invalid/t', revocationEndpoint: 'https://intuit.invalid/r', apiBaseUrl: 'https://intuit.invalid' };

export interface WebhookBenchResult {
  events: number;
  delivered: number;
  duplicates: number;
  requests: number;
  failedRequests: number;
  seconds: number;
  p50: number;
  p99: number;
}

export async function benchWebhooks(database: DatabaseOption, events = 10_000, tenants = 500, failRate = 0.3): Promise<WebhookBenchResult> {
  const writtenAt = new Map<string, number>();
  const acceptedAt = new Map<string, number>();
  let duplicates = 0;
  let requests = 0;
  let failedRequests = 0;
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      requests++;
      if (Math.random() < failRate) {
        failedRequests++;
        res.writeHead(503).end();
        return;
      }
      const id = String(req.headers['webhook-id']);
      if (acceptedAt.has(id)) duplicates++;
      else acceptedAt.set(id, performance.now());
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const prefix = `bench-hook-${randomBytes(4).toString('hex')}`;
  const server = await createQboServer({
    clientId: 'bench',
    clientSecret: 'bench',
    intuit: INTUIT,
    redirectUris: ['https://host.example/callback'],
    encryptionKey: randomBytes(32).toString('hex'),
    database,
    sweepIntervalMs: 0,
    tenant: () => null,
    webhooks: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, secret: `whsec_${randomBytes(32).toString('base64')}` },
    eventDelivery: { interval: 10 },
  });
  // The bench's short retry schedule (10 ms base, 200 ms cap instead of 5 s and 1 h), so 30% failures settle in seconds.
  server[internals].dispatcher.backoff = { baseMs: 10, maxMs: 200 };
  const { repository, events: outbox } = server[internals];
  const start = performance.now();
  // Written in commits of 100 while delivery runs, as a busy host's changes would be.
  for (let i = 0; i < events; i += 100) {
    const batch = Array.from({ length: Math.min(100, events - i) }, (_, k) => ({
      tenantId: `${prefix}-${(i + k) % tenants}`,
      type: 'reconnected' as const,
      at: new Date(),
      actor: { name: String(i + k), email: null },
    }));
    const written = performance.now();
    await repository.transaction((tx) => tx.appendEvents(batch));
    for (const event of batch) writtenAt.set(`${event.tenantId}/${event.actor.name}`, written);
  }
  // Map ids to their write time through the tenants' history (ids are made by the repository).
  const idWritten = new Map<string, number>();
  for (let t = 0; t < tenants; t++) {
    let cursor: string | null = null;
    do {
      const page = await outbox.history(`${prefix}-${t}`, cursor, 100);
      for (const { event } of page.slice(0, 100)) idWritten.set(event.id, writtenAt.get(`${event.tenantId}/${event.actor!.name}`)!);
      cursor = page.length > 100 ? page[99]!.seq : null;
    } while (cursor);
  }
  while ([...idWritten.keys()].some((id) => !acceptedAt.has(id))) await new Promise((resolve) => setTimeout(resolve, 50));
  const seconds = (Math.max(...acceptedAt.values()) - start) / 1000;
  await server.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  const delays = [...idWritten].map(([id, written]) => acceptedAt.get(id)! - written).sort((a, b) => a - b);
  const at = (q: number) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))]!;
  return { events, delivered: idWritten.size, duplicates, requests, failedRequests, seconds, p50: at(0.5), p99: at(0.99) };
}
