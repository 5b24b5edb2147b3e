// The shape of a store's state and events, apart from the store so its parts can share them without a cycle.
import type { ConnectionError, ErrorReason } from './errors.js';
import type { ConnectionSnapshot, LinkState } from './model.js';
import type { AuthorizeMode, FlowState, FlowStateName } from './reconnect-flow.js';
import { DISCONNECT_IDLE, type DisconnectState } from './disconnect-state.js';
import { HANDOFF_IDLE, type HandoffFailureReason, type HandoffState } from './handoff-state.js';
import { IDLE } from './reconnect-flow.js';

/** `unconfigured`: no adapter was given; the elements render a neutral state. */
export type LoadStatus = 'unconfigured' | 'loading' | 'ready' | 'error';

export interface StoreState {
  status: LoadStatus;
  /** The last good snapshot; kept through failed refreshes so nothing the user saw is lost. */
  snapshot: ConnectionSnapshot | null;
  /** Why the last load failed, while `status` is `error`. */
  loadError: ConnectionError | null;
  flow: FlowState;
  /** The success banner stays until the user dismisses it. */
  bannerVisible: boolean;
  /** The Disconnect confirmation and its outcome. */
  disconnect: DisconnectState;
  /** The last link completed on this page was a first connection (nothing was linked before): "Connected by…". */
  firstConnection: boolean;
  /** The "ask a QuickBooks admin" form: creating, the new link, or why it failed; cancelling the open request. */
  handoff: HandoffState;
  /** Intuit refused a sign-in on this page (`access_denied`) since the link was last active: ask an admin first. */
  accessDenied: boolean;
}

/** A state with nothing under way (no flow, banner, disconnect or hand-off): a new store's, or a server render's. */
export function restingState(status: LoadStatus, snapshot: ConnectionSnapshot | null, loadError: ConnectionError | null = null): StoreState {
  return {
    status,
    snapshot,
    loadError,
    flow: IDLE,
    bannerVisible: false,
    disconnect: DISCONNECT_IDLE,
    firstConnection: false,
    handoff: HANDOFF_IDLE,
    accessDenied: false,
  };
}

export type StoreEvent =
  | { type: 'status-change'; linkState: LinkState; previous: LinkState | null; snapshot: ConnectionSnapshot }
  | { type: 'load-error'; reason: ErrorReason; message: string }
  | { type: 'reconnect-start'; mode: AuthorizeMode }
  | { type: 'reconnect-cancel'; step: FlowStateName }
  | { type: 'reconnect-success'; snapshot: ConnectionSnapshot; companySwitched: boolean }
  | { type: 'reconnect-error'; reason: ErrorReason; message: string }
  | { type: 'banner-dismiss' }
  | { type: 'disconnect'; snapshot: ConnectionSnapshot }
  | { type: 'disconnect-cancel' }
  | { type: 'disconnect-error'; reason: ErrorReason; message: string }
  | { type: 'handoff-create'; expiresAt: string; sentTo: string | null }
  | { type: 'handoff-cancel' }
  | { type: 'handoff-error'; action: 'create' | 'cancel'; reason: HandoffFailureReason; message: string };

/** What the store's parts (loading, the reconnect run) need of the store. */
export interface StoreCore {
  readonly state: StoreState;
  update(patch: Partial<StoreState>): void;
  emit(event: StoreEvent): void;
  /** Shows a snapshot, announcing a change of link state. */
  applySnapshot(snapshot: ConnectionSnapshot): void;
  /** Runs one adapter call under the store's deadline (see deadline.ts); `what` names it in a timeout message. */
  call<T>(what: string, run: (signal: AbortSignal) => Promise<T> | T, parent?: AbortSignal): Promise<T>;
}
