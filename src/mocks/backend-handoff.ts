// The in-memory backend's "ask a QuickBooks admin" rules: a new link replaces the open one, 7 days to live, 10 an hour.
import { ConnectionError } from '../core/errors.js';
import { HANDOFF_NOTE_MAX, isEmailAddress } from '../core/handoff-state.js';
import type { HandoffCreateRequest, HandoffCreated } from '../core/model.js';
import { badRequest } from './backend-requests.js';
import type { BackendState } from './backend-storage.js';

export const DEFAULT_HANDOFF_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const DEFAULT_HANDOFF_RATE_PER_HOUR = 10;
const HOUR_MS = 60 * 60 * 1000;

export interface HandoffRules {
  now: Date;
  /** Who asks: the host session's user. */
  requestedBy: { name: string };
  ttlMs: number;
  ratePerHour: number;
  /** Where the fake links point; the token is appended. */
  linkBase: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a POST /connection/handoff body as a server would; a bad one is a 400 `invalid_request`. */
export function readHandoffRequest(value: unknown): HandoffCreateRequest {
  if (!isObject(value)) throw badRequest('invalid_request', 'The body must be a JSON object.');
  const request: HandoffCreateRequest = {};
  for (const field of ['email', 'note', 'lang'] as const) {
    const given = value[field];
    if (given === undefined || given === null || given === '') continue;
    if (typeof given !== 'string') throw badRequest('invalid_request', `"${field}" must be a string.`);
    request[field] = given.trim();
  }
  if (request.email !== undefined && !isEmailAddress(request.email)) throw badRequest('invalid_request', '"email" is not an email address.');
  if (request.note !== undefined && request.note.length > HANDOFF_NOTE_MAX) {
    throw badRequest('invalid_request', `"note" is longer than ${HANDOFF_NOTE_MAX} characters.`);
  }
  return request;
}

function randomToken(): string {
  // 128 random bits, as the real server's tokens have; here they open nothing.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Issues a link for `state` (changed in place): refused while the link is active (409 `handoff_not_needed`), with no
 * company ever linked (409 `not_connected`), or past the hourly limit (429 `rate_limited` with `retryAfter`).
 * Only the request is kept, never the link: as on the real server, a lost link is replaced, not shown again.
 */
export function issueHandoff(state: BackendState, request: HandoffCreateRequest, rules: HandoffRules): HandoffCreated {
  const { snapshot } = state;
  if (snapshot.linkState === 'active') {
    throw new ConnectionError('server', 'The QuickBooks link is active: no admin is needed.', { status: 409, code: 'handoff_not_needed' });
  }
  if (!snapshot.company) {
    throw new ConnectionError('server', 'No QuickBooks company was ever linked: connect one first.', { status: 409, code: 'not_connected' });
  }
  const now = rules.now.getTime();
  const recent = (state.handoffTimes ?? []).filter((at) => now - at < HOUR_MS);
  if (recent.length >= rules.ratePerHour) {
    // With a limit of 0 nothing was issued to wait for: the whole hour.
    const oldest = recent.length ? Math.min(...recent) : now;
    const retryAfter = Math.max(1, Math.ceil((oldest + HOUR_MS - now) / 1000));
    throw new ConnectionError('server', `Too many reconnect links this hour; try again in ${retryAfter} seconds.`, {
      status: 429,
      code: 'rate_limited',
      retryAfter,
    });
  }
  const expiresAt = new Date(now + rules.ttlMs).toISOString();
  state.handoffTimes = [...recent, now];
  state.snapshot = {
    ...snapshot,
    handoff: { requestedBy: { ...rules.requestedBy }, requestedAt: rules.now.toISOString(), expiresAt, email: request.email ?? null },
  };
  const url = new URL(randomToken(), rules.linkBase.endsWith('/') ? rules.linkBase : `${rules.linkBase}/`).href;
  // The memory backend stands for a host whose sendHandoff hook mails the link whenever an address is given.
  return { url, expiresAt, sentTo: request.email ?? null };
}

/** An open request past its expiry is over: the snapshot no longer names it. Returns whether anything changed. */
export function expireHandoff(state: BackendState, now: Date): boolean {
  const open = state.snapshot.handoff;
  if (!open || Date.parse(open.expiresAt) > now.getTime()) return false;
  state.snapshot = { ...state.snapshot, handoff: null };
  return true;
}
