// The mock Intuit's bookkeeping: injected faults (taken and answered per request) and the call counters and log tests read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticationFault } from './mock-intuit-api.js';
import { sendJson, sleep } from './mock-intuit-http.js';
import type { CallLogEntry, FaultEndpoint, FaultSpec, MockIntuitCalls } from './mock-intuit-types.js';

export const emptyCalls = (): MockIntuitCalls => ({
  authorize: 0,
  token: { authorization_code: 0, refresh_token: 0, other: 0 },
  revoke: 0,
  companyInfo: 0,
  query: 0,
  log: [],
});

/** Zeroes the counters and empties the log in place: a test may hold on to calls or calls.token. */
export function clearCalls(calls: MockIntuitCalls): void {
  const fresh = emptyCalls();
  Object.assign(calls.token, fresh.token);
  calls.log.length = 0;
  calls.authorize = calls.revoke = calls.companyInfo = calls.query = 0;
}

export function logCall(
  calls: MockIntuitCalls,
  at: string,
  request: IncomingMessage,
  endpoint: CallLogEntry['endpoint'],
  status: number,
  grantType?: string,
  intuitTid?: unknown,
): void {
  calls.log.push({
    at,
    method: request.method ?? 'GET',
    path: (request.url ?? '/').split('?')[0] ?? '/',
    endpoint,
    status,
    ...(grantType ? { grantType } : {}),
    ...(typeof intuitTid === 'string' ? { intuitTid } : {}),
  });
}

export class FaultBook {
  private faults: Array<FaultSpec & { left: number }> = [];

  constructor(private readonly time: () => string) {}

  add(spec: FaultSpec): void {
    this.faults.push({ ...spec, left: spec.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first live fault for the endpoint (and authorization, when the fault names one), counting one use of it. */
  take(endpoint: FaultEndpoint, state: string | null = null): FaultSpec | null {
    const found = this.faults.find((fault) => fault.endpoint === endpoint && fault.left > 0 && (fault.state === undefined || fault.state === state));
    if (!found) return null;
    found.left--;
    this.faults = this.faults.filter((fault) => fault.left > 0);
    return found;
  }

  /** Answers a fault that replaces the reply (its status), or null to answer normally ('slow' only waits). */
  async apply(endpoint: FaultEndpoint, response: ServerResponse, malformed: () => unknown, state: string | null = null): Promise<number | null> {
    const fault = this.take(endpoint, state);
    if (!fault) return null;
    switch (fault.kind) {
      case 'slow':
        await sleep(fault.delayMs ?? 2000);
        return null;
      case '5xx':
        sendJson(response, 503, { error: 'server_error', error_description: 'Service Unavailable (mock fault)' });
        return 503;
      case '429':
        sendJson(response, 429, { error: 'too_many_requests', error_description: 'Throttled (mock fault)' });
        return 429;
      case 'malformed':
        sendJson(response, 200, malformed());
        return 200;
      case 'invalid_grant':
        if (endpoint === 'companyinfo' || endpoint === 'query') {
          const reply = authenticationFault(this.time());
          sendJson(response, reply.status, reply.body, reply.headers);
          return reply.status;
        }
        sendJson(response, 400, { error: 'invalid_grant', error_description: 'Token invalid (mock fault)' });
        return 400;
    }
  }
}
