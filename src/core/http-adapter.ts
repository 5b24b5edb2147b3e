// A ConnectionAdapter that speaks the documented REST contract to the host's backend over fetch.
import type { ConnectionAdapter, RequestOptions } from './adapter.js';
import { ConnectionError, toConnectionError } from './errors.js';
import type { CompleteResult } from './model.js';
import { HISTORY_NOT_SUPPORTED } from './history-support.js';
import { companyMismatchSchema, errorBodySchema, parseAuthorizeResult, parseHandoffCreated, parseHistoryPage, parseSnapshot, parseVendorPage } from './schemas.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Static headers, or a function called before every request (for auth tokens that rotate). */
export type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface HttpAdapterOptions {
  /** Where the contract's routes live, relative ("/api/qbo") or absolute; a trailing slash is fine. */
  baseUrl: string;
  /** Defaults to the global fetch as it is when each request starts, so msw and test doubles apply. */
  fetch?: typeof fetch;
  headers?: HeadersSource;
  /** Per request, body included; 0 or a non-finite value turns the timeout off. */
  timeoutMs?: number;
  credentials?: RequestCredentials;
}

const NOT_JSON: unique symbol = Symbol('not JSON');

interface Reply {
  status: number;
  ok: boolean;
  body: unknown;
  /** The Retry-After header, for a 429 whose body does not say. */
  retryAfter: string | null;
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** Waits for a value unless the signal fires first (a headers function gets no signal of its own). */
function untilAborted<T>(value: T | Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return Promise.resolve(value);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(value)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A 2xx body as JSON, or `invalid_response`. */
function jsonOf(reply: Reply): unknown {
  if (reply.body === NOT_JSON) {
    throw new ConnectionError('invalid_response', `The backend answered ${reply.status} with a body that is not JSON.`);
  }
  return reply.body;
}

/** A non-2xx reply as a `server` error, with the backend's code and message when its body has them. */
function serverError(reply: Reply): ConnectionError {
  const parsed = reply.body === NOT_JSON ? undefined : errorBodySchema.safeParse(reply.body);
  if (parsed?.success) {
    const { error, message } = parsed.data;
    return new ConnectionError('server', message || `The backend answered ${reply.status} (${error}).`, {
      status: reply.status,
      code: error,
    });
  }
  return new ConnectionError('server', `The backend answered ${reply.status}.`, { status: reply.status });
}

export function createHttpAdapter(options: HttpAdapterOptions): ConnectionAdapter {
  const baseUrl = String(options.baseUrl ?? '').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function buildHeaders(withBody: boolean): Promise<Headers> {
    const source = options.headers;
    const headers = new Headers(typeof source === 'function' ? await source() : source);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (withBody) headers.set('Content-Type', 'application/json');
    return headers;
  }

  async function send(method: 'GET' | 'POST' | 'DELETE', path: string, body: unknown, request: RequestOptions | undefined): Promise<Reply> {
    const caller = request?.signal;
    if (caller?.aborted) throw new ConnectionError('aborted', 'The request was aborted.', { cause: caller.reason });
    const timeout = timeoutMs > 0 && Number.isFinite(timeoutMs) ? AbortSignal.timeout(timeoutMs) : undefined;
    const signals = [caller, timeout].filter((signal): signal is AbortSignal => signal !== undefined);
    const signal = signals.length > 0 ? AbortSignal.any(signals) : undefined;
    const url = `${baseUrl}${path}`;
    let headers: Headers;
    try {
      headers = await untilAborted(buildHeaders(body !== undefined), signal);
    } catch (error) {
      if (error instanceof ConnectionError) throw error;
      if (!signal?.aborted) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new ConnectionError('network', `Could not prepare the request headers: ${detail}`, { cause: error });
      }
      throw classify(error, caller, timeout, url);
    }
    try {
      // Looked up per request, and called unbound: a fetch invoked as a method of the options object is illegal.
      const fetchImpl = options.fetch ?? globalThis.fetch;
      if (typeof fetchImpl !== 'function') throw new ConnectionError('not_configured', 'No fetch implementation is available.');
      const init: RequestInit = { method, headers };
      if (signal) init.signal = signal;
      if (options.credentials) init.credentials = options.credentials;
      if (body !== undefined) init.body = JSON.stringify(body);
      // The deadline is ours, not the fetch's: a host fetch wrapper that drops the signal, or a body that never
      // ends, must still end as `timeout` (or `aborted`) at the right moment.
      const exchange = (async () => {
        const response = await fetchImpl(url, init);
        const text = await response.text();
        return { status: response.status, ok: response.ok, body: readJson(text), retryAfter: response.headers.get('Retry-After') };
      })();
      return await untilAborted(exchange, signal);
    } catch (error) {
      throw classify(error, caller, timeout, url);
    }
  }

  const adapter: ConnectionAdapter = {
    async load(request) {
      const reply = await send('GET', '/connection', undefined, request);
      if (!reply.ok) throw serverError(reply);
      return parseSnapshot(jsonOf(reply));
    },

    async authorize({ redirectUri }, request) {
      const reply = await send('POST', '/connection/authorize', { redirectUri }, request);
      if (!reply.ok) throw serverError(reply);
      return parseAuthorizeResult(jsonOf(reply));
    },

    async complete({ code, state, realmId, confirmCompanySwitch }, request): Promise<CompleteResult> {
      const body = { code, state, realmId, ...(confirmCompanySwitch === undefined ? {} : { confirmCompanySwitch }) };
      const reply = await send('POST', '/connection/complete', body, request);
      if (reply.status === 409) {
        const mismatch = companyMismatchSchema.safeParse(reply.body);
        if (mismatch.success) return { outcome: 'company_mismatch', linked: mismatch.data.linked, incoming: mismatch.data.incoming };
      }
      if (!reply.ok) throw serverError(reply);
      return { outcome: 'connected', snapshot: parseSnapshot(jsonOf(reply)) };
    },

    async vendors({ cursor, limit }, request) {
      const query = new URLSearchParams();
      if (cursor) query.set('cursor', cursor);
      query.set('limit', String(limit));
      const reply = await send('GET', `/vendors?${query}`, undefined, request);
      if (!reply.ok) throw serverError(reply);
      return parseVendorPage(jsonOf(reply));
    },

    async disconnect(request) {
      const reply = await send('DELETE', '/connection', undefined, request);
      if (!reply.ok) throw serverError(reply);
      return parseSnapshot(jsonOf(reply));
    },

    async history({ cursor, limit }, request) {
      const query = new URLSearchParams();
      if (cursor) query.set('cursor', cursor);
      query.set('limit', String(limit));
      const reply = await send('GET', `/connection/history?${query}`, undefined, request);
      // The route is optional: a backend without it answers 404, and the widget then offers no history.
      if (reply.status === 404) {
        throw new ConnectionError('server', 'The backend keeps no connection history.', { status: 404, code: HISTORY_NOT_SUPPORTED });
      }
      if (!reply.ok) throw serverError(reply);
      return parseHistoryPage(jsonOf(reply));
    },

    async createHandoff({ email, note, lang }, request) {
      const body = { ...(email ? { email } : {}), ...(note ? { note } : {}), ...(lang ? { lang } : {}) };
      const reply = await send('POST', '/connection/handoff', body, request);
      if (!reply.ok) throw handoffError(reply);
      return parseHandoffCreated(jsonOf(reply));
    },

    async cancelHandoff(request) {
      const reply = await send('DELETE', '/connection/handoff', undefined, request);
      if (!reply.ok) throw handoffError(reply);
      return parseSnapshot(jsonOf(reply));
    },
  };
  // Even a caller passing a malformed request (from plain JavaScript) gets a ConnectionError, never a TypeError.
  const guard =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      method(...args).catch((error: unknown) => Promise.reject(toConnectionError(error)));
  return {
    load: guard(adapter.load),
    authorize: guard(adapter.authorize),
    complete: guard(adapter.complete),
    vendors: guard(adapter.vendors),
    disconnect: guard(adapter.disconnect!),
    history: guard(adapter.history!),
    createHandoff: guard(adapter.createHandoff!),
    cancelHandoff: guard(adapter.cancelHandoff!),
  };
}

/**
 * A refused hand-off call: a 429 is `rate_limited` whatever its body says, with `retryAfter` in seconds from the body
 * or the Retry-After header; a 409 keeps the backend's code (`handoff_not_needed`, `not_connected`). The store names
 * the failure by that code (see handoff-state.ts).
 */
function handoffError(reply: Reply): ConnectionError {
  const error = serverError(reply);
  if (reply.status !== 429) return error;
  const body = reply.body as { retryAfter?: unknown } | null;
  const fromBody = typeof body === 'object' && body !== null ? Number(body.retryAfter) : NaN;
  const fromHeader = reply.retryAfter !== null && /^\d+$/.test(reply.retryAfter.trim()) ? Number(reply.retryAfter) : NaN;
  const seconds = Number.isFinite(fromBody) && fromBody >= 0 ? fromBody : Number.isFinite(fromHeader) ? fromHeader : undefined;
  return new ConnectionError('server', error.message, {
    status: 429,
    code: 'rate_limited',
    ...(seconds === undefined ? {} : { retryAfter: seconds }),
  });
}

/** Names a failed exchange: the caller's abort wins over the timeout, and anything else is the network. */
function classify(error: unknown, caller: AbortSignal | undefined, timeout: AbortSignal | undefined, url: string): ConnectionError {
  if (error instanceof ConnectionError) return error;
  if (caller?.aborted) return new ConnectionError('aborted', 'The request was aborted.', { cause: error });
  if (timeout?.aborted) return new ConnectionError('timeout', `No reply from ${url} in time.`, { cause: error });
  return new ConnectionError('network', `Could not reach ${url}.`, { cause: error });
}
