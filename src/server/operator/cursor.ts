// Opaque page cursors: a kind letter and a position, base64url-encoded, so clients pass them back unread.
import { QboServerError } from '../errors.js';

export function encodeCursor(kind: string, position: string): string {
  return Buffer.from(`${kind}:${position}`, 'utf8').toString('base64url');
}

/** The position inside a cursor of `kind`; anything else (edited, truncated, another kind) is invalid_request. */
export function decodeCursor(kind: string, cursor: string): string {
  const text = cursor.length <= 600 && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(`${kind}:`) || text.length === kind.length + 1) {
    throw new QboServerError('invalid_request', 'cursor is not one this server gave.');
  }
  return text.slice(kind.length + 1);
}
