// The hono app: one line per route, input checked at the edge, every error mapped to the contract in onError.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { completeConnection, type CompleteDeps } from './complete.js';
import { QboServerError } from './errors.js';
import type { QboServerHooks, TenantContext, TenantHookContext } from './options.js';
import type { ConnectionService } from './service.js';
import type { HistoryService } from './events/history.js';
import { createHandoffRoutes, handoffBody, linkBaseOf, type HandoffRouteDeps } from './handoff/routes.js';

type Env = { Variables: { tenant: TenantContext } };

export interface RouteDeps {
  service: ConnectionService;
  complete: CompleteDeps;
  hooks: QboServerHooks;
  allowedOrigins: readonly string[] | undefined;
  integrationPageUrl: string | undefined;
  basePath: string;
  onUnexpectedError: ((error: unknown) => void) | undefined;
  history: HistoryService;
  /** Hand-off links: the host's two routes below, and the link's own routes at /handoff (src/server/handoff). */
  handoff: HandoffRouteDeps;
}

const authorizeBody = z.object({ redirectUri: z.string().min(1).max(2048) });
const completeBody = z.object({
  code: z.string().min(1).max(4096),
  state: z.string().min(1).max(512),
  realmId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  confirmCompanySwitch: z.boolean().optional(),
});
const vendorsQuery = z.object({
  cursor: z.string().max(64).optional().transform((value) => value || null),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

export function createRoutes(deps: RouteDeps): Hono<Env> {
  const { service } = deps;
  const app = new Hono<Env>().basePath(deps.basePath || '/');
  const api = new Hono<Env>();
  api.use('*', checkOrigin(deps.allowedOrigins), resolveTenant(deps.hooks));

  api.get('/connection', async (c) => c.json(await service.snapshot(c.var.tenant)));
  api.post('/connection/authorize', async (c) => c.json(await service.authorize(c.var.tenant, (await body(c, authorizeBody)).redirectUri)));
  api.post('/connection/complete', async (c) => c.json(await completeConnection(deps.complete, c.var.tenant, await body(c, completeBody))));
  api.delete('/connection', async (c) => c.json(await service.disconnect(c.var.tenant)));
  api.get('/connection/history', async (c) => c.json(await deps.history.page(c.var.tenant.tenantId, c.req.query())));
  api.post('/connection/handoff', async (c) => c.json(await deps.handoff.handoffs.request(c.var.tenant, await body(c, handoffBody), linkBaseOf(c.req.raw, deps.handoff.options))));
  api.delete('/connection/handoff', async (c) => c.json(await deps.handoff.handoffs.cancel(c.var.tenant)));
  api.get('/vendors', async (c) => {
    const { cursor, limit } = parse(vendorsQuery, c.req.query());
    return c.json(await service.vendors(c.var.tenant, cursor, limit));
  });

  app.get('/intuit/launch', (c) => landing(c, deps, null));
  app.get('/intuit/reconnect', (c) => landing(c, deps, 'qbo-reconnect'));
  app.get('/intuit/disconnect', async (c) => {
    // Never trusted by itself: the marker is added only when Intuit confirmed the grant is gone (see the service).
    const tenant = await readTenant(deps.hooks, c);
    const ended = tenant ? await service.disconnectedAtIntuit(tenant) : false;
    return landing(c, deps, ended ? 'qbo-disconnected' : null);
  });
  // Before the host's API: the link's routes have no host session, and its tenant middleware must not see them.
  app.route('/handoff', createHandoffRoutes(deps.handoff));
  app.route('/', api);

  app.onError((error, c) => {
    c.header('cache-control', 'no-store');
    if (error instanceof QboServerError) {
      return c.json({ ...error.extra, error: error.code, message: error.message }, error.status);
    }
    deps.onUnexpectedError?.(error);
    return c.json({ error: 'server_error', message: 'The QuickBooks connection service failed unexpectedly.' }, 500);
  });
  return app;
}

/** State-changing requests from a page on another origin are refused; GETs change nothing and pass. */
function checkOrigin(allowed: readonly string[] | undefined) {
  return async (c: Context<Env>, next: () => Promise<void>) => {
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined) {
      const ok = allowed ? allowed.includes(origin) : origin === new URL(c.req.url).origin;
      if (!ok) throw new QboServerError('forbidden_origin', `Requests from ${origin} are not allowed.`);
    }
    await next();
  };
}

function resolveTenant(hooks: QboServerHooks) {
  return async (c: Context<Env>, next: () => Promise<void>) => {
    const tenant = await readTenant(hooks, c);
    if (!tenant?.tenantId) throw new QboServerError('unauthenticated', 'Sign in to manage the QuickBooks connection.');
    c.set('tenant', tenant);
    c.header('cache-control', 'no-store');
    await next();
  };
}

function readTenant(hooks: QboServerHooks, c: Context<Env>) {
  const incoming = (c.env as { incoming?: TenantHookContext['incoming'] } | undefined)?.incoming;
  return hooks.tenant(c.req.raw, incoming ? { incoming } : {});
}

/** Intuit's app-settings URLs all end on the host's integration page, with a marker the elements react to. */
function landing(c: Context<Env>, deps: RouteDeps, marker: string | null) {
  if (!deps.integrationPageUrl) return c.text('integrationPageUrl is not configured.', 404);
  const url = new URL(deps.integrationPageUrl, c.req.url);
  if (marker) url.search = url.search ? `${url.search}&${marker}` : `?${marker}`;
  return c.redirect(url.href, 302);
}

async function body<T>(c: Context<Env>, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new QboServerError('invalid_request', 'The body must be JSON.');
  }
  return parse(schema, json);
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new QboServerError('invalid_request', `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
