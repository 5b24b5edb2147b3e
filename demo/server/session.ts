// The demo host's own session: one cookie per browser, standing for the signed-in Fintech user Dana Ortiz.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'qbo_demo_session';
export const DEMO_USER = { name: 'Dana Ortiz' };

function readCookie(header: string | null | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && /^[A-Za-z0-9_-]{16,64}$/.test(value.join('='))) return value.join('=');
  }
  return null;
}

export const tenantIdOf = (session: string) => `demo-${session}`;

/** The tenant of a request to the API: the session's, or null without one (the server answers 401). */
export function tenantOf(request: Request): string | null {
  const session = readCookie(request.headers.get('cookie'));
  return session ? tenantIdOf(session) : null;
}

/**
 * Gives a browser without a session one, on whatever it asks for first (the page, normally). The request itself is
 * given the cookie too, so an API call that arrives first still has a tenant.
 */
export function ensureSession(request: IncomingMessage, response: ServerResponse): void {
  if (readCookie(request.headers.cookie)) return;
  const session = randomBytes(18).toString('base64url');
  response.appendHeader('set-cookie', `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax`);
  request.headers.cookie = [request.headers.cookie, `${SESSION_COOKIE}=${session}`].filter(Boolean).join('; ');
}
