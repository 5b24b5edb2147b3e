// GET /connection/history over real HTTP (paging, concurrent inserts, bad input, tenant isolation) and the operator's
// view in the Node API (connections.list filters and paging, connections.stats), on PGlite and PostgreSQL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { parseHistoryPage } from '../../src/core/schemas.js';
import type { DatabaseOption } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';
import { seedConnection } from '../../src/server/testing/index.js';
import { DATABASES, postgresUrl, uniqueTenant } from './databases.js';
import { COMPANIES, startStack, type Stack } from './helpers.js';

const [northwind] = COMPANIES as [(typeof COMPANIES)[0]];
const DAY = 24 * 60 * 60 * 1000;

/** Writes `count` events for `tenant` (alternating types), each in its own commit, as changes would. */
async function writeEvents(stack: Stack, tenant: string, count: number, label = 'Dana') {
  const { repository, now } = stack.server[internals];
  for (let i = 0; i < count; i++) {
    await repository.appendEvents([
      { tenantId: tenant, type: i % 2 ? 'reconnected' : 'connected', at: now(), company: northwind, actor: { name: `${label} ${i}`, email: null } },
    ]);
  }
}

/** A database of its own on the test PostgreSQL, so counts see only this suite's connections. */
async function ownPostgresDatabase(): Promise<{ option: DatabaseOption; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: postgresUrl() });
  await admin.connect();
  const name = `qbo_view_${randomUUID().replaceAll('-', '')}`;
  await admin.query(`create database ${name}`);
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  return {
    option: { databaseUrl: url.href },
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

for (const database of DATABASES) {
  describe(`history and the operator's view on ${database.name}`, () => {
    let stack: Stack;
    let own: Awaited<ReturnType<typeof ownPostgresDatabase>> | null = null;
    before(async () => {
      own = database.name === 'PostgreSQL' ? await ownPostgresDatabase() : null;
      // No hook or webhook: events stay owed, which history does not care about.
      stack = await startStack({ server: { database: own?.option ?? database.option() } });
    });
    after(async () => {
      await stack.close();
      await own?.drop();
    });

    it('three pages newest first, each a valid history page, stable while new events are written', async () => {
      const tenant = uniqueTenant('history');
      await writeEvents(stack, tenant, 45);
      const first = await stack.api(tenant, 'GET', '/connection/history');
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('cache-control'), 'no-store');
      const page1 = parseHistoryPage(first.body);
      assert.equal(page1.items.length, 20, 'default limit 20');
      assert.deepEqual(page1.items.slice(0, 2).map((item) => item.actor?.name), ['Dana 44', 'Dana 43']);
      // Written after page 1 was read: newer, so never inside the pages that follow.
      await writeEvents(stack, tenant, 5, 'Later');
      const page2 = parseHistoryPage((await stack.api(tenant, 'GET', `/connection/history?cursor=${page1.nextCursor}`)).body);
      const page3 = parseHistoryPage((await stack.api(tenant, 'GET', `/connection/history?cursor=${page2.nextCursor}&limit=20`)).body);
      assert.equal(page2.items.length, 20);
      assert.equal(page3.items.length, 5);
      assert.equal(page3.nextCursor, null);
      const names = [...page1.items, ...page2.items, ...page3.items].map((item) => item.actor?.name);
      assert.deepEqual(names, Array.from({ length: 45 }, (_, i) => `Dana ${44 - i}`), 'no gap, no repeat');
      const ids = [...page1.items, ...page2.items, ...page3.items].map((item) => item.id);
      assert.equal(new Set(ids).size, 45);
      assert.deepEqual(page1.items[0]!.company, { realmId: northwind.realmId, name: northwind.name });
      const fresh = parseHistoryPage((await stack.api(tenant, 'GET', '/connection/history?limit=5')).body);
      assert.deepEqual(fresh.items.map((item) => item.actor?.name), ['Later 4', 'Later 3', 'Later 2', 'Later 1', 'Later 0']);
      // The Node API serves the same pages.
      assert.deepEqual(await stack.server.connections.history(tenant, { limit: 5 }), fresh);
    });

    it('limit 1–100; a bad limit or a cursor this server did not give → 400 invalid_request; no session → 401', async () => {
      const tenant = uniqueTenant('history-input');
      await writeEvents(stack, tenant, 3);
      assert.equal(parseHistoryPage((await stack.api(tenant, 'GET', '/connection/history?limit=100')).body).items.length, 3);
      const one = parseHistoryPage((await stack.api(tenant, 'GET', '/connection/history?limit=1')).body);
      assert.equal(one.items.length, 1);
      assert.ok(one.nextCursor);
      for (const query of ['limit=0', 'limit=101', 'limit=abc', 'limit=1.5', 'cursor=nope', `cursor=${one.nextCursor}x`, `cursor=${Buffer.from('c:x').toString('base64url')}`, `cursor=${Buffer.from('h:-1').toString('base64url')}`]) {
        const reply = await stack.api(tenant, 'GET', `/connection/history?${query}`);
        assert.equal(reply.status, 400, query);
        assert.equal(reply.body.error, 'invalid_request', query);
      }
      assert.equal((await stack.api(null, 'GET', '/connection/history')).status, 401);
    });

    it('tenant A never sees tenant B’s events, not even with B’s cursor', async () => {
      const a = uniqueTenant('history-a');
      const b = uniqueTenant('history-b');
      await writeEvents(stack, a, 3, 'A');
      await writeEvents(stack, b, 3, 'B');
      await writeEvents(stack, a, 3, 'A-late');
      const pageB = parseHistoryPage((await stack.api(b, 'GET', '/connection/history?limit=2')).body);
      assert.deepEqual(pageB.items.map((item) => item.actor?.name), ['B 2', 'B 1']);
      const withBCursor = parseHistoryPage((await stack.api(a, 'GET', `/connection/history?cursor=${pageB.nextCursor}`)).body);
      assert.ok(withBCursor.items.every((item) => item.actor?.name?.startsWith('A ')), 'only A’s own, older events');
      const allA = parseHistoryPage((await stack.api(a, 'GET', '/connection/history')).body);
      assert.equal(allA.items.length, 6);
      assert.ok(allA.items.every((item) => item.actor?.name?.startsWith('A')));
      assert.deepEqual(parseHistoryPage((await stack.api(uniqueTenant('nobody'), 'GET', '/connection/history')).body), { items: [], nextCursor: null });
    });

    it('connections.list filters by state, reason and expiry, pages by tenant, and never returns tokens; stats counts them', async () => {
      const now = stack.clock.now().getTime();
      const grant = await stack.mock.issueGrant({ realmId: northwind.realmId });
      const seed = async (id: string, spec: Parameters<typeof seedConnection>[2]) => seedConnection(stack.server, `ops-${id}`, spec);
      await seed('a-expiring-5d', { linkState: 'active', company: northwind, grant, credentialsExpireAt: new Date(now + 5 * DAY), connectedBy: 'Dana Ortiz' });
      await seed('b-expiring-20d', { linkState: 'active', company: northwind, grant, credentialsExpireAt: new Date(now + 20 * DAY) });
      await seed('c-expiring-90d', { linkState: 'active', company: northwind, grant, credentialsExpireAt: new Date(now + 90 * DAY) });
      await seed('d-revoked', { linkState: 'inactive', inactiveReason: 'revoked', company: northwind });
      await seed('e-expired', { linkState: 'inactive', inactiveReason: 'expired_credentials', company: northwind });
      await seed('f-disabled', { linkState: 'disabled', inactiveReason: 'manually_disabled', company: northwind });
      await seed('g-never', { linkState: 'disabled' });
      const { connections } = stack.server;
      const ids = async (query: Parameters<typeof connections.list>[0]) => (await connections.list(query)).items.map((item) => item.tenantId);

      // This suite's database holds only these seven connections.
      assert.deepEqual(await connections.stats(), {
        total: 7,
        byState: { active: 3, inactive: 2, disabled: 2 },
        byReason: { expired_credentials: 1, manually_disabled: 1, never_connected: 1, revoked: 1 },
        expiring: { within7Days: 1, within30Days: 2 },
      });
      const list = (await connections.list({ limit: 500 })).items.filter((item) => item.tenantId.startsWith('ops-'));
      assert.equal(list.length, 7);
      assert.deepEqual(list[0], {
        tenantId: 'ops-a-expiring-5d',
        linkState: 'active',
        inactiveReason: null,
        company: { realmId: northwind.realmId, name: northwind.name },
        credentialsExpireAt: new Date(now + 5 * DAY).toISOString(),
        connectedAt: new Date(now).toISOString(),
        connectedBy: { name: 'Dana Ortiz' },
      });
      assert.doesNotMatch(JSON.stringify(list), /token/i);
      assert.ok(!JSON.stringify(list).includes(grant.refresh_token));
      assert.deepEqual(await ids({ linkState: 'inactive' }), ['ops-d-revoked', 'ops-e-expired']);
      assert.deepEqual(await ids({ reason: 'revoked' }), ['ops-d-revoked']);
      assert.deepEqual(await ids({ linkState: 'disabled', reason: 'never_connected' }), ['ops-g-never']);
      assert.deepEqual(await ids({ expiringWithinDays: 7 }), ['ops-a-expiring-5d']);
      assert.deepEqual(await ids({ expiringWithinDays: 30 }), ['ops-a-expiring-5d', 'ops-b-expiring-20d']);

      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page = await connections.list({ limit: 3, cursor });
        pages.push(page.items.map((item) => item.tenantId));
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(pages.flat().filter((id) => id.startsWith('ops-')), list.map((item) => item.tenantId));
      assert.ok(pages.every((page) => page.length <= 3));
      await assert.rejects(connections.list({ limit: 0 }), /limit/);
      await assert.rejects(connections.list({ cursor: 'nope' }), /cursor/);
      await assert.rejects(connections.list({ linkState: 'broken' as never }), /linkState/);
      await assert.rejects(connections.list({ expiringWithinDays: -1 }), /expiringWithinDays/);
    });
  });
}
