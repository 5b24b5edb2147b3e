// The mock Intuit's HTTP plumbing: bounded body reading, content negotiation, JSON and page replies, client authentication.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SignInResult } from './mock-intuit-sign-in.js';

const MAX_BODY_BYTES = 64 * 1024;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function equalSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function readBody(request: IncomingMessage): Promise<string> {
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

export const wantsJson = (request: IncomingMessage) => /application\/json/i.test(request.headers.accept ?? '');
export const mediaType = (request: IncomingMessage) => (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  // Set apart from writeHead so the call log can read it back (getHeader) for tests that follow a tid into logs.
  response.setHeader('intuit_tid', `1-${randomBytes(8).toString('hex')}`);
  response.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
};

export const sendPage = (response: ServerResponse, result: Extract<SignInResult, { html: string }>, redirectOrigin?: string) => {
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

export function notAllowed(response: ServerResponse): number {
  response.writeHead(405, { 'content-type': 'text/plain' }).end('Method Not Allowed');
  return 405;
}

export function notAcceptable(response: ServerResponse): number {
  response.writeHead(406, { 'content-type': 'text/plain' }).end('Not Acceptable: send Accept: application/json');
  return 406;
}

/** Whether the request's HTTP Basic credentials are this client's (form-encoded per RFC 6749 §2.3.1, so unescaped first). */
export function clientAuthenticated(request: IncomingMessage, clientId: string, clientSecret: string): boolean {
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
}

export const invalidClient = (response: ServerResponse) =>
  sendJson(response, 401, { error: 'invalid_client', error_description: 'Client authentication failed' }, { 'www-authenticate': 'Basic realm="Intuit"' });
