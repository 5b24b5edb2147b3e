// "Ask a QuickBooks admin": the hand-off's steps, which the store keeps and every element reads, and when it is offered.
import type { ConnectionAdapter } from './adapter.js';
import type { ConnectionError, ErrorReason } from './errors.js';
import { reconnectHelps } from './model.js';
import type { ConnectionSnapshot } from './model.js';
import type { StoreState } from './store-state.js';

/** Refusals the contract names for the hand-off routes (409 / 429), kept apart from the transport failures. */
export const HANDOFF_REFUSALS = ['rate_limited', 'handoff_not_needed', 'not_connected'] as const;
export type HandoffRefusal = (typeof HANDOFF_REFUSALS)[number];

/** Why creating or cancelling a hand-off failed: a refusal the backend named, or a failure of the call itself. */
export type HandoffFailureReason = ErrorReason | HandoffRefusal;

export type HandoffState =
  | { name: 'idle' }
  /** `POST /connection/handoff` is under way. */
  | { name: 'creating' }
  /**
   * The new link, shown once: the backend keeps only its hash. The store forgets it when the form closes
   * (`closeHandoff()`), so it is never shown again.
   */
  | { name: 'created'; url: string; expiresAt: string; sentTo: string | null }
  /** `DELETE /connection/handoff` is under way. */
  | { name: 'cancelling' }
  /** Nothing changed. `retryAfter`: seconds until a `rate_limited` backend takes a new request (null when not said). */
  | { name: 'failed'; action: 'create' | 'cancel'; reason: HandoffFailureReason; message: string; retryAfter: number | null };

export const HANDOFF_IDLE: HandoffState = Object.freeze({ name: 'idle' });

/** The longest note the form takes (the hosted page and the email show it). */
export const HANDOFF_NOTE_MAX = 500;

/** Whether an adapter can issue hand-off links (without `createHandoff` nothing is offered). */
export function canHandoff(adapter: Pick<ConnectionAdapter, 'createHandoff'> | null | undefined): boolean {
  return typeof adapter?.createHandoff === 'function';
}

/**
 * A plausible email address: one @, something before it, a dotted domain after it, no spaces. The backend (and its
 * mail provider) has the last word; this only catches typing mistakes before a link is made.
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** The reason the hand-off state names for a failure: the backend's refusal code when it is one of ours. */
export function handoffFailureReason(error: ConnectionError): HandoffFailureReason {
  const code = error.code;
  return error.reason === 'server' && (HANDOFF_REFUSALS as readonly string[]).includes(code ?? '') ? (code as HandoffRefusal) : error.reason;
}

/** A reconnect is what the link needs: inactive, or disabled with a company, and a reconnect can cure its reason. */
export function reconnectNeeded(snapshot: ConnectionSnapshot | null | undefined): boolean {
  if (!snapshot) return false;
  const needed = snapshot.linkState === 'inactive' || (snapshot.linkState === 'disabled' && snapshot.company !== null);
  return needed && reconnectHelps(snapshot.inactiveReason);
}

/**
 * What the status line and Before You Begin show of the hand-off: nothing, the "Ask an admin" offer (after Connect
 * Account, or `first`: before it and stronger, when the user is likely not an admin), or the open request.
 */
export type HandoffOffer = 'none' | 'offer' | 'first' | 'requested';

export function handoffOffer(state: StoreState | null, adapter: Pick<ConnectionAdapter, 'createHandoff'> | null | undefined): HandoffOffer {
  const snapshot = state?.snapshot;
  if (!state || !canHandoff(adapter) || !reconnectNeeded(snapshot)) return 'none';
  if (snapshot?.handoff) return 'requested';
  return adminNeeded(state) ? 'first' : 'offer';
}

/** QuickBooks says the user who linked is no longer an admin, or Intuit refused this page's sign-in (access_denied). */
export function adminNeeded(state: StoreState): boolean {
  const flow = state.flow;
  return state.snapshot?.inactiveReason === 'admin_access_lost' || state.accessDenied || (flow.name === 'failed' && flow.reason === 'access_denied');
}

/**
 * The store's memory of a refused sign-in: set when a reconnect fails with `access_denied`, cleared once the link is
 * active again. Applied to every state change, so it needs no step of its own in the reconnect run.
 */
export function withAccessDenied(patch: Partial<StoreState>): Partial<StoreState> {
  if (patch.flow?.name === 'failed' && patch.flow.reason === 'access_denied') return { ...patch, accessDenied: true };
  if (patch.snapshot?.linkState === 'active') return { ...patch, accessDenied: false };
  return patch;
}

/**
 * A snapshot that turns a not-active link active with a link made since (a new `connectedAt`) is a reconnect that
 * finished elsewhere: a QuickBooks admin through a hand-off link, another tab. It earns the success banner like
 * one finished on this page; a link that recovered on its own (same `connectedAt`) does not.
 */
export function reconnectedElsewhere(before: ConnectionSnapshot | null, after: ConnectionSnapshot): boolean {
  return (
    before !== null &&
    before.linkState !== 'active' &&
    after.linkState === 'active' &&
    after.connectedAt !== null &&
    after.connectedAt !== before.connectedAt
  );
}
