// The ConnectionRepository contract, run unchanged on PGlite and on PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase, openRepository, type ConnectionRepository } from '../../src/server/db/index.js';
import { migrate, readMigrations } from '../../src/server/db/migrate.js';
import { DATABASES, uniqueTenant } from './databases.js';

const T0 = new Date('2026-11-25T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

for (const database of DATABASES) {
  describe(`ConnectionRepository on ${database.name}`, () => {
    let repo: ConnectionRepository;
    before(async () => {
      repo = await openRepository(database.option());
    });
    after(() => repo.close());

    it('migrations run once, also when two processes start together', async () => {
      // Two pools on one PostgreSQL act as two processes; PGlite in memory has one owner, so one handle twice.
      const a = await openDatabase(database.option());
      const b = database.name === 'PGlite' ? a : await openDatabase(database.option());
      try {
        const applied = (await Promise.all([migrate(a), migrate(b)])).flat();
        assert.equal(new Set(applied).size, applied.length);
        const rows = await a.query<{ version: number }>('select version from qbo_schema_migrations');
        assert.deepEqual(rows.map((row) => row.version), readMigrations().map((m) => m.version));
        assert.deepEqual(await migrate(a), []);
      } finally {
        await a.close();
        if (b !== a) await b.close();
      }
    });

    it('stores a connection and bumps its version on each write', async () => {
      const tenantId = uniqueTenant('conn');
      assert.equal(await repo.getConnection(tenantId), null);
      const row = {
        tenantId,
        linkState: 'active' as const,
        inactiveReason: null,
        realmId: '9130357766',
        companyName: 'Northwind Outfitters',
        tokens: 'v1.sealed',
        credentialsExpireAt: later(86_400_000),
        connectedAt: T0,
        connectedBy: 'Dana Ortiz',
        everReconnected: true,
      };
      await repo.saveConnection(row, T0, []);
      assert.deepEqual(await repo.getConnection(tenantId), { ...row, version: 1 });
      await repo.saveConnection({ ...row, linkState: 'inactive', inactiveReason: 'revoked', tokens: null }, later(1), []);
      const stored = await repo.getConnection(tenantId);
      assert.equal(stored?.version, 2);
      assert.equal(stored?.inactiveReason, 'revoked');
      assert.equal(stored?.tokens, null);
    });

    it('a state is consumed once, only by its tenant, only before it expires', async () => {
      const tenantId = uniqueTenant('state');
      const state = { tenantId, redirectUri: 'https://host.example/cb', expiresAt: later(600_000) };
      await repo.insertState({ ...state, stateHash: `${tenantId}-a` });
      await repo.insertState({ ...state, stateHash: `${tenantId}-b` });
      assert.equal(await repo.consumeState(`${tenantId}-a`, 'someone-else', T0), null);
      assert.equal((await repo.consumeState(`${tenantId}-a`, tenantId, T0))?.redirectUri, 'https://host.example/cb');
      assert.equal(await repo.consumeState(`${tenantId}-a`, tenantId, T0), null);
      assert.equal(await repo.consumeState(`${tenantId}-b`, tenantId, later(600_000)), null);
      assert.equal(await repo.consumeState(`${tenantId}-missing`, tenantId, T0), null);
    });

    it('a code hash is recorded once, even by concurrent callers', async () => {
      const hash = uniqueTenant('code');
      const results = await Promise.all(Array.from({ length: 10 }, () => repo.markCodeUsed(hash, 't', T0)));
      assert.equal(results.filter(Boolean).length, 1);
    });

    it('a pending grant is taken by its tenant before expiry; expired ones go to exactly one sweeper', async () => {
      const tenantId = uniqueTenant('pending');
      const grant = (stateHash: string, expiresAt: Date) => ({
        stateHash,
        tenantId,
        codeHash: 'c',
        realmId: '4620816365',
        companyName: 'Contoso Bikes',
        tokens: 'v1.sealed',
        connectedBy: null,
        expiresAt,
      });
      await repo.savePendingGrant(grant(`${tenantId}-live`, later(600_000)));
      assert.equal(await repo.takePendingGrant(`${tenantId}-live`, 'other', T0), null);
      assert.equal((await repo.takePendingGrant(`${tenantId}-live`, tenantId, T0))?.companyName, 'Contoso Bikes');
      assert.equal(await repo.takePendingGrant(`${tenantId}-live`, tenantId, T0), null);

      for (let i = 0; i < 6; i++) await repo.savePendingGrant(grant(`${tenantId}-old-${i}`, later(i)));
      assert.equal(await repo.takePendingGrant(`${tenantId}-old-0`, tenantId, later(600_000)), null);
      const sweeps = await Promise.all([1, 2, 3].map(() => repo.takeExpiredPendingGrants(later(600_000), 100)));
      const mine = sweeps.flat().filter((row) => row.tenantId === tenantId).map((row) => row.stateHash);
      assert.equal(mine.length, 6);
      assert.equal(new Set(mine).size, 6);
    });

    it('a locked connection makes a second transaction wait until the first commits', async () => {
      const tenantId = uniqueTenant('lock');
      await repo.saveConnection(
        { tenantId, linkState: 'active', inactiveReason: null, realmId: '1', companyName: 'A', tokens: 'x', credentialsExpireAt: null, connectedAt: null, connectedBy: null, everReconnected: false },
        T0,
        [],
      );
      const order: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const firstHasLock = new Promise<void>((resolve) => (locked = resolve));
      const first = repo.transaction(async (tx) => {
        const row = await tx.lockConnection(tenantId);
        order.push('first locked');
        locked();
        await held;
        await tx.saveConnection({ ...row!, tokens: 'rotated' }, T0, []);
        order.push('first saved');
      });
      await firstHasLock;
      const second = repo.transaction(async (tx) => {
        const row = await tx.lockConnection(tenantId);
        order.push(`second read ${row?.tokens}`);
      });
      setImmediate(release);
      await Promise.all([first, second]);
      assert.deepEqual(order, ['first locked', 'first saved', 'second read rotated']);
    });
  });
}
