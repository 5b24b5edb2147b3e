// `npm run bench:server`: GET /connection throughput and latency (100 concurrent clients) on PGlite and PostgreSQL,
// and the Intuit token calls of a 1,000-caller refresh storm across two processes; webhook delivery of 10,000
// events to a receiver failing 30% of requests. Loopback only.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { startMockIntuit, type MockIntuit } from '../src/server/testing/index.js';
// The throwaway cluster helper the test script uses as well (plain JavaScript).
import { startPostgres } from './postgres.js';
import { benchWebhooks } from './bench/webhooks.js';
import { benchKeepAlive } from './bench/keep-alive.js';

const CLIENTS = 100;
const TENANTS = 100;
const WARMUP_MS = 1_000;
const MEASURE_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;

function startChild(mock: MockIntuit, database: object): ChildProcess {
  return fork(new URL('./bench/server-child.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      BENCH_MOCK: JSON.stringify({ clientId: mock.clientId, clientSecret: mock.clientSecret, endpoints: mock.endpoints }),
      BENCH_DATABASE: JSON.stringify(database),
    },
  });
}

async function next<T>(child: ChildProcess): Promise<T> {
  const [message] = await once(child, 'message');
  return message as T;
}

async function seed(child: ChildProcess, mock: MockIntuit, tenants: string[], accessTokenLifetimeSec = 3600) {
  const company = mock.companies[0]!;
  const seedList = [];
  for (const tenantId of tenants) {
    const grant = await mock.issueGrant({ realmId: company.realmId, accessTokenLifetimeSec });
    seedList.push({ tenantId, spec: { linkState: 'active', company: { realmId: company.realmId, name: company.name }, grant } });
  }
  child.send({ seed: seedList });
  await next(child);
}

/** 100 keep-alive clients hammering GET /connection; latencies of the measured window only. */
async function load(port: number): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const measureFrom = start + WARMUP_MS;
  const end = measureFrom + MEASURE_MS;
  const one = (tenant: string) =>
    new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/connection', agent, headers: { 'x-tenant': tenant } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end();
    });
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (performance.now() < end) {
        const sent = performance.now();
        const status = await one(`bench-${client % TENANTS}`);
        const done = performance.now();
        if (sent >= measureFrom && done <= end) {
          if (status === 200) latencies.push(done - sent);
          else errors++;
        }
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rps: latencies.length / (MEASURE_MS / 1000), p50: at(0.5), p99: at(0.99), errors };
}

async function stop(child: ChildProcess) {
  child.send({ stop: true });
  await once(child, 'exit');
}

const mock = await startMockIntuit();
const cluster = await startPostgres();
const rows: string[][] = [];
let webhookOk = false;
try {
  for (const [name, database] of [
    ['PGlite (in memory)', { kind: 'pglite' }],
    ['PostgreSQL 15 (pg)', { databaseUrl: cluster.url }],
  ] as const) {
    const child = startChild(mock, database);
    const { port } = await next<{ port: number }>(child);
    await seed(child, mock, Array.from({ length: TENANTS }, (_, i) => `bench-${i}`));
    const result = await load(port);
    await stop(child);
    rows.push([`GET /connection, ${name}`, `${result.rps.toFixed(0)} req/s`, `p50 ${result.p50.toFixed(1)} ms`, `p99 ${result.p99.toFixed(1)} ms`, `${result.errors} errors`]);
  }

  // Webhook delivery: 10,000 events to a local receiver failing 30% of requests, on PostgreSQL (short backoff, see
  // scripts/bench/webhooks.ts).
  const hooks = await benchWebhooks({ databaseUrl: cluster.url }, Number(process.env.BENCH_EVENTS ?? 10_000));
  webhookOk = hooks.delivered === hooks.events;
  rows.push([
    `Webhooks, ${hooks.events} events, receiver fails 30%, PostgreSQL`,
    `${hooks.delivered} delivered in ${hooks.seconds.toFixed(1)} s`,
    `${hooks.duplicates} duplicates, ${hooks.failedRequests}/${hooks.requests} requests failed`,
    `delay p50 ${hooks.p50.toFixed(0)} ms`,
    `p99 ${hooks.p99.toFixed(0)} ms`,
  ]);

  // The storm: one tenant whose access token is due, 500 callers in each of two processes on one PostgreSQL.
  const a = startChild(mock, { databaseUrl: cluster.url });
  const b = startChild(mock, { databaseUrl: cluster.url });
  await Promise.all([next(a), next(b)]);
  const tenant = `storm-${Date.now()}`;
  await seed(a, mock, [tenant], 60);
  const before = mock.calls.token.refresh_token;
  const replies = Promise.all([next<{ tokens: string[] }>(a), next<{ tokens: string[] }>(b)]);
  a.send({ storm: tenant, count: 500 });
  b.send({ storm: tenant, count: 500 });
  const tokens = (await replies).flatMap((reply) => reply.tokens);
  const calls = mock.calls.token.refresh_token - before;
  const distinct = new Set(tokens).size;
  await Promise.all([stop(a), stop(b)]);
  rows.push([
    'Refresh storm, 2 processes × 500 getAccessToken',
    `${calls} Intuit token call${calls === 1 ? '' : 's'}`,
    `${tokens.length} callers`,
    `${distinct} distinct token${distinct === 1 ? '' : 's'}`,
    tokens.includes('error') ? 'errors!' : '0 errors',
  ]);

  // Keep-alive: one maintenance cycle over many due connections, with 1 and 3 processes (BENCH_SKIP_KEEPALIVE=1 skips).
  if (!process.env.BENCH_SKIP_KEEPALIVE) rows.push(...(await benchKeepAlive(cluster.url)));
} finally {
  cluster.stop();
  await mock.close();
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
console.log(`\nqbo-reconnect/server bench: ${CLIENTS} concurrent clients, ${MEASURE_MS / 1000} s per database, loopback\n`);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  │  '));
const storm = rows.find((row) => row[0]!.startsWith('Refresh storm'))!;
const duplicates = rows.filter((row) => row[0]!.startsWith('Keep-alive') && !row[4]!.startsWith('0 '));
process.exit(storm[1]!.startsWith('1 ') && storm[3]!.startsWith('1 ') && duplicates.length === 0 && webhookOk ? 0 : 1);
