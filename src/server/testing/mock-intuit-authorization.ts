// The authorization request the mock Intuit's sign-in page answers: its checks, and the two ways back to the app.

const ACCOUNTING_SCOPE = 'com.intuit.quickbooks.accounting';
const KNOWN_SCOPES = new Set([ACCOUNTING_SCOPE, 'com.intuit.quickbooks.payment', 'openid', 'profile', 'email', 'phone', 'address']);

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
}

export type ParsedAuthorization = { ok: true; request: AuthorizationRequest } | { ok: false; problems: string[] };

export function parseAuthorizationRequest(
  query: URLSearchParams,
  app: { clientId: string; redirectUris: readonly string[] | null },
): ParsedAuthorization {
  const problems: string[] = [];
  const clientId = query.get('client_id') ?? '';
  if (!clientId) problems.push('client_id is missing.');
  else if (clientId !== app.clientId) problems.push(`client_id "${clientId}" is not a registered app.`);
  if (query.get('response_type') !== 'code') problems.push('response_type must be "code".');
  const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean);
  if (!scopes.includes(ACCOUNTING_SCOPE)) problems.push(`scope must include ${ACCOUNTING_SCOPE}.`);
  for (const scope of scopes) if (!KNOWN_SCOPES.has(scope)) problems.push(`scope "${scope}" is not a known scope.`);
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!redirectUri) problems.push('redirect_uri is missing.');
  else if (!isHttpUrl(redirectUri)) problems.push(`redirect_uri is not an http(s) URL: ${redirectUri}`);
  else if (app.redirectUris && !app.redirectUris.includes(redirectUri)) problems.push(`redirect_uri is not registered for this app: ${redirectUri}`);
  const state = query.get('state') ?? '';
  if (!state) problems.push('state is missing.');
  if (problems.length) return { ok: false, problems };
  return { ok: true, request: { clientId, redirectUri, scopes, state } };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.hash;
  } catch {
    return false;
  }
}

export function grantRedirect(request: AuthorizationRequest, code: string, realmId: string): string {
  const url = new URL(request.redirectUri);
  url.searchParams.set('code', code);
  url.searchParams.set('state', request.state);
  url.searchParams.set('realmId', realmId);
  return url.href;
}

export function deniedRedirect(request: AuthorizationRequest, description: string | undefined): string {
  const url = new URL(request.redirectUri);
  url.searchParams.set('error', 'access_denied');
  if (description) url.searchParams.set('error_description', description);
  url.searchParams.set('state', request.state);
  return url.href;
}
