// The little a repository needs from a PostgreSQL client, so PGlite and node-postgres share every SQL statement.

export interface Sql {
  /** One parameterised statement; rows come back as plain objects keyed by column name. */
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (a migration file). */
  exec(text: string): Promise<void>;
}

export interface Database extends Sql {
  /** True when other processes may use the same data (a PostgreSQL server); PGlite belongs to one process. */
  readonly shared: boolean;
  /** Runs `fn` inside BEGIN … COMMIT on one connection; any throw rolls back. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
