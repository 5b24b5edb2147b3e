// The hand-off link's own routes, mounted at {base}/handoff with no host session: the link (GET /{token}), the page,
// its session API, the redirect URI page and the page's files. One line per route; the rules are in service.ts.
//
// The token's carrier: GET /{token} checks the link, puts the token in an HttpOnly cookie scoped to {base}/handoff
// and answers 303 to {base}/handoff, so the token leaves the address bar (and history, and Referer) without any
// script, and page script can never read it. SameSite=Lax rather than Strict: a link opened from a mail client or
// webmail is a cross-site navigation, and a Strict cookie set there would not come back on the 303's request, so
// the page could not even say who asked. Lax still keeps it off every cross-site POST and subresource request; the
// POSTs also require this page's own Origin. The path scope keeps it away from every other route, and those routes
// read the host's session only, so the cookie opens nothing but reconnecting this tenant.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { QboServerError } from '../errors.js';
import type { HandoffOptions } from '../options.js';
import { dropInDir, readAsset, themeStylesheet } from './assets.js';
import { callbackPage, reconnectPage, refusedPage, type Branding } from './page.js';
import { RefusedLink, type HandoffService, type UsableLink } from './service.js';
import { HANDOFF_LANGS } from './strings.js';

export const HANDOFF_COOKIE = 'qbo_handoff';

export interface HandoffRouteDeps {
  handoffs: HandoffService;
  options: HandoffOptions;
  /** The Intuit sign-in origin the page's widget may open (the authorization endpoint's). */
  authorizationOrigin: string;
}

/** POST /connection/handoff's body. */
export const handoffBody = z.object({
  email: z.email().max(320).optional(),
  note: z.string().max(500).optional(),
  lang: z.enum(HANDOFF_LANGS).optional(),
});

const authorizeBody = z.object({ redirectUri: z.string().min(1).max(2048) });
const completeBody = z.object({
  code: z.string().min(1).max(4096),
  state: z.string().min(1).max(512),
  realmId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  confirmCompanySwitch: z.boolean().optional(),
});

export function createHandoffRoutes(deps: HandoffRouteDeps): Hono {
  const { handoffs } = deps;
  const branding: Branding = { appName: deps.options.appName ?? 'Your app', logoUrl: deps.options.logoUrl };
  const theme = themeStylesheet(deps.options.theme);
  const logoOrigin = deps.options.logoUrl && URL.canParse(deps.options.logoUrl) ? new URL(deps.options.logoUrl).origin : '';
  const app = new Hono();
  const html = (c: Context, status: 200 | 404 | 410, body: string) => {
    pageHeaders(c, logoOrigin);
    return c.html(body, status);
  };
  const refused = (c: Context, error: RefusedLink) =>
    html(c, error.kind === 'unknown' ? 404 : 410, refusedPage(error.kind, error.lang, branding, handoffPath(c, deps.options)));

  app.get('/', async (c) => {
    const link = await handoffs.check(getCookie(c, HANDOFF_COOKIE)).catch(asRefusal);
    if (link instanceof RefusedLink) return refused(c, link);
    if (!dropInDir()) throw new Error('The hand-off page needs the built drop-in (dist/qbo-reconnect.bundle.js): run `npm run build`.');
    return html(c, 200, reconnectPage({
      lang: link.row.lang,
      branding,
      companyName: link.row.companyName,
      requesterName: link.row.requestedBy ?? '—',
      handoffPath: handoffPath(c, deps.options),
      redirectUri: redirectUriOf(c, deps.options),
      authorizationOrigin: deps.authorizationOrigin,
    }));
  });
  app.get('/session', async (c) => c.json(sessionView(await sessionLink(c, deps), branding)));
  app.post('/session/authorize', async (c) => c.json(await authorize(c, deps, await sessionLink(c, deps, true))));
  app.post('/session/complete', async (c) => c.json(await complete(c, deps, await sessionLink(c, deps, true))));
  app.get('/callback', async (c) => {
    const link = await handoffs.check(getCookie(c, HANDOFF_COOKIE)).catch(asRefusal);
    return html(c, 200, callbackPage(link instanceof RefusedLink ? link.lang : link.row.lang, branding, handoffPath(c, deps.options)));
  });
  app.get('/assets/theme.css', (c) => asset(c, new TextEncoder().encode(theme), 'text/css;charset=UTF-8'));
  app.get('/assets/:file', async (c) => {
    const found = await readAsset(c.req.param('file'));
    return found ? asset(c, found.body, found.type) : c.text('Not Found', 404);
  });
  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const link = await handoffs.check(token).catch(asRefusal);
    if (link instanceof RefusedLink) return refused(c, link);
    // Opening the link changes nothing (a mail scanner that fetches it spends nothing): it only carries the token.
    const path = handoffPath(c, deps.options);
    setCookie(c, HANDOFF_COOKIE, token, {
      path,
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c, deps.options),
      maxAge: Math.max(1, Math.floor((link.row.expiresAt.getTime() - handoffs.deps.service.deps.now().getTime()) / 1000)),
    });
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    return c.redirect(path, 303);
  });
  return app;
}

/** Where a new link points: `{publicUrl}` or the request's own origin and path before /connection/handoff. */
export function linkBaseOf(request: Request, options: HandoffOptions): string {
  if (options.publicUrl) return options.publicUrl.replace(/\/+$/, '');
  const url = new URL(request.url);
  return `${url.origin}${url.pathname.replace(/\/connection\/handoff\/?$/, '')}`;
}

/** {base}/handoff as the browser sees it (the pages link their files and API below it). */
function handoffPath(c: Context, options: HandoffOptions): string {
  if (options.publicUrl) return `${new URL(options.publicUrl).pathname.replace(/\/+$/, '')}/handoff`;
  const path = new URL(c.req.url).pathname;
  return `${path.slice(0, path.lastIndexOf('/handoff'))}/handoff`;
}

function redirectUriOf(c: Context, options: HandoffOptions): string {
  if (options.redirectUri) return options.redirectUri;
  const origin = options.publicUrl ? new URL(options.publicUrl).origin : new URL(c.req.url).origin;
  return `${origin}${handoffPath(c, options)}/callback`;
}

const isHttps = (c: Context, options: HandoffOptions) => new URL(options.publicUrl ?? c.req.url).protocol === 'https:';

function asRefusal(error: unknown): RefusedLink {
  if (error instanceof RefusedLink) return error;
  throw error;
}

/** The link behind the page's API call; `post`: only this page's own origin may send it. */
async function sessionLink(c: Context, deps: HandoffRouteDeps, post = false): Promise<UsableLink> {
  c.header('cache-control', 'no-store');
  if (post) {
    const origin = c.req.header('origin');
    const own = [new URL(c.req.url).origin];
    if (deps.options.publicUrl) own.push(new URL(deps.options.publicUrl).origin);
    if (!origin || !own.includes(origin)) throw new QboServerError('forbidden_origin', 'Only the hand-off page may send this.');
  }
  const token = getCookie(c, HANDOFF_COOKIE);
  if (!token) throw new QboServerError('unauthenticated', 'Open the hand-off link again.');
  try {
    return await deps.handoffs.check(token);
  } catch (error) {
    if (error instanceof RefusedLink) throw new QboServerError('not_found', 'This link no longer works.', { reason: error.kind });
    throw error;
  }
}

/** What the page may show: app name, company name and who asked — nothing else. */
function sessionView(link: UsableLink, branding: Branding) {
  return { appName: branding.appName, company: { name: link.row.companyName }, requestedBy: { name: link.row.requestedBy ?? '—' } };
}

async function authorize(c: Context, deps: HandoffRouteDeps, link: UsableLink) {
  const { redirectUri } = await body(c, authorizeBody);
  if (redirectUri !== redirectUriOf(c, deps.options)) {
    throw new QboServerError('redirect_uri_not_allowed', 'The hand-off page signs in through its own redirect URI only.');
  }
  return deps.handoffs.authorize(link, redirectUri);
}

/** Never the snapshot: the page learns only that it is done (or the company question the widget asks). */
async function complete(c: Context, deps: HandoffRouteDeps, link: UsableLink) {
  await deps.handoffs.complete(link, await body(c, completeBody));
  deleteCookie(c, HANDOFF_COOKIE, { path: handoffPath(c, deps.options), secure: isHttps(c, deps.options) });
  return { done: true };
}

async function body<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const json: unknown = await c.req.json().catch(() => {
    throw new QboServerError('invalid_request', 'The body must be JSON.');
  });
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new QboServerError('invalid_request', `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

function asset(c: Context, data: Uint8Array, type: string) {
  c.header('content-type', type);
  c.header('cache-control', 'no-cache');
  c.header('x-content-type-options', 'nosniff');
  return c.body(data as Uint8Array<ArrayBuffer>, 200);
}

/** The pages' policy: files from this origin only, no inline script or style, no framing, no Referer. */
function pageHeaders(c: Context, logoOrigin: string): void {
  const img = ["'self'", logoOrigin].filter(Boolean).join(' ');
  c.header(
    'content-security-policy',
    `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src ${img}; frame-ancestors 'none'; form-action 'self'; base-uri 'none'`,
  );
  c.header('referrer-policy', 'no-referrer');
  c.header('cache-control', 'no-store');
  c.header('x-content-type-options', 'nosniff');
}
