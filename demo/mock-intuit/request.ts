// The authorization request the mock Intuit page was opened with, and the answers it sends back to redirect_uri.
import { ACCOUNTING_SCOPE } from '../../src/mocks/memory-backend.js';

export interface AuthorizationRequest {
  redirectUri: URL;
  state: string;
  clientId: string;
  scopes: string[];
  /** The demo scenario the host page is playing (the mock's own parameter, not Intuit's). */
  demoScenario: string | null;
}

export type ParsedRequest = { ok: true; request: AuthorizationRequest } | { ok: false; problems: string[] };

export function readAuthorizationRequest(href: string): ParsedRequest {
  const query = new URL(href).searchParams;
  const problems: string[] = [];
  const rawRedirect = query.get('redirect_uri') ?? '';
  let redirectUri: URL | null = null;
  try {
    redirectUri = new URL(rawRedirect);
    if (redirectUri.protocol !== 'https:' && redirectUri.protocol !== 'http:') throw new TypeError(redirectUri.protocol);
  } catch {
    problems.push(rawRedirect ? `redirect_uri is not an http(s) URL: ${rawRedirect}` : 'redirect_uri is missing.');
  }
  const state = query.get('state') ?? '';
  if (!state) problems.push('state is missing.');
  const clientId = query.get('client_id') ?? '';
  if (!clientId) problems.push('client_id is missing.');
  const scopes = (query.get('scope') ?? '').split(/\s+/).filter(Boolean);
  if (!scopes.includes(ACCOUNTING_SCOPE)) problems.push(`scope must include ${ACCOUNTING_SCOPE}.`);
  if (query.get('response_type') !== null && query.get('response_type') !== 'code') problems.push('response_type must be "code".');
  if (!redirectUri || problems.length) return { ok: false, problems };
  return { ok: true, request: { redirectUri, state, clientId, scopes, demoScenario: query.get('demo_scenario') } };
}

function randomCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return `AB11${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** Intuit's success answer: a fresh authorization code, the state, and the chosen company's realmId. */
export function grantUrl(request: AuthorizationRequest, realmId: string): string {
  const url = new URL(request.redirectUri);
  url.searchParams.set('code', randomCode());
  url.searchParams.set('state', request.state);
  url.searchParams.set('realmId', realmId);
  return url.href;
}

/** Intuit's refusal: `error=access_denied` with the state, after Cancel or when access is not granted. */
export function deniedUrl(request: AuthorizationRequest, description: string): string {
  const url = new URL(request.redirectUri);
  url.searchParams.set('error', 'access_denied');
  url.searchParams.set('error_description', description);
  url.searchParams.set('state', request.state);
  return url.href;
}
