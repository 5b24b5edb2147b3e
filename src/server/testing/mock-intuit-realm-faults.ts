// Faults the mock QuickBooks API plays for one company (realm) until told otherwise: the answers that name an inactive
// reason (fault 120, 6190, 3100) and the transient ones (429, 503), as Intuit sends them.
import { authorizationFault, type ApiReply } from './mock-intuit-api.js';

export type RealmFaultKind = 'admin_access_lost' | 'subscription_inactive' | 'app_not_authorized' | 'throttled' | 'unavailable';

const fault = (status: number, code: string, message: string, detail: string, type: string, time: string): ApiReply => ({
  status,
  body: { Fault: { Error: [{ Message: message, Detail: detail, code }], type }, time },
});

const REPLIES: Record<RealmFaultKind, (time: string) => ApiReply> = {
  // The QuickBooks user who connected is no longer an admin: the token is fine, the API refuses.
  admin_access_lost: (time) =>
    fault(401, '120', 'message=AuthorizationFailure; errorCode=120; statusCode=401', '-11014-You do not have access to use QuickBooks Online. Please contact your administrator.', 'AUTHORIZATION', time),
  subscription_inactive: (time) =>
    fault(400, '6190', 'Invalid Company Status', 'The account period has expired or the subscription is not active; the company cannot be accessed.', 'ValidationFault', time),
  app_not_authorized: (time) => authorizationFault(time),
  throttled: (time) => fault(429, '003001', 'message=ThrottleExceeded; errorCode=003001; statusCode=429', 'The request limit was reached; wait 60 seconds.', 'SERVICE', time),
  unavailable: (time) => fault(503, '10000', 'An application error has occurred while processing your request', 'System Failure Error: service unavailable (mock)', 'SystemFault', time),
};

export class RealmFaults {
  readonly #faults = new Map<string, RealmFaultKind>();

  set(realmId: string, kind: RealmFaultKind | null): void {
    if (kind === null) this.#faults.delete(realmId);
    else if (kind in REPLIES) this.#faults.set(realmId, kind);
    else throw new TypeError(`Unknown realm fault: ${String(kind)}`);
  }

  clear(): void {
    this.#faults.clear();
  }

  /** The fault reply for an API call on this realm (after the token was accepted), or null to answer normally. */
  reply(realmId: string, time: string): ApiReply | null {
    const kind = this.#faults.get(realmId);
    return kind ? REPLIES[kind](time) : null;
  }
}
