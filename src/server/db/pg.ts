// A PostgreSQL server through node-postgres: a pool, with one pooled client held for each transaction.
import type { Pool, PoolClient } from 'pg';
import type { Database, Sql } from './driver.js';

export async function openPg(databaseUrl: string, poolSize = 10): Promise<Database> {
  // Imported lazily so a host on the embedded database never needs `pg` installed.
  const pg = await import('pg');
  const pool: Pool = new pg.default.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client that loses its server would otherwise crash the process with an unhandled 'error'.
  pool.on('error', () => {});
  return {
    ...wrap(pool),
    shared: true,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function wrap(client: Pool | PoolClient): Sql {
  return {
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    async exec(text: string) {
      await client.query(text);
    },
  };
}
