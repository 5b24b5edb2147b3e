// Keep-alive test helpers: a PostgreSQL database of a suite's own (a cycle maintains every due row it can see, so
// suites must not share rows), companies enough for one realm per test, and reading the qbo_events rows.
import { randomUUID } from 'node:crypto';
import type { DatabaseOption } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';
import type { QboServer } from '../../src/server/index.js';
import type { Sql } from '../../src/server/db/index.js';
import { postgresUrl } from './databases.js';
import { COMPANIES } from './helpers.js';

/** A new, empty database on the test cluster; drop() removes it (closing any session still on it). */
export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = postgresUrl();
  const name = `upkeep_${randomUUID().replaceAll('-', '')}`;
  const admin = async (sql: string) => {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** PGlite in memory, or a fresh PostgreSQL database: what a keep-alive stack runs on. */
export const KEEP_ALIVE_DATABASES: Array<{ name: string; open(): Promise<{ option: DatabaseOption; drop(): Promise<void> }> }> = [
  { name: 'PGlite', open: async () => ({ option: { kind: 'pglite' }, drop: async () => {} }) },
  {
    name: 'PostgreSQL',
    open: async () => {
      const db = await freshPostgres();
      return { option: { databaseUrl: db.url, poolSize: 4 }, drop: db.drop };
    },
  },
];

/** Companies for the mock: the suite's usual two, and `count` more, one realm each. */
export function manyCompanies(count: number) {
  return [
    ...COMPANIES,
    ...Array.from({ length: count }, (_, i) => ({ realmId: `77000${String(i).padStart(5, '0')}`, name: `Realm ${i} Ltd`, vendors: [] })),
  ];
}

/** The repository's statement runner, for reading rows a test checks (tests only: hosts never need it). */
export function sqlOf(server: QboServer): Sql {
  return (server[internals].repository as unknown as { sql: Sql }).sql;
}

export interface EventRow {
  type: string;
  reason: string | null;
  days_left: number | null;
  realm_id: string | null;
}

export async function eventsOf(server: QboServer, tenantId: string): Promise<EventRow[]> {
  return sqlOf(server).query<EventRow & Record<string, unknown>>(
    'select type, reason, days_left, realm_id from qbo_events where tenant_id = $1 order by seq',
    [tenantId],
  );
}
