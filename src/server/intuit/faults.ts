// The one table from Intuit's answers to what they mean for a link: the inactive reason, whether the grant is kept
// (so a later probe can find it working again), a forced refresh, or a transient failure that changes nothing.
import { z } from 'zod';
import type { InactiveReason } from '../../core/model.js';
import { intuitTid } from './retry.js';

/** What Intuit answered, reduced to what the table looks at. */
export type IntuitAnswer =
  /** The token endpoint said invalid_grant; `lapsed` when the stored credentialsExpireAt has passed. */
  | { kind: 'invalid_grant'; lapsed: boolean }
  /** A QuickBooks API reply that was not a success, with the fault codes of its body (none when unreadable). */
  | { kind: 'api'; status: number; codes: number[] }
  /** No reply at all (network failure, timeout), or 5xx/429 after the retries a call allows. */
  | { kind: 'unavailable'; status: number | null };

export type AnswerOutcome =
  | { action: 'inactive'; reason: InactiveReason; keepGrant: boolean }
  /** The access token may just have ended early: refresh once; only invalid_grant from that refresh ends the link. */
  | { action: 'refresh' }
  /** Never makes a link inactive; tried again later. `throttled`: Intuit asked to wait (429, 60 s). */
  | { action: 'transient'; throttled: boolean }
  /** Not about the link (a host's own malformed query, say): passed back to the caller untouched. */
  | { action: 'none' };

interface AnswerRule {
  /** Intuit's answer in words, for the docs and for reading this table. */
  answer: string;
  matches(answer: IntuitAnswer): boolean;
  outcome: AnswerOutcome;
}

const api = (status: number | null, code: number) => (answer: IntuitAnswer) =>
  answer.kind === 'api' && (status === null || answer.status === status) && answer.codes.includes(code);
const inactive = (reason: InactiveReason, keepGrant: boolean): AnswerOutcome => ({ action: 'inactive', reason, keepGrant });

/** First match wins. Keep docs/keeping-links-alive.md's reasons table in step with this one. */
export const INTUIT_ANSWERS: readonly AnswerRule[] = [
  {
    answer: 'invalid_grant after credentialsExpireAt (rolling 100-day or 5-year limit passed)',
    matches: (a) => a.kind === 'invalid_grant' && a.lapsed,
    outcome: inactive('expired_credentials', false),
  },
  { answer: 'invalid_grant (grant revoked, or a rotated refresh token lost)', matches: (a) => a.kind === 'invalid_grant', outcome: inactive('revoked', false) },
  { answer: 'HTTP 401, fault 120 (AuthorizationFailure: the user is no longer an admin)', matches: api(401, 120), outcome: inactive('admin_access_lost', true) },
  { answer: 'fault 6190 (Invalid Company Status: subscription lapsed)', matches: api(null, 6190), outcome: inactive('subscription_inactive', true) },
  { answer: 'HTTP 403, fault 3100 (ApplicationAuthorizationFailed)', matches: api(403, 3100), outcome: inactive('app_not_authorized', true) },
  { answer: 'HTTP 401, fault 3200 or no readable fault (AuthenticationFailed)', matches: (a) => a.kind === 'api' && a.status === 401, outcome: { action: 'refresh' } },
  {
    answer: 'HTTP 429 (throttled; Intuit asks for 60 s)',
    matches: (a) => (a.kind === 'api' || a.kind === 'unavailable') && a.status === 429,
    outcome: { action: 'transient', throttled: true },
  },
  {
    answer: 'HTTP 5xx, or no reply',
    matches: (a) => a.kind === 'unavailable' || (a.kind === 'api' && a.status >= 500),
    outcome: { action: 'transient', throttled: false },
  },
];

export function judgeIntuitAnswer(answer: IntuitAnswer): AnswerOutcome {
  return INTUIT_ANSWERS.find((rule) => rule.matches(answer))?.outcome ?? { action: 'none' };
}

/** Reasons whose grant stays stored: the same tokens work again once the cause is fixed, which a probe finds out. */
export const GRANT_KEPT_REASONS: readonly InactiveReason[] = INTUIT_ANSWERS.flatMap((rule) =>
  rule.outcome.action === 'inactive' && rule.outcome.keepGrant ? [rule.outcome.reason] : [],
);

export const keepsGrant = (reason: InactiveReason | null): boolean => reason !== null && GRANT_KEPT_REASONS.includes(reason);

/** How long a realm is left alone after Intuit answered 429. */
export const THROTTLE_WAIT_MS = 60_000;

// QuickBooks faults: `{ Fault: { Error: [{ code, Message, Detail }], type } }`; authentication faults come in lower
// case (`{ fault: { error: [{ code, message, detail }] } }`). Codes are strings, sometimes zero-padded ("003100").
const faultError = z.object({ code: z.union([z.string(), z.number()]).optional(), Message: z.string().optional(), message: z.string().optional() });
const faultBody = z.union([
  z.object({ Fault: z.object({ Error: z.array(faultError), type: z.string().optional() }) }),
  z.object({ fault: z.object({ error: z.array(faultError), type: z.string().optional() }) }),
]);

/** The fault codes of a QuickBooks error reply; an unreadable body (not JSON, another shape) gives none. */
export async function readFaultCodes(response: Response): Promise<number[]> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return [];
  }
  const parsed = faultBody.safeParse(body);
  if (!parsed.success) return [];
  const errors = 'Fault' in parsed.data ? parsed.data.Fault.Error : parsed.data.fault.error;
  return errors.flatMap((error) => {
    const fromMessage = /errorCode=(\d+)/.exec(error.Message ?? error.message ?? '')?.[1];
    const code = Number(error.code ?? fromMessage);
    return Number.isInteger(code) ? [code] : [];
  });
}

/** Reads an API reply that was not a success into an answer (the body of a clone, so the caller keeps its own). */
export async function apiAnswer(response: Response): Promise<IntuitAnswer & { kind: 'api' }> {
  return { kind: 'api', status: response.status, codes: await readFaultCodes(response.clone()) };
}

/**
 * An Intuit call that failed, as the server logs it (through `onError`): the call, the status, the fault code or
 * OAuth error, what it did to the link, and Intuit's `intuit_tid` for Intuit support. Built from those fields only,
 * never from a body or a header that could hold a token.
 */
export class IntuitCallFailure extends Error {
  override readonly name = 'IntuitCallFailure';
  constructor(
    readonly details: {
      call: string;
      tenantId: string | null;
      status: number | null;
      /** Fault codes, or the OAuth error (invalid_grant). */
      code: string | null;
      intuitTid: string | null;
      /** What the server made of it: a reason, 'refresh', 'transient', or 'returned to caller'. */
      outcome: string;
    },
  ) {
    const { call, tenantId, status, code, intuitTid: tid, outcome } = details;
    const answer = [status === null ? 'no reply' : `HTTP ${status}`, code].filter(Boolean).join(' ');
    super(`${call}${tenantId ? ` for tenant ${tenantId}` : ''}: ${answer} → ${outcome} (intuit_tid ${tid ?? 'none'})`);
  }
}

export type IntuitFailureReporter = (failure: IntuitCallFailure) => void;

/** The reply's tid, for callers that hold a Response. */
export { intuitTid };
