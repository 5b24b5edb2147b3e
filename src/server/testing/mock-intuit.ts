// A mock of Intuit's OAuth 2.0 and QuickBooks Online API on its own loopback origin, for hosts' tests and the demo.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticationFault, authorizationFault, companyInfo, query, toXml } from './mock-intuit-api.js';
import type { ApiReply } from './mock-intuit-api.js';
import { sampleCompanies } from './mock-intuit-data.js';
import { GrantBook } from './mock-intuit-grants.js';
import { deniedRedirect, grantRedirect, parseAuthorizationRequest } from './mock-intuit-authorization.js';
import type { AuthorizationRequest } from './mock-intuit-authorization.js';
import { CANCEL_DESCRIPTION, SignInPages } from './mock-intuit-sign-in.js';
import type { SignInBehaviour } from './mock-intuit-sign-in.js';
import { FaultBook, clearCalls, emptyCalls, logCall } from './mock-intuit-faults.js';
import { mediaType, notAllowed, readBody, sendJson, sendPage, sleep, wantsJson } from './mock-intuit-http.js';
import { revoke, token } from './mock-intuit-tokens.js';
import { DEFAULT_SIGN_IN_EMAIL, USERINFO_PATH, subjectOf, userinfo } from './mock-intuit-userinfo.js';
import { RealmFaults } from './mock-intuit-realm-faults.js';
import type { CallLogEntry, FaultEndpoint, MockIntuit, MockIntuitOptions, SignInBehaviourSource } from './mock-intuit-types.js';

const PATHS = {
  authorize: '/connect/oauth2',
  token: '/oauth2/v1/tokens/bearer',
  revoke: '/v2/oauth2/tokens/revoke',
  stylesheet: '/mock-intuit/sign-in.css',
};
const API_PATH = /^\/v3\/company\/([^/]+)\/(companyinfo\/([^/]+)|query)$/;
const STYLESHEET = new URL('./mock-intuit-sign-in.css', import.meta.url);

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
  let stylesheet: Buffer | null = null;
  const calls = emptyCalls();
  let origin = '';

  const pages = new SignInPages(
    () => ({ appName, companies, behaviourFor, formAction: PATHS.authorize, stylesheet: PATHS.stylesheet }),
    (request, realmId, account) => grants.issueCode(realmId, request.redirectUri, request.state, subjectOf(request, account)),
  );
  const app = { clientId, redirectUris: options.redirectUris ?? null };
  const time = () => now().toISOString();
  const companyOf = (realmId: string) => companies.find((company) => company.realmId === realmId);
  const faults = new FaultBook(time);
  const realmFaults = new RealmFaults();
  // The reply each request got, so its call-log entry can carry the intuit_tid it was sent.
  const replies = new WeakMap<IncomingMessage, ServerResponse>();
  const log = (request: IncomingMessage, endpoint: CallLogEntry['endpoint'], status: number, grantType?: string) =>
    logCall(calls, time(), request, endpoint, status, grantType, replies.get(request)?.getHeader('intuit_tid'));
  const tokenContext = { clientId, clientSecret, grants, faults, calls };

  async function api(request: IncomingMessage, response: ServerResponse, url: URL, match: RegExpExecArray): Promise<[FaultEndpoint, number]> {
    const realmId = decodeURIComponent(match[1] ?? '');
    const endpoint: FaultEndpoint = match[3] !== undefined ? 'companyinfo' : 'query';
    if (endpoint === 'companyinfo') calls.companyInfo++;
    else calls.query++;
    if (request.method !== 'GET') return [endpoint, notAllowed(response)];
    const faulted = await faults.apply(endpoint, response, () =>
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
    const realmFault = realmFaults.reply(realmId, time());
    if (realmFault && access.realmId === realmId) return [endpoint, send(realmFault)];
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
    const fault = faults.take('authorize', url.searchParams.get('state'));
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

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === PATHS.token) {
      const [status, grantType] = await token(tokenContext, request, response);
      log(request, 'token', status, grantType);
      return;
    }
    if (url.pathname === USERINFO_PATH) return log(request, 'other', userinfo(request, response, (value) => grants.subjectOf(value)));
    if (url.pathname === PATHS.revoke) return log(request, 'revoke', await revoke(tokenContext, request, response));
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
    replies.set(request, response);
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
      userinfoEndpoint: `${origin}${USERINFO_PATH}`,
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
      const code = grants.issueCode(realmId, request.redirectUri, request.state, subjectOf(request, signInOptions.email ?? DEFAULT_SIGN_IN_EMAIL));
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
      faults.add(spec);
    },
    clearFaults() {
      faults.clear();
    },
    setRealmFault(realmId, kind) {
      realmFaults.set(realmId, kind);
    },
    grantRefreshes(value) {
      return grants.refreshCounts(value);
    },
    reset() {
      realmFaults.clear();
      faults.clear();
      behaviour = {};
      grants.clear();
      clearCalls(calls);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
