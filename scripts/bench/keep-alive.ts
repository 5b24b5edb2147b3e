// The keep-alive part of `npm run bench:server`: one maintenance cycle over N due connections (default 10,000, one
// realm each) with 1 and then 3 processes on one PostgreSQL: connections per second, Intuit calls, duplicates.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import pg from 'pg';
import { startMockIntuit, type TokenReply } from '../../src/server/testing/index.js';

const COUNT = Number(process.env.BENCH_KEEPALIVE_CONNECTIONS ?? 10_000);

const next = async <T>(child: ChildProcess): Promise<T> => (await once(child, 'message'))[0] as T;

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function benchKeepAlive(clusterUrl: string): Promise<string[][]> {
  const companies = Array.from({ length: COUNT }, (_, i) => ({ realmId: `99${String(i).padStart(8, '0')}`, name: `Company ${i}`, vendors: [] }));
  const mock = await startMockIntuit({ companies });
  const rows: string[][] = [];
  try {
    for (const processes of [1, 3]) {
      const name = `bench_keepalive_${processes}_${Date.now()}`;
      await admin(clusterUrl, `create database ${name}`);
      const url = new URL(clusterUrl);
      url.pathname = `/${name}`;
      const children = Array.from({ length: processes }, () =>
        fork(new URL('./upkeep-child.ts', import.meta.url), {
          execArgv: ['--import', 'tsx'],
          env: {
            ...process.env,
            BENCH_MOCK: JSON.stringify({ clientId: mock.clientId, clientSecret: mock.clientSecret, endpoints: mock.endpoints }),
            BENCH_DATABASE_URL: url.href,
          },
        }),
      );
      try {
        await Promise.all(children.map((child) => next(child)));
        const grants: TokenReply[] = [];
        const seed = [];
        for (const company of companies) {
          const grant = await mock.issueGrant({ realmId: company.realmId });
          grants.push(grant);
          seed.push({ tenantId: `t-${company.realmId}`, spec: { linkState: 'active', company: { realmId: company.realmId, name: company.name }, grant } });
        }
        children[0]!.send({ seed });
        await next(children[0]!);
        // Every link due: its grant renewed 8 days ago and never probed, so the cycle refreshes and probes each once.
        await admin(url.href, `update qbo_connections set refreshed_at = now() - interval '8 days', probed_at = null`);
        const before = { refresh: mock.calls.token.refresh_token, probe: mock.calls.companyInfo };
        const started = performance.now();
        const reports = await Promise.all(
          children.map(async (child) => (child.send({ run: true }), (await next<{ report: { claimed: number } }>(child)).report)),
        );
        const seconds = (performance.now() - started) / 1000;
        const calls = mock.calls.token.refresh_token - before.refresh + (mock.calls.companyInfo - before.probe);
        const duplicates = grants.filter((grant) => {
          const count = mock.grantRefreshes(grant.refresh_token);
          return count.accepted !== 1 || count.refused !== 0;
        }).length;
        const claimed = reports.reduce((sum, report) => sum + report.claimed, 0);
        rows.push([
          `Keep-alive cycle, ${COUNT.toLocaleString('en-US')} due connections, ${processes} process${processes === 1 ? '' : 'es'}`,
          `${(COUNT / seconds).toFixed(0)} connections/s (${seconds.toFixed(1)} s)`,
          `${calls} Intuit calls`,
          `${claimed} claimed`,
          `${duplicates} duplicates`,
        ]);
      } finally {
        for (const child of children) {
          child.send({ stop: true });
          await once(child, 'exit');
        }
        await admin(clusterUrl, `drop database if exists ${name} with (force)`);
      }
    }
  } finally {
    await mock.close();
  }
  return rows;
}
