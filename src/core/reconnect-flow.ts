// The reconnect flow as a pure state machine: which step the user is on (here) and which steps may follow
// (reconnect-transition.ts). Side effects (popup, adapter calls) live in the store.
import type { Company } from './model.js';
import type { ErrorReason } from './errors.js';

export type AuthorizeMode = 'popup' | 'redirect';

export type FlowState =
  | { name: 'idle' }
  /** "Are you sure to Reconnect?" is on screen. */
  | { name: 'confirming' }
  /** Intuit sign-in is open (popup) or the page is leaving for it (redirect). */
  /**
   * `detached`: the popup's handle was lost (see OAuthWindow); `retryOffered`: detached long enough that the window
   * may simply be gone, so the dialog offers to start the sign-in again.
   */
  | { name: 'authorizing'; mode: AuthorizeMode; detached?: true; retryOffered?: true }
  /** Intuit answered; the host backend is exchanging the code. */
  | { name: 'completing' }
  /** Intuit returned a company other than the linked one: a second, explicit Yes is needed. */
  | { name: 'confirming-company-switch'; linked: Company; incoming: Company }
  | { name: 'succeeded' }
  /** `kept`: the user said No to a company switch, so this company stays linked and nothing changed. */
  | { name: 'cancelled'; kept?: Company }
  /** `description`: Intuit's own reason for a refused sign-in, when it gave one. */
  | { name: 'failed'; reason: ErrorReason; message: string; description?: string };

export type FlowStateName = FlowState['name'];

export type FlowEvent =
  | { type: 'request' }
  | { type: 'confirm'; mode: AuthorizeMode }
  /** The popup's handle was lost to the sign-in page's opener policy; it may still be open, so sign-in goes on. */
  | { type: 'detach' }
  /** Detached for a while with no answer: offer "Sign-in window closed? Try again" (the wait goes on meanwhile). */
  | { type: 'offer-retry' }
  /** The page came back from Intuit in redirect mode: the flow picks up where the previous page left it. */
  | { type: 'resume' }
  | { type: 'callback' }
  | { type: 'company-mismatch'; linked: Company; incoming: Company }
  | { type: 'confirm-company-switch' }
  | { type: 'succeed' }
  | { type: 'cancel' }
  | { type: 'fail'; reason: ErrorReason; message: string; description?: string }
  | { type: 'reset' };

export const IDLE: FlowState = Object.freeze({ name: 'idle' });

/** True while a flow is under way: a second request is ignored (one flow at a time). */
export function isRunning(state: FlowState): boolean {
  return state.name === 'confirming' || state.name === 'authorizing' || state.name === 'completing' || state.name === 'confirming-company-switch';
}

/** True where the flow has ended and a new one may start. */
export function isSettled(state: FlowState): boolean {
  return !isRunning(state);
}
