// The keep-alive across server processes on one PostgreSQL: 3 processes share 2,000 due connections and refresh
// each exactly once; a process killed mid-cycle leaves claims that lapse and are taken over, and every refresh it
// sent that never committed is reported as an event.
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { MaintenanceReport } from '../../src/server/index.js';
import { startMockIntuit, type MockIntuit, type TokenReply } from '../../src/server/testing/index.js';
import { KEY_HEX } from './helpers.js';
import { freshPostgres } from './keep-alive-helpers.js';

const DAY = 86_400_000;

function companies(count: number) {
  return Array.from({ length: count }, (_, i) => ({ realmId: `88${String(i).padStart(8, '0')}`, name: `Company ${i}`, vendors: [] }));
}

function startProcess(mock: MockIntuit, databaseUrl: string, leaseMs: number): ChildProcess {
  return fork(new URL('./fixtures/upkeep-server.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      MOCK_CLIENT_ID: mock.clientId,
      MOCK_CLIENT_SECRET: mock.clientSecret,
      MOCK_ENDPOINTS: JSON.stringify(mock.endpoints),
      ENCRYPTION_KEY: KEY_HEX,
      DATABASE_URL: databaseUrl,
      LEASE_MS: String(leaseMs),
    },
  });
}

const next = async <T>(child: ChildProcess): Promise<T> => (await once(child, 'message'))[0] as T;

describe('keep-alive across processes on PostgreSQL', () => {
  let mock: MockIntuit;
  let db: { url: string; drop(): Promise<void> };
  let client: pg.Client;
  const children: ChildProcess[] = [];
  before(async () => {
    mock = await startMockIntuit({ companies: companies(2000) });
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await mock.close();
  });

  /** `count` active connections, one realm each, made due for a refresh (renewed 8 days ago) but not for a probe. */
  async function seed(through: ChildProcess, count: number): Promise<Map<string, TokenReply>> {
    const grants = new Map<string, TokenReply>();
    const list = [];
    for (const company of mock.companies.slice(0, count)) {
      const grant = await mock.issueGrant({ realmId: company.realmId });
      const tenantId = `tenant-${company.realmId}`;
      grants.set(tenantId, grant);
      list.push({ tenantId, spec: { linkState: 'active', company: { realmId: company.realmId, name: company.name }, grant } });
    }
    through.send({ seed: list });
    await next(through);
    await client.query(`update qbo_connections set refreshed_at = now() - interval '8 days', probed_at = now()`);
    return grants;
  }

  async function withDatabase(fn: () => Promise<void>) {
    db = await freshPostgres();
    client = new pg.Client({ connectionString: db.url });
    try {
      await fn();
    } finally {
      for (const child of children.splice(0)) {
        if (child.exitCode === null && child.signalCode === null) {
          child.send({ stop: true });
          await once(child, 'exit');
        }
      }
      await client.end().catch(() => {});
      await db.drop();
    }
  }

  async function processes(count: number, leaseMs: number): Promise<ChildProcess[]> {
    const started = Array.from({ length: count }, () => startProcess(mock, db.url, leaseMs));
    children.push(...started);
    await Promise.all(started.map((child) => next(child)));
    return started;
  }

  it('3 processes, 2,000 due connections: each refreshed exactly once, none left claimed', async () => {
    await withDatabase(async () => {
      const started = await processes(3, 300_000);
      await client.connect();
      const grants = await seed(started[0]!, 2000);
      const reports = await Promise.all(
        started.map(async (child) => {
          child.send({ run: true });
          return (await next<{ report: MaintenanceReport }>(child)).report;
        }),
      );
      assert.equal(reports.reduce((sum, report) => sum + report.claimed, 0), 2000, 'every connection claimed once');
      assert.equal(reports.reduce((sum, report) => sum + report.refreshed, 0), 2000);
      assert.ok(reports.every((report) => report.claimed > 0), `all three took part: ${reports.map((r) => r.claimed).join(', ')}`);
      const counts = [...grants.values()].map((grant) => mock.grantRefreshes(grant.refresh_token));
      assert.deepEqual(counts.filter((count) => count.accepted !== 1 || count.refused !== 0), [], 'exactly one refresh per grant');
      const { rows } = await client.query(`select count(*)::int as n from qbo_connections where lease_owner is not null or link_state <> 'active'`);
      assert.equal(rows[0].n, 0);
      const events = await client.query('select count(*)::int as n from qbo_events');
      assert.equal(events.rows[0].n, 0, 'nothing to report: every link stayed active');
    });
  });

  it('a process killed mid-cycle: its claims lapse and are taken over; each refresh it lost is reported', async () => {
    await withDatabase(async () => {
      const LEASE = 8_000;
      const [doomed, ...survivors] = await processes(3, LEASE);
      await client.connect();
      const grants = await seed(doomed!, 300);
      // The doomed process's first refreshes hang at Intuit, which still carries them out (and rotates the tokens).
      mock.fault({ endpoint: 'token', kind: 'slow', delayMs: 1_500, times: 4 });
      const before = mock.calls.token.refresh_token;
      doomed!.send({ run: true });
      while (mock.calls.token.refresh_token - before < 4) await new Promise((resolve) => setTimeout(resolve, 5));
      doomed!.kill('SIGKILL');
      await once(doomed!, 'exit');
      const claimed = (await client.query(`select tenant_id from qbo_connections where lease_owner is not null`)).rows.map((row) => row.tenant_id as string);
      assert.ok(claimed.length >= 4, 'the killed process held claims');
      // The survivors run until nothing is due; the lapsed claims become due once their lease ends.
      const reports: MaintenanceReport[] = [];
      for (;;) {
        const round = await Promise.all(survivors.map(async (child) => (child.send({ run: true }), (await next<{ report: MaintenanceReport }>(child)).report)));
        reports.push(...round);
        const left = (await client.query(`select count(*)::int as n from qbo_connections where lease_owner is not null or refreshed_at < now() - interval '1 day'`)).rows[0].n;
        if (left === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      // At least the killed process's claims were taken over (on a slow machine a survivor's own lease may lapse too;
      // its row lock and the claimed-grant check then keep the refresh single).
      assert.ok(reports.reduce((sum, report) => sum + report.reclaimed, 0) >= claimed.length, 'every lapsed claim taken over');
      const events = new Map<string, string[]>();
      for (const row of (await client.query('select tenant_id, type, reason from qbo_events order by seq')).rows) {
        events.set(row.tenant_id, [...(events.get(row.tenant_id) ?? []), row.reason ? `${row.type}:${row.reason}` : row.type]);
      }
      let lost = 0;
      for (const [tenantId, grant] of grants) {
        const count = mock.grantRefreshes(grant.refresh_token);
        const state = (await client.query('select link_state, inactive_reason from qbo_connections where tenant_id = $1', [tenantId])).rows[0];
        if (!claimed.includes(tenantId)) {
          assert.deepEqual([count, state.link_state, events.get(tenantId)], [{ accepted: 1, refused: 0 }, 'active', undefined], tenantId);
        } else if (count.refused === 1) {
          // Its refresh reached Intuit (rotating the token) and never committed: the stale token is refused, reported.
          lost++;
          assert.deepEqual([count.accepted, state.link_state, state.inactive_reason, events.get(tenantId)], [1, 'inactive', 'revoked', ['inactive:revoked']], tenantId);
        } else {
          // Claimed but never sent: refreshed once by the new holder, nothing to report.
          assert.deepEqual([count, state.link_state, events.get(tenantId)], [{ accepted: 1, refused: 0 }, 'active', undefined], tenantId);
        }
      }
      assert.equal(lost, 4, 'exactly the four refreshes in flight at the kill were lost');
    });
  });
});
