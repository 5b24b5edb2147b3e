// The mock Intuit's OAuth 2.0 token endpoint (code exchange and refresh) and its revocation endpoint.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultBook } from './mock-intuit-faults.js';
import type { GrantBook } from './mock-intuit-grants.js';
import { clientAuthenticated, invalidClient, mediaType, notAcceptable, notAllowed, readBody, sendJson, wantsJson } from './mock-intuit-http.js';
import type { MockIntuitCalls } from './mock-intuit-types.js';

/** The one mock's state the endpoints read and count into. */
export interface TokenEndpointContext {
  clientId: string;
  clientSecret: string;
  grants: GrantBook;
  faults: FaultBook;
  calls: MockIntuitCalls;
}

/** Answers the token endpoint: its status, and the grant_type asked for (for the call log). */
export async function token(mock: TokenEndpointContext, request: IncomingMessage, response: ServerResponse): Promise<[number, string?]> {
  if (request.method !== 'POST') return [notAllowed(response)];
  const raw = await readBody(request);
  const form = new URLSearchParams(mediaType(request) === 'application/x-www-form-urlencoded' ? raw : '');
  const grantType = form.get('grant_type') ?? '';
  if (grantType === 'authorization_code' || grantType === 'refresh_token') mock.calls.token[grantType]++;
  else mock.calls.token.other++;
  const codeState = grantType === 'authorization_code' ? mock.grants.stateOfCode(form.get('code') ?? '') : null;
  const faulted = await mock.faults.apply('token', response, () => ({ token_type: 'bearer', access_token: 42, expires_in: 'soon' }), codeState);
  if (faulted !== null) return [faulted, grantType];
  if (!clientAuthenticated(request, mock.clientId, mock.clientSecret)) return [(invalidClient(response), 401), grantType];
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
    return [answer(mock.grants.exchangeCode(code, redirectUri)), grantType];
  }
  if (grantType === 'refresh_token') {
    const refreshToken = form.get('refresh_token');
    if (!refreshToken) {
      sendJson(response, 400, { error: 'invalid_request', error_description: 'refresh_token is required' });
      return [400, grantType];
    }
    return [answer(mock.grants.refresh(refreshToken)), grantType];
  }
  sendJson(response, 400, { error: 'unsupported_grant_type', error_description: `Unsupported grant_type "${grantType}"` });
  return [400, grantType];
}

export async function revoke(mock: TokenEndpointContext, request: IncomingMessage, response: ServerResponse): Promise<number> {
  if (request.method !== 'POST') return notAllowed(response);
  const raw = await readBody(request);
  mock.calls.revoke++;
  const faulted = await mock.faults.apply('revoke', response, () => ({ revoked: 'maybe' }));
  if (faulted !== null) return faulted;
  if (!clientAuthenticated(request, mock.clientId, mock.clientSecret)) return (invalidClient(response), 401);
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
  mock.grants.revokeToken(value);
  response.writeHead(200, { 'content-length': '0' }).end();
  return 200;
}
