// The named failures of the core: every failure an element can show is one of these reasons.

export type ErrorReason =
  | 'popup_blocked'
  | 'popup_closed'
  | 'access_denied'
  | 'state_mismatch'
  | 'timeout'
  | 'network'
  | 'invalid_response'
  | 'server'
  | 'not_configured'
  | 'aborted';

export const ERROR_REASONS: readonly ErrorReason[] = [
  'popup_blocked',
  'popup_closed',
  'access_denied',
  'state_mismatch',
  'timeout',
  'network',
  'invalid_response',
  'server',
  'not_configured',
  'aborted',
];

export interface ConnectionErrorInit {
  /** HTTP status, for `server` errors. */
  status?: number;
  /** The backend's own error code, for `server` errors. */
  code?: string;
  /** Intuit's own words for a refused sign-in (its `error_description`), shown to the user as given. */
  description?: string;
  /** For a `rate_limited` refusal: seconds until the backend accepts the request again. */
  retryAfter?: number;
  cause?: unknown;
}

/** A typed failure: `reason` is what the UI names, `message` is for logs and hosts. */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
  readonly reason: ErrorReason;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly description: string | undefined;
  readonly retryAfter: number | undefined;

  constructor(reason: ErrorReason, message: string, init: ConnectionErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = reason;
    this.status = init.status;
    this.code = init.code;
    this.description = init.description;
    this.retryAfter = init.retryAfter;
  }
}

export function isConnectionError(value: unknown): value is ConnectionError {
  return value instanceof ConnectionError;
}

/**
 * Whatever was thrown, as a ConnectionError: unknown throws from a host's adapter become `server`. Total: a
 * host's adapter may reject with anything (an object without a prototype, a Proxy whose traps throw, an object
 * whose `toString` throws), and none of it may escape as a second error.
 */
export function toConnectionError(value: unknown, fallback: ErrorReason = 'server'): ConnectionError {
  try {
    if (value instanceof ConnectionError) return value;
    if (value instanceof DOMException && value.name === 'AbortError') {
      return new ConnectionError('aborted', 'The request was aborted.', { cause: value });
    }
    if (value instanceof DOMException && value.name === 'TimeoutError') {
      return new ConnectionError('timeout', 'The request timed out.', { cause: value });
    }
  } catch {
    // A Proxy can throw from instanceof; it is then no error of ours.
  }
  return new ConnectionError(fallback, describe(value) || 'Unexpected failure.', { cause: value });
}

/** A message for any thrown value, or '' when reading one throws. */
function describe(value: unknown): string {
  try {
    if (value instanceof Error) return typeof value.message === 'string' ? value.message : '';
    if (typeof value === 'object' && value !== null) {
      const message: unknown = (value as { message?: unknown }).message;
      if (typeof message === 'string') return message;
    }
    return String(value);
  } catch {
    return '';
  }
}
