// The two databases every repository test runs on: PGlite in memory, and the PostgreSQL the test script started.
import { randomUUID } from 'node:crypto';
import type { DatabaseOption } from '../../src/server/index.js';

/** PostgreSQL is not optional in the suite: without its URL the run fails and says how to provide one. */
export function postgresUrl(): string {
  const url = process.env.QBO_TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'QBO_TEST_DATABASE_URL is not set. `npm test` starts a throwaway PostgreSQL and sets it; by hand, run ' +
        '`node scripts/postgres.js` and export the URL it prints.',
    );
  }
  return url;
}

export const DATABASES: Array<{ name: string; option: () => DatabaseOption }> = [
  { name: 'PGlite', option: () => ({ kind: 'pglite' }) },
  { name: 'PostgreSQL', option: () => ({ databaseUrl: postgresUrl() }) },
];

/** Tenant ids unique to a run, so suites sharing one PostgreSQL never see each other's rows. */
export const uniqueTenant = (label: string) => `${label}-${randomUUID()}`;
