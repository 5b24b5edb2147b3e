// Shared by the hand-off suites: a stack with hand-off options on a given database, raw reads of the tables, and
// the link's steps as the hosted page's browser takes them (open the link, keep its cookie, call the session API).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { DatabaseOption } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';
import type { Sql } from '../../src/server/db/index.js';
import { seedConnection } from '../../src/server/testing/index.js';
import { COMPANIES, ORIGIN, REDIRECT_URI, startStack, type Stack, type StackOptions } from './helpers.js';
import type { QboServerOptions } from '../../src/server/index.js';

export const HANDOFF_CALLBACK = `${ORIGIN}/handoff/callback`;
export const LINKED = COMPANIES[0]!;
export const OTHER = COMPANIES[1]!;

export interface HandoffStack extends Stack {
  sent: Array<{ email: string; url: string; lang: string; note: string | null; requestedBy: { name: string } | null }>;
  errors: unknown[];
  /** Raw SQL on the server's own database (PGlite in memory has no second door). */
  sql: Sql;
}

export async function startHandoffStack(
  database: DatabaseOption,
  handoff: Record<string, unknown> = {},
  extra: Pick<StackOptions, 'mockIntuit' | 'clock'> & Partial<QboServerOptions> = {},
): Promise<HandoffStack> {
  const { mockIntuit, clock, ...server } = extra;
  const sent: HandoffStack['sent'] = [];
  const errors: unknown[] = [];
  const stack = await startStack({
    ...(mockIntuit ? { mockIntuit } : {}),
    ...(clock ? { clock } : {}),
    server: {
      ...server,
      database,
      redirectUris: [REDIRECT_URI, HANDOFF_CALLBACK],
      handoff: { appName: 'Fintech', publicUrl: ORIGIN, ...handoff },
      sendHandoff: (input) => {
        if (input.email.startsWith('fail')) throw new Error('The mailer is down.');
        sent.push(input);
      },
      onError: (error) => errors.push(error),
    },
  });
  const sql = (stack.server[internals].repository as unknown as { sql: Sql }).sql;
  return Object.assign(stack, { sent, errors, sql });
}

/** A tenant whose link to `LINKED` is inactive (the state a hand-off is for). */
export async function inactiveTenant(stack: Stack, tenantId: string, company = LINKED): Promise<void> {
  await seedConnection(stack.server, tenantId, {
    linkState: 'inactive',
    inactiveReason: 'admin_access_lost',
    company: { realmId: company.realmId, name: company.name },
    connectedBy: 'Dana Ortiz',
    everReconnected: true,
  });
}

export const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/** What a browser without the host's session does with a link: open it and keep the cookie it sets. */
export async function openLink(stack: Stack, url: string): Promise<{ status: number; cookie: string | null; location: string | null; body: string }> {
  const response = await fetch(`${stack.baseUrl}/handoff/${tokenOf(url)}`, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie');
  return {
    status: response.status,
    cookie: setCookie ? setCookie.split(';')[0]! : null,
    location: response.headers.get('location'),
    body: await response.text(),
  };
}

/** A call of the hosted page's API with the link's cookie (and the page's own Origin on POSTs). */
export async function session(stack: Stack, cookie: string | null, method: string, path = '', body?: unknown, origin: string | null = ORIGIN) {
  const response = await fetch(`${stack.baseUrl}/handoff/session${path}`, {
    method,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(method !== 'GET' && origin ? { origin } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text, headers: response.headers };
}

/** Link → page's sign-in → the mock Intuit as `email` → the callback's parameters. */
export async function signInThroughLink(stack: Stack, cookie: string, realmId: string, email = 'ops@example.com') {
  const started = await session(stack, cookie, 'POST', '/authorize', { redirectUri: HANDOFF_CALLBACK });
  if (started.status !== 200) throw new Error(`authorize answered ${started.status} ${JSON.stringify(started.body)}`);
  const answer = await stack.mock.signIn(started.body.authorizationUrl, { realmId, email });
  if (!answer.code) throw new Error(`sign-in gave no code: ${answer.error}`);
  return { code: answer.code, state: answer.state, realmId, authorizationUrl: started.body.authorizationUrl as string };
}

export async function eventsOf(stack: HandoffStack, tenantId: string) {
  return stack.sql.query<Record<string, unknown>>(
    'select type, actor_name, actor_email, requested_by, realm_id from qbo_events where tenant_id = $1 order by seq',
    [tenantId],
  );
}

export async function handoffRows(stack: HandoffStack, tenantId: string) {
  return stack.sql.query<Record<string, unknown>>('select * from qbo_handoffs where tenant_id = $1 order by requested_at', [tenantId]);
}

/** The hosted page serves the built drop-in: build it (bundle and callback only) when this checkout has none yet. */
export function ensureDropIn(): void {
  const has = (file: string) => existsSync(new URL(`../../dist/${file}`, import.meta.url));
  for (const [file, mode] of [['qbo-reconnect.bundle.js', 'bundle'], ['qbo-reconnect.callback.js', 'callback']] as const) {
    if (has(file)) continue;
    const built = spawnSync('node_modules/.bin/vite', ['build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`vite build --mode ${mode} failed`);
  }
}
