// A mock of Intuit's OAuth 2.0 and QuickBooks Online API on its own loopback origin, for hosts' tests and the demo.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticationFault, authorizationFault, companyInfo, query, toXml } from './mock-intuit-api.js';
import type { ApiReply } from './mock-intuit-api.js';
import { sampleCompanies } from './mock-intuit-data.js';
import type { MockCompany } from './mock-intuit-data.js';
import { GrantBook } from './mock-intuit-grants.js';
import type { TokenReply } from './mock-intuit-grants.js';
import { CANCEL_DESCRIPTION, SignInPages, deniedRedirect, grantRedirect, parseAuthorizationRequest } from './mock-intuit-sign-in.js';
import type { AuthorizationRequest, SignInBehaviour, SignInResult } from './mock-intuit-sign-in.js';

export type { MockCompany, MockVendor } from './mock-intuit-data.js';
export type { TokenReply } from './mock-intuit-grants.js';
export type { AuthorizationRequest, SignInBehaviour } from './mock-intuit-sign-in.js';

/** One behaviour for every sign-in, or one chosen per authorization request (by its state, say). */
export type SignInBehaviourSource = SignInBehaviour | ((request: AuthorizationRequest) => SignInBehaviour | undefined);

export interface MockIntuitOptions {
  hostname?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  clientId?: string;
  clientSecret?: string;
  companies?: MockCompany[];
  /** Registered redirect URIs; when given, any other redirect_uri gets the error page, as Intuit does. */
  redirectUris?: string[];
  /** The app name the sign-in page shows. */
  appName?: string;
  accessTokenLifetimeSec?: number;
  refreshTokenLifetimeSec?: number;
  refreshTokenHardLifetimeSec?: number;
  /** Each refresh returns a new refresh token and refuses the old one afterwards (Intuit may do so at any refresh). */
  rotateRefreshTokens?: boolean;
  codeLifetimeSec?: number;
  now?: () => Date;
}

export type FaultEndpoint = 'token' | 'revoke' | 'companyinfo' | 'query' | 'authorize';
export type FaultKind = '5xx' | '429' | 'slow' | 'malformed' | 'invalid_grant';

export interface FaultSpec {
  endpoint: FaultEndpoint;
  kind: FaultKind;
  /** How many requests it hits; unlimited until clearFaults() when left out. */
  times?: number;
  /** For 'slow': how long to wait before answering normally (default 2000 ms). */
  delayMs?: number;
  /**
   * Aims the fault at one authorization: its sign-in page ('authorize') and the exchange of its code ('token').
   * Without it the fault hits every request to the endpoint.
   */
  state?: string;
}

export interface SignInOptions {
  /** The company to sign in to; default the preselected one. */
  realmId?: string;
  deny?: boolean;
  errorDescription?: string;
}

export interface SignInAnswer {
  redirectUrl: string;
  state: string;
  code?: string;
  realmId?: string;
  error?: string;
}

export interface CallLogEntry {
  at: string;
  method: string;
  path: string;
  endpoint: FaultEndpoint | 'sign-in' | 'other';
  grantType?: string;
  status: number;
}

export interface MockIntuitCalls {
  authorize: number;
  token: { authorization_code: number; refresh_token: number; other: number };
  revoke: number;
  companyInfo: number;
  query: number;
  log: CallLogEntry[];
}

export interface MockIntuit {
  origin: string;
  endpoints: { authorizationEndpoint: string; tokenEndpoint: string; revocationEndpoint: string; apiBaseUrl: string };
  clientId: string;
  clientSecret: string;
  companies: MockCompany[];
  calls: MockIntuitCalls;
  /** What a person does on the sign-in page, for tests without a browser. */
  signIn(authorizationUrl: string, options?: SignInOptions): Promise<SignInAnswer>;
  /** Mints a valid grant directly (seeding); not counted as a code exchange. */
  issueGrant(options: { realmId: string; accessTokenLifetimeSec?: number; refreshTokenLifetimeSec?: number }): Promise<TokenReply>;
  /** As if the user disconnected the app inside QuickBooks: every grant for the company ends. */
  revokeGrant(realmId: string): void;
  isRevoked(token: string): boolean;
  /** How the sign-in page (and signIn()) behaves from now on: preselected company, refusal. */
  configureSignIn(behaviour: SignInBehaviourSource): void;
  fault(spec: FaultSpec): void;
  clearFaults(): void;
  /** Forgets every code, grant, fault, call and sign-in setting. */
  reset(): void;
  close(): Promise<void>;
}

const PATHS = {
  authorize: '/connect/oauth2',
  token: '/oauth2/v1/tokens/bearer',
  revoke: '/v2/oauth2/tokens/revoke',
  stylesheet: '/mock-intuit/sign-in.css',
};
const API_PATH = /^\/v3\/company\/([^/]+)\/(companyinfo\/([^/]+)|query)$/;
const MAX_BODY_BYTES = 64 * 1024;
const STYLESHEET = new URL('./mock-intuit-sign-in.css', import.meta.url);

const emptyCalls = (): MockIntuitCalls => ({
  authorize: 0,
  token: { authorization_code: 0, refresh_token: 0, other: 0 },
  revoke: 0,
  companyInfo: 0,
  query: 0,
  log: [],
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function equalSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new RangeError('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const wantsJson = (request: IncomingMessage) => /application\/json/i.test(request.headers.accept ?? '');
const mediaType = (request: IncomingMessage) => (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export async function startMockIntuit(options: MockIntuitOptions = {}): Promise<MockIntuit> {
  const hostname = options.hostname ?? '127.0.0.1';
  const clientId = options.clientId ?? 'mock-client-id';
  const clientSecret = options.clientSecret ?? 'mock-client-secret';
  const now = options.now ?? (() => new Date());
  const companies = options.companies ?? sampleCompanies();
  const appName = options.appName ?? 'Sample App';
  const grants = new GrantBook(
    {
      accessTokenLifetimeSec: options.accessTokenLifetimeSec ?? 3600,
      refreshTokenLifetimeSec: options.refreshTokenLifetimeSec ?? 8_640_000,
      refreshTokenHardLifetimeSec: options.refreshTokenHardLifetimeSec ?? 5 * 365 * 86_400,
      codeLifetimeSec: options.codeLifetimeSec ?? 600,
      rotateRefreshTokens: options.rotateRefreshTokens ?? true,
    },
    now,
  );
  let behaviour: SignInBehaviourSource = {};
  const behaviourFor = (request: AuthorizationRequest): SignInBehaviour =>
    (typeof behaviour === 'function' ? behaviour(request) : behaviour) ?? {};
  let faults: Array<FaultSpec & { left: number }> = [];
  let stylesheet: Buffer | null = null;
  const calls = emptyCalls();
  let origin = '';

  const pages = new SignInPages(
    () => ({ appName, companies, behaviourFor, formAction: PATHS.authorize, stylesheet: PATHS.stylesheet }),
    (request, realmId) => grants.issueCode(realmId, request.redirectUri, request.state),
  );
  const app = { clientId, redirectUris: options.redirectUris ?? null };
  const time = () => now().toISOString();
  const companyOf = (realmId: string) => companies.find((company) => company.realmId === realmId);

  const takeFault = (endpoint: FaultEndpoint, state: string | null = null): FaultSpec | null => {
    const found = faults.find((fault) => fault.endpoint === endpoint && fault.left > 0 && (fault.state === undefined || fault.state === state));
    if (!found) return null;
    found.left--;
    faults = faults.filter((fault) => fault.left > 0);
    return found;
  };

  const log = (request: IncomingMessage, endpoint: CallLogEntry['endpoint'], status: number, grantType?: string) => {
    calls.log.push({ at: time(), method: request.method ?? 'GET', path: (request.url ?? '/').split('?')[0] ?? '/', endpoint, status, ...(grantType ? { grantType } : {}) });
  };

  const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store', intuit_tid: randomBytes(8).toString('hex'), ...headers });
    response.end(JSON.stringify(body));
  };

  const sendPage = (response: ServerResponse, result: Extract<SignInResult, { html: string }>, redirectOrigin?: string) => {
    // The form posts back here and may then be redirected to the app, which form-action has to allow.
    const formAction = ["'self'", redirectOrigin].filter(Boolean).join(' ');
    response.writeHead(result.status, {
      'content-type': 'text/html;charset=UTF-8',
      'cache-control': 'no-store',
      'content-security-policy': `default-src 'none'; style-src 'self'; img-src 'self'; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
      'referrer-policy': 'no-referrer',
    });
    response.end(result.html);
  };

  /** Answers a fault that replaces the reply (its status), or null to answer normally ('slow' only waits). */
  const applyFault = async (
    endpoint: FaultEndpoint,
    response: ServerResponse,
    malformed: () => unknown,
    state: string | null = null,
  ): Promise<number | null> => {
    const fault = takeFault(endpoint, state);
    if (!fault) return null;
    switch (fault.kind) {
      case 'slow':
        await sleep(fault.delayMs ?? 2000);
        return null;
      case '5xx':
        sendJson(response, 503, { error: 'server_error', error_description: 'Service Unavailable (mock fault)' });
        return 503;
      case '429':
        sendJson(response, 429, { error: 'too_many_requests', error_description: 'Throttled (mock fault)' });
        return 429;
      case 'malformed':
        sendJson(response, 200, malformed());
        return 200;
      case 'invalid_grant':
        if (endpoint === 'companyinfo' || endpoint === 'query') {
          const reply = authenticationFault(time());
          sendJson(response, reply.status, reply.body, reply.headers);
          return reply.status;
        }
        sendJson(response, 400, { error: 'invalid_grant', error_description: 'Token invalid (mock fault)' });
        return 400;
    }
  };

  const clientAuthenticated = (request: IncomingMessage): boolean => {
    const header = request.headers.authorization ?? '';
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
    if (!match?.[1]) return false;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return false;
    const unescape = (value: string) => {
      try {
        return decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        return value;
      }
    };
    return equalSecret(unescape(decoded.slice(0, colon)), clientId) && equalSecret(unescape(decoded.slice(colon + 1)), clientSecret);
  };

  const invalidClient = (response: ServerResponse) =>
    sendJson(response, 401, { error: 'invalid_client', error_description: 'Client authentication failed' }, { 'www-authenticate': 'Basic realm="Intuit"' });

  async function token(request: IncomingMessage, response: ServerResponse): Promise<[number, string?]> {
    if (request.method !== 'POST') return [notAllowed(response)];
    const raw = await readBody(request);
    const form = new URLSearchParams(mediaType(request) === 'application/x-www-form-urlencoded' ? raw : '');
    const grantType = form.get('grant_type') ?? '';
    if (grantType === 'authorization_code' || grantType === 'refresh_token') calls.token[grantType]++;
    else calls.token.other++;
    const codeState = grantType === 'authorization_code' ? grants.stateOfCode(form.get('code') ?? '') : null;
    const faulted = await applyFault('token', response, () => ({ token_type: 'bearer', access_token: 42, expires_in: 'soon' }), codeState);
    if (faulted !== null) return [faulted, grantType];
    if (!clientAuthenticated(request)) return [(invalidClient(response), 401), grantType];
    if (!wantsJson(request)) return [notAcceptable(response), grantType];
    if (mediaType(request) !== 'application/x-www-form-urlencoded') {
      sendJson(response, 400, { error: 'invalid_request', error_description: 'The body must be application/x-www-form-urlencoded' });
      return [400, grantType];
    }
    const includeHard = String(request.headers['x-include-refresh-token-hard-expires-in'] ?? '').toLowerCase() === 'true';
    const answer = (outcome: ReturnType<GrantBook['refresh']>): number => {
      if (!outcome.ok) {
        sendJson(response, 400, { error: outcome.error, error_description: outcome.description });
        return 400;
      }
      const { x_refresh_token_hard_expires_in, ...reply } = outcome.reply;
      sendJson(response, 200, includeHard ? { ...reply, x_refresh_token_hard_expires_in } : reply);
      return 200;
    };
    if (grantType === 'authorization_code') {
      const code = form.get('code');
      const redirectUri = form.get('redirect_uri');
      if (!code || !redirectUri) {
        sendJson(response, 400, { error: 'invalid_request', error_description: 'code and redirect_uri are required' });
        return [400, grantType];
      }
      return [answer(grants.exchangeCode(code, redirectUri)), grantType];
    }
    if (grantType === 'refresh_token') {
      const refreshToken = form.get('refresh_token');
      if (!refreshToken) {
        sendJson(response, 400, { error: 'invalid_request', error_description: 'refresh_token is required' });
        return [400, grantType];
      }
      return [answer(grants.refresh(refreshToken)), grantType];
    }
    sendJson(response, 400, { error: 'unsupported_grant_type', error_description: `Unsupported grant_type "${grantType}"` });
    return [400, grantType];
  }

  async function revoke(request: IncomingMessage, response: ServerResponse): Promise<number> {
    if (request.method !== 'POST') return notAllowed(response);
    const raw = await readBody(request);
    calls.revoke++;
    const faulted = await applyFault('revoke', response, () => ({ revoked: 'maybe' }));
    if (faulted !== null) return faulted;
    if (!clientAuthenticated(request)) return (invalidClient(response), 401);
    if (!wantsJson(request)) return notAcceptable(response);
    // Intuit documents a JSON body; RFC 7009's form body is refused so a client sending it finds out here.
    if (mediaType(request) !== 'application/json') {
      sendJson(response, 400, { error: 'invalid_request', error_description: 'The body must be JSON: { "token": "…" }' });
      return 400;
    }
    let value: unknown;
    try {
      value = (JSON.parse(raw) as { token?: unknown }).token;
    } catch {
      value = undefined;
    }
    if (typeof value !== 'string' || !value) {
      sendJson(response, 400, { error: 'invalid_request', error_description: 'token is required' });
      return 400;
    }
    grants.revokeToken(value);
    response.writeHead(200, { 'content-length': '0' }).end();
    return 200;
  }

  async function api(request: IncomingMessage, response: ServerResponse, url: URL, match: RegExpExecArray): Promise<[FaultEndpoint, number]> {
    const realmId = decodeURIComponent(match[1] ?? '');
    const endpoint: FaultEndpoint = match[3] !== undefined ? 'companyinfo' : 'query';
    if (endpoint === 'companyinfo') calls.companyInfo++;
    else calls.query++;
    if (request.method !== 'GET') return [endpoint, notAllowed(response)];
    const faulted = await applyFault(endpoint, response, () =>
      endpoint === 'companyinfo' ? { CompanyInfo: 'unavailable', time: 7 } : { QueryResponse: { Vendor: 'none' }, time: 7 },
    );
    if (faulted !== null) return [endpoint, faulted];
    const send = (reply: ApiReply): number => {
      if (wantsJson(request)) sendJson(response, reply.status, reply.body, reply.headers);
      else {
        response.writeHead(reply.status, { 'content-type': 'application/xml;charset=UTF-8', ...reply.headers });
        response.end(toXml(reply.body));
      }
      return reply.status;
    };
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const access = bearer ? grants.checkAccessToken(bearer) : { ok: false as const };
    if (!access.ok) return [endpoint, send(authenticationFault(time()))];
    const company = companyOf(realmId);
    if (access.realmId !== realmId || !company) return [endpoint, send(authorizationFault(time()))];
    if (endpoint === 'companyinfo') {
      if (decodeURIComponent(match[3] ?? '') !== realmId) return [endpoint, send(authorizationFault(time()))];
      return [endpoint, send(companyInfo(company, time()))];
    }
    return [endpoint, send(query(company, url.searchParams.get('query') ?? '', time()))];
  }

  async function authorize(request: IncomingMessage, response: ServerResponse, url: URL): Promise<number> {
    if (request.method === 'POST') {
      const form = new URLSearchParams(mediaType(request) === 'application/x-www-form-urlencoded' ? await readBody(request) : '');
      const result = pages.post(form);
      if ('redirect' in result) {
        response.writeHead(303, { location: result.redirect, 'cache-control': 'no-store' }).end();
        return 303;
      }
      sendPage(response, result, redirectOriginOf(form));
      return result.status;
    }
    if (request.method !== 'GET') return notAllowed(response);
    calls.authorize++;
    const fault = takeFault('authorize', url.searchParams.get('state'));
    if (fault?.kind === 'slow') await sleep(fault.delayMs ?? 2000);
    else if (fault) {
      response.writeHead(fault.kind === '429' ? 429 : 503, { 'content-type': 'text/plain;charset=UTF-8' });
      response.end('Intuit sign-in is unavailable right now (mock fault).');
      return fault.kind === '429' ? 429 : 503;
    }
    const parsed = parseAuthorizationRequest(url.searchParams, app);
    const result = parsed.ok ? pages.start(parsed.request) : pages.invalid(parsed.problems);
    if ('redirect' in result) return 500;
    sendPage(response, result, parsed.ok ? new URL(parsed.request.redirectUri).origin : undefined);
    return result.status;
  }

  /** The origin a posted step may redirect to, so the page's form-action allows it. */
  const redirectOriginOf = (form: URLSearchParams): string | undefined => pages.redirectOriginOf(form.get('flow') ?? '');

  function notAllowed(response: ServerResponse): number {
    response.writeHead(405, { 'content-type': 'text/plain' }).end('Method Not Allowed');
    return 405;
  }

  function notAcceptable(response: ServerResponse): number {
    response.writeHead(406, { 'content-type': 'text/plain' }).end('Not Acceptable: send Accept: application/json');
    return 406;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === PATHS.token) {
      const [status, grantType] = await token(request, response);
      log(request, 'token', status, grantType);
      return;
    }
    if (url.pathname === PATHS.revoke) return log(request, 'revoke', await revoke(request, response));
    if (url.pathname === PATHS.authorize) return log(request, request.method === 'POST' ? 'sign-in' : 'authorize', await authorize(request, response, url));
    const apiMatch = API_PATH.exec(url.pathname);
    if (apiMatch) {
      const [endpoint, status] = await api(request, response, url, apiMatch);
      return log(request, endpoint, status);
    }
    if (url.pathname === PATHS.stylesheet) {
      stylesheet ??= await readFile(STYLESHEET);
      response.writeHead(200, { 'content-type': 'text/css;charset=UTF-8', 'cache-control': 'no-cache' }).end(stylesheet);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      // Browsers ask for it on every sign-in page; no icon is better than a 404 in their consoles.
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/plain;charset=UTF-8' });
      response.end('Mock Intuit (for testing only): OAuth 2.0 and QuickBooks Online API stand-ins.\n');
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    log(request, 'other', 404);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(error instanceof RangeError ? 413 : 500, { 'content-type': 'text/plain' });
      response.end();
    });
  });
  // Keep-alive sockets would hold close() open for seconds.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;

  return {
    origin,
    endpoints: {
      authorizationEndpoint: `${origin}${PATHS.authorize}`,
      tokenEndpoint: `${origin}${PATHS.token}`,
      revocationEndpoint: `${origin}${PATHS.revoke}`,
      apiBaseUrl: origin,
    },
    clientId,
    clientSecret,
    companies,
    calls,
    async signIn(authorizationUrl, signInOptions = {}) {
      const url = new URL(authorizationUrl);
      calls.authorize++;
      const parsed = parseAuthorizationRequest(url.searchParams, app);
      if (!parsed.ok) throw new Error(`The authorization request is invalid: ${parsed.problems.join(' ')}`);
      const { request } = parsed;
      const configured = behaviourFor(request);
      if (signInOptions.deny ?? configured.deny) {
        const redirectUrl = deniedRedirect(request, signInOptions.errorDescription ?? configured.denyDescription ?? CANCEL_DESCRIPTION);
        return { redirectUrl, state: request.state, error: 'access_denied' };
      }
      const realmId = signInOptions.realmId ?? pages.preferredCompany(request)?.realmId;
      if (!realmId || !companyOf(realmId)) throw new Error(`The mock has no company ${realmId ?? ''}`);
      const code = grants.issueCode(realmId, request.redirectUri, request.state);
      return { redirectUrl: grantRedirect(request, code, realmId), state: request.state, code, realmId };
    },
    async issueGrant({ realmId, ...lifetimes }) {
      if (!companyOf(realmId)) throw new Error(`The mock has no company ${realmId}`);
      return grants.createGrant(realmId, lifetimes);
    },
    revokeGrant(realmId) {
      grants.revokeRealm(realmId);
    },
    isRevoked(value) {
      return grants.isRevoked(value);
    },
    configureSignIn(next) {
      behaviour = typeof next === 'function' ? next : { ...next };
    },
    fault(spec) {
      faults.push({ ...spec, left: spec.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults() {
      faults = [];
    },
    reset() {
      faults = [];
      behaviour = {};
      grants.clear();
      // In place: a test may hold on to calls or calls.token.
      const fresh = emptyCalls();
      Object.assign(calls.token, fresh.token);
      calls.log.length = 0;
      calls.authorize = calls.revoke = calls.companyInfo = calls.query = 0;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
