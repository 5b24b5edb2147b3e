// Bounded retries with exponential backoff for the Intuit calls that may be repeated (never a code exchange).
import { IntuitUnavailableError } from '../errors.js';

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  attempts: number;
  /** Delay before the second attempt; doubled for each further one. */
  baseDelayMs: number;
  /** Per-attempt time limit. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, timeoutMs: 15_000 };

/** Statuses where Intuit is busy or broken rather than refusing: worth another try. */
export function isTransient(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Runs `attempt` until it yields a non-transient Response; network failures and 429/5xx are retried, then turned
 * into IntuitUnavailableError. A Retry-After of a few seconds is honoured; longer ones are not waited for.
 */
export async function withRetry(
  what: string,
  policy: RetryPolicy,
  attempt: (signal: AbortSignal) => Promise<Response>,
  { retryable = isTransient, retryFailures = true }: { retryable?: (status: number) => boolean; retryFailures?: boolean } = {},
): Promise<Response> {
  let last: unknown;
  for (let i = 0; i < policy.attempts; i++) {
    if (i > 0) await sleep(backoff(policy, i, last));
    try {
      const response = await attempt(AbortSignal.timeout(policy.timeoutMs));
      if (!retryable(response.status)) return response;
      await response.body?.cancel();
      last = response;
    } catch (error) {
      if (error instanceof IntuitUnavailableError) throw error;
      last = error;
      // A request that may have reached Intuit and is not safe to repeat ends at its first failure.
      if (!retryFailures) break;
    }
  }
  const detail = last instanceof Response ? `HTTP ${last.status}` : 'no reply';
  const reply = last instanceof Response ? { status: last.status, intuitTid: intuitTid(last) } : { cause: last };
  throw new IntuitUnavailableError(`Intuit ${what} failed (${detail}).`, reply);
}

/** Intuit's transaction id of a reply (every Intuit reply carries one); what Intuit support asks for. */
export function intuitTid(response: Response): string | null {
  return response.headers.get('intuit_tid');
}

function backoff(policy: RetryPolicy, attempt: number, last: unknown): number {
  const base = policy.baseDelayMs * 2 ** (attempt - 1);
  const retryAfter = last instanceof Response ? Number(last.headers.get('retry-after')) : NaN;
  return Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 5_000) : base;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
