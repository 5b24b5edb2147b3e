// Opens the configured database, runs the migrations, and hands back the repository.
import { migrate } from './migrate.js';
import { SqlConnectionRepository, type ConnectionRepository } from './repository.js';
import type { Database } from './driver.js';

/**
 * `{ kind: 'pglite' }` (the default) keeps everything in memory; `{ kind: 'pglite', dataDir }` persists to a folder;
 * `{ databaseUrl }` uses a PostgreSQL server through node-postgres.
 */
export type DatabaseOption = { kind?: 'pglite'; dataDir?: string } | { kind?: 'postgres'; databaseUrl: string; poolSize?: number };

export async function openDatabase(option: DatabaseOption = {}): Promise<Database> {
  if ('databaseUrl' in option) {
    const { openPg } = await import('./pg.js');
    return openPg(option.databaseUrl, option.poolSize);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(option.dataDir);
}

export async function openRepository(option: DatabaseOption = {}): Promise<ConnectionRepository> {
  return (await openStore(option)).repository;
}

/** The migrated database with the repository over it, for parts that keep SQL of their own (the outbox, the operator's view). */
export async function openStore(option: DatabaseOption = {}): Promise<{ db: Database; repository: ConnectionRepository }> {
  const db = await openDatabase(option);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, repository: new SqlConnectionRepository(db, db) };
}

export type { ConnectionRepository, ConnectionRow, OAuthStateRow, PendingGrantRow } from './repository.js';
export type { HandoffCloseReason, HandoffRepository, HandoffRow } from './handoff-repository.js';
export type { Database, Sql } from './driver.js';
