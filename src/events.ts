// The DOM events hosts hear (bubbling, composed, typed in HTMLElementEventMap), made from store events.
import type { ErrorReason } from './core/errors.js';
import type { HandoffFailureReason } from './core/handoff-state.js';
import type { ConnectionSnapshot, LinkState } from './core/model.js';
import type { AuthorizeMode, FlowStateName } from './core/reconnect-flow.js';
import type { StoreEvent } from './core/store.js';

export interface QboStatusChangeDetail {
  linkState: LinkState;
  previous: LinkState | null;
  snapshot: ConnectionSnapshot;
}
export interface QboReconnectStartDetail {
  mode: AuthorizeMode;
}
export interface QboReconnectCancelDetail {
  /** The step the user left: `confirming`, `authorizing`, `completing` or `confirming-company-switch`. */
  step: FlowStateName;
}
export interface QboReconnectSuccessDetail {
  snapshot: ConnectionSnapshot;
  companySwitched: boolean;
}
export interface QboErrorDetail {
  reason: ErrorReason;
  message: string;
}

export interface QboDisconnectDetail {
  /** The new snapshot: `disabled`, reason `manually_disabled`; company and sync history are kept. */
  snapshot: ConnectionSnapshot;
}

/**
 * A hand-off link was made ("Ask a QuickBooks admin"). The link's URL is left out on purpose: it is a bearer link
 * (whoever holds it can reconnect the company), so it is shown once in the form and never handed to page code
 * that may log or forward events. A host that mails links does so in its backend (`sendHandoff`), where it has it.
 */
export interface QboHandoffCreateDetail {
  /** ISO 8601: the link stops working then. */
  expiresAt: string;
  /** The address the backend mailed the link to, or null when it was only shown to copy. */
  sentTo: string | null;
}
export interface QboHandoffErrorDetail {
  /** What failed: making a link, or cancelling the open request. */
  action: 'create' | 'cancel';
  /** `rate_limited`, `handoff_not_needed`, `not_connected`, or a failure of the call (`network`, `timeout`…). */
  reason: HandoffFailureReason;
  message: string;
}

export interface QboEventMap {
  'qbo-status-change': CustomEvent<QboStatusChangeDetail>;
  'qbo-load-error': CustomEvent<QboErrorDetail>;
  'qbo-reconnect-start': CustomEvent<QboReconnectStartDetail>;
  'qbo-reconnect-cancel': CustomEvent<QboReconnectCancelDetail>;
  'qbo-reconnect-success': CustomEvent<QboReconnectSuccessDetail>;
  'qbo-reconnect-error': CustomEvent<QboErrorDetail>;
  'qbo-banner-dismiss': CustomEvent<Record<string, never>>;
  'qbo-disconnect': CustomEvent<QboDisconnectDetail>;
  'qbo-disconnect-cancel': CustomEvent<Record<string, never>>;
  'qbo-disconnect-error': CustomEvent<QboErrorDetail>;
  'qbo-handoff-create': CustomEvent<QboHandoffCreateDetail>;
  'qbo-handoff-cancel': CustomEvent<Record<string, never>>;
  'qbo-handoff-error': CustomEvent<QboHandoffErrorDetail>;
}

declare global {
  interface HTMLElementEventMap extends QboEventMap {}
}

/** Every event name in QboEventMap, in the order the docs list them: for code that listens to all of them. */
export const qboEventNames = [
  'qbo-status-change',
  'qbo-load-error',
  'qbo-reconnect-start',
  'qbo-reconnect-cancel',
  'qbo-reconnect-success',
  'qbo-reconnect-error',
  'qbo-banner-dismiss',
  'qbo-disconnect',
  'qbo-disconnect-cancel',
  'qbo-disconnect-error',
  'qbo-handoff-create',
  'qbo-handoff-cancel',
  'qbo-handoff-error',
] as const satisfies ReadonlyArray<keyof QboEventMap>;

// Fails to compile when QboEventMap gains an event this list lacks, so no listener of every event misses it.
type UnlistedEvent = Exclude<keyof QboEventMap, (typeof qboEventNames)[number]>;
const everyEventListed: [UnlistedEvent] extends [never] ? true : UnlistedEvent = true;
void everyEventListed;

/** The DOM event for a store event: `reconnect-start` → `qbo-reconnect-start`, detail without `type`. */
export function toDomEvent(event: StoreEvent): CustomEvent {
  const { type, ...detail } = event;
  return new CustomEvent(`qbo-${type}`, { bubbles: true, composed: true, detail });
}
