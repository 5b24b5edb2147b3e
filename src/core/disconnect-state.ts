// The disconnect's steps, which the store keeps and every element reads; the run that moves them is disconnection.ts.
import type { ConnectionAdapter } from './adapter.js';
import type { ErrorReason } from './errors.js';
import type { StoreState } from './store-state.js';

export type DisconnectState =
  | { name: 'idle' }
  /** "Disconnect QuickBooks?" is on screen. */
  | { name: 'confirming' }
  /** `DELETE /connection` is under way. */
  | { name: 'disconnecting' }
  /** The backend could not end the link; nothing changed. */
  | { name: 'failed'; reason: ErrorReason; message: string }
  /** The link ended; the snapshot says `disabled` / `manually_disabled`. */
  | { name: 'done' };

export const DISCONNECT_IDLE: DisconnectState = Object.freeze({ name: 'idle' });

/**
 * Whether a Disconnect confirmation (or its progress, or its failure) needs the screen. Takes the store state, like
 * every selector, or its `disconnect` step alone.
 */
export function isDisconnectOpen(source: StoreState | DisconnectState | null | undefined): boolean {
  const state = source && 'disconnect' in source ? source.disconnect : source;
  return state?.name === 'confirming' || state?.name === 'disconnecting' || state?.name === 'failed';
}

/** Whether an adapter can end a link at all (the Disconnect action is offered only then). */
export function canDisconnect(adapter: ConnectionAdapter | null): boolean {
  return typeof adapter?.disconnect === 'function';
}
