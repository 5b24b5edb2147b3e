// The DOM events hosts hear (bubbling, composed, typed in HTMLElementEventMap), made from store events.
import type { ErrorReason } from './core/errors.js';
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
