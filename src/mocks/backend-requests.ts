// Request checks for the in-memory backend, made as a server would: a bad body, query or cursor is a 400.
import { ConnectionError } from '../core/errors.js';
import type { AuthorizeRequest, CompleteRequest, VendorsRequest } from '../core/model.js';

export const DEFAULT_VENDOR_LIMIT = 25;

export function badRequest(code: string, message: string): ConnectionError {
  return new ConnectionError('server', message, { status: 400, code });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw badRequest('invalid_request', `"${field}" must be a non-empty string.`);
  return value;
}

/** Checks an authorize body as a server would; a bad one is a 400 `invalid_request`. */
export function readAuthorizeRequest(value: unknown): AuthorizeRequest {
  if (!isObject(value)) throw badRequest('invalid_request', 'The body must be a JSON object.');
  const redirectUri = requireString(value, 'redirectUri');
  // Intuit only redirects to an absolute http(s) URI registered for the app.
  if (!URL.canParse(redirectUri) || !/^https?:$/.test(new URL(redirectUri).protocol)) {
    throw badRequest('invalid_request', '"redirectUri" must be an absolute http(s) URL.');
  }
  return { redirectUri };
}

/** Checks a complete body as a server would; a bad one is a 400 `invalid_request`. */
export function readCompleteRequest(value: unknown): CompleteRequest {
  if (!isObject(value)) throw badRequest('invalid_request', 'The body must be a JSON object.');
  const confirm = value['confirmCompanySwitch'];
  if (confirm !== undefined && typeof confirm !== 'boolean') {
    throw badRequest('invalid_request', '"confirmCompanySwitch" must be a boolean.');
  }
  return {
    code: requireString(value, 'code'),
    state: requireString(value, 'state'),
    realmId: requireString(value, 'realmId'),
    ...(confirm === undefined ? {} : { confirmCompanySwitch: confirm }),
  };
}

/** Reads the vendors query (`cursor`, `limit` as they arrive in a URL); a missing limit takes the default. */
export function readVendorsQuery(cursor: string | null, limit: string | null): VendorsRequest {
  const parsedLimit = limit === null || limit === '' ? DEFAULT_VENDOR_LIMIT : Number(limit);
  return { cursor: cursor === '' ? null : cursor, limit: parsedLimit };
}

export function readCursor(cursor: string | null): number {
  if (cursor === null || cursor === '') return 0;
  // Cursors are opaque to clients; here they are plain offsets.
  if (!/^\d{1,9}$/.test(cursor)) throw badRequest('invalid_cursor', 'The cursor is not one this backend issued.');
  return Number(cursor);
}
