// The mock Intuit's OpenID Connect userinfo endpoint: who signed in, for grants whose sign-in asked for `openid`.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthorizationRequest } from './mock-intuit-authorization.js';
import { notAllowed, sendJson } from './mock-intuit-http.js';

export const USERINFO_PATH = '/v1/openid_connect/userinfo';
/** The email a sign-in with a phone number or user ID (or a signIn() call without one) reports. */
export const DEFAULT_SIGN_IN_EMAIL = 'admin@example.com';

/** The person behind a grant, as far as the sign-in's scopes let userinfo tell. */
export interface MockSubject {
  sub: string;
  email: string;
  scopes: string[];
}

/** Who signed in: the identifier typed on the sign-in page when it is an email, else the default address. */
export function subjectOf(request: AuthorizationRequest, account: string | undefined): MockSubject {
  const email = account && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(account.trim()) ? account.trim().toLowerCase() : DEFAULT_SIGN_IN_EMAIL;
  // A stable id per person, as Intuit's `sub` is.
  const sub = createHash('sha256').update(email).digest('hex').slice(0, 32);
  return { sub, email, scopes: request.scopes };
}

/**
 * GET with `Authorization: Bearer <access token>`: 401 for an unknown, expired or revoked token, 403 when the sign-in
 * did not ask for `openid`; else Intuit's camelCase claims (`email` only with the `email` scope).
 */
export function userinfo(
  request: IncomingMessage,
  response: ServerResponse,
  subjectFor: (accessToken: string) => MockSubject | null | undefined,
): number {
  if (request.method !== 'GET') return notAllowed(response);
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const subject = bearer ? subjectFor(bearer) : undefined;
  if (subject === undefined) {
    sendJson(response, 401, { error: 'invalid_token', error_description: 'The access token is invalid or expired' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
    return 401;
  }
  if (!subject || !subject.scopes.includes('openid')) {
    sendJson(response, 403, { error: 'insufficient_scope', error_description: 'The grant does not include the openid scope' });
    return 403;
  }
  const [local = ''] = subject.email.split('@');
  const withEmail = subject.scopes.includes('email') ? { email: subject.email, emailVerified: true } : {};
  sendJson(response, 200, { sub: subject.sub, ...withEmail, givenName: local, familyName: 'Admin' });
  return 200;
}
