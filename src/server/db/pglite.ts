// The embedded default: PGlite (PostgreSQL compiled to WASM), in memory or in a data folder.
import type { PGlite as PGliteType, Transaction } from '@electric-sql/pglite';
import type { Database, Sql } from './driver.js';

export async function openPglite(dataDir?: string): Promise<Database> {
  // Imported lazily so a host on PostgreSQL never loads the WASM build.
  const { PGlite } = await import('@electric-sql/pglite');
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    ...wrap(db),
    shared: false,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

function wrap(client: PGliteType | Transaction): Sql {
  return {
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await client.query<T>(text, params)).rows;
    },
    async exec(text: string) {
      await client.exec(text);
    },
  };
}
