// The named outcomes the server half can end in, and the one table that maps them to the REST contract's replies.

/** Every error code the contract names (docs/backend.md, "REST contract"). */
export type QboErrorCode =
  | 'invalid_request'
  | 'redirect_uri_not_allowed'
  | 'invalid_state'
  | 'invalid_grant'
  | 'realm_not_authorized'
  | 'unauthenticated'
  | 'forbidden_origin'
  | 'code_used'
  | 'company_mismatch'
  | 'not_connected'
  | 'handoff_not_needed'
  | 'not_found'
  | 'rate_limited'
  | 'intuit_unavailable';

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 429 | 502;

const STATUS: Record<QboErrorCode, ErrorStatus> = {
  invalid_request: 400,
  redirect_uri_not_allowed: 400,
  invalid_state: 400,
  invalid_grant: 400,
  realm_not_authorized: 400,
  unauthenticated: 401,
  forbidden_origin: 403,
  code_used: 409,
  company_mismatch: 409,
  not_connected: 409,
  handoff_not_needed: 409,
  not_found: 404,
  rate_limited: 429,
  intuit_unavailable: 502,
};

/** A refusal the contract names; `extra` fields are merged into the reply body (company_mismatch uses them). */
export class QboServerError extends Error {
  override readonly name = 'QboServerError';
  readonly status: ErrorStatus;
  constructor(
    readonly code: QboErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

/** Intuit kept failing (5xx, 429, network, malformed reply) after the retries a call allows. */
export class IntuitUnavailableError extends QboServerError {
  /** Intuit's `intuit_tid` of the last reply, for Intuit support; null when no reply came. */
  readonly intuitTid: string | null;
  /** The last reply's HTTP status; null when no reply came. */
  readonly intuitStatus: number | null;
  constructor(message: string, options?: { cause?: unknown; intuitTid?: string | null; status?: number | null }) {
    super('intuit_unavailable', message);
    if (options?.cause !== undefined) this.cause = options.cause;
    this.intuitTid = options?.intuitTid ?? null;
    this.intuitStatus = options?.status ?? null;
  }
}

/** Intuit answered `invalid_grant`: the code or refresh token is gone; retrying cannot help. */
export class InvalidGrantError extends QboServerError {
  constructor(
    message = 'Intuit refused the grant (invalid_grant).',
    /** Intuit's `intuit_tid` of the refusal, for Intuit support. */
    readonly intuitTid: string | null = null,
  ) {
    super('invalid_grant', message);
  }
}

/** The tenant has no active connection, so no access token can be produced. */
export class NotConnectedError extends QboServerError {
  constructor(message = 'This tenant has no active QuickBooks connection.') {
    super('not_connected', message);
  }
}
