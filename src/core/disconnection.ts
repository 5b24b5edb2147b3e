// Disconnect as a small state machine beside the reconnect flow: confirm, end the link, or say why it could not.
import type { ConnectionAdapter } from './adapter.js';
import { toConnectionError } from './errors.js';
import type { ConnectionError, ErrorReason } from './errors.js';
import type { ConnectionSnapshot } from './model.js';
import { parseSnapshot } from './schemas.js';
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

/** What the disconnection needs of its store. */
export interface DisconnectionHost {
  readonly adapter: ConnectionAdapter | null;
  readonly disconnectState: DisconnectState;
  /** A reconnect is under way: disconnecting then would race it. */
  readonly reconnectRunning: boolean;
  setDisconnectState(state: DisconnectState): void;
  /** The new snapshot after the link ended. */
  accept(snapshot: ConnectionSnapshot): void;
  /** Loads the snapshot again (after `not_connected`: the link had already ended elsewhere). */
  refresh(): Promise<void>;
  currentSnapshot(): ConnectionSnapshot | null;
  emitDone(snapshot: ConnectionSnapshot): void;
  emitCancel(): void;
  emitError(error: ConnectionError): void;
  /** Runs the adapter call under the store's deadline. */
  call<T>(what: string, run: (signal: AbortSignal) => Promise<T> | T, parent?: AbortSignal): Promise<T>;
}

/** Runs one disconnect at a time for a store; the store keeps the state so every element sees the same step. */
export class Disconnection {
  private controller: AbortController | null = null;

  constructor(private readonly host: DisconnectionHost) {}

  /** Whether the adapter can end a link at all (the Disconnect action is offered only then). */
  get supported(): boolean {
    return typeof this.host.adapter?.disconnect === 'function';
  }

  request(): void {
    const state = this.host.disconnectState.name;
    if (!this.supported || this.host.reconnectRunning || state === 'confirming' || state === 'disconnecting') return;
    this.host.setDisconnectState({ name: 'confirming' });
  }

  /** The confirmation's Disconnect (or Try again after a failure). */
  async confirm(): Promise<void> {
    const adapter = this.host.adapter;
    const state = this.host.disconnectState.name;
    if (!adapter?.disconnect || (state !== 'confirming' && state !== 'failed')) return;
    const controller = new AbortController();
    this.controller = controller;
    this.host.setDisconnectState({ name: 'disconnecting' });
    try {
      const disconnect = adapter.disconnect.bind(adapter);
      const reply = await this.host.call('ending the link', (signal) => disconnect({ signal }), controller.signal);
      const snapshot = parseSnapshot(reply);
      if (controller.signal.aborted) return;
      this.host.accept(snapshot);
      this.finish(snapshot);
    } catch (thrown) {
      if (controller.signal.aborted) return;
      const error = toConnectionError(thrown);
      if (error.code === 'not_connected') {
        // Already ended (from inside QuickBooks, or another tab): what the user asked for is true; show it.
        await this.host.refresh();
        const snapshot = this.host.currentSnapshot();
        if (snapshot) {
          this.finish(snapshot);
          return;
        }
      }
      this.host.setDisconnectState({ name: 'failed', reason: error.reason, message: error.message });
      this.host.emitError(error);
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  /**
   * Cancel, Esc, or Close after a failure: nothing is called, nothing changes. Ignored while the request runs: the
   * backend may already have ended the link, and the store's deadline bounds the wait.
   */
  cancel(): void {
    const state = this.host.disconnectState.name;
    if (state === 'idle' || state === 'done' || state === 'disconnecting') return;
    this.host.setDisconnectState(DISCONNECT_IDLE);
    // Closing a failure is not a change of mind: the error was already reported.
    if (state !== 'failed') this.host.emitCancel();
  }

  /** A later reconnect makes "disconnected" old news. */
  forget(): void {
    if (this.host.disconnectState.name === 'done') this.host.setDisconnectState(DISCONNECT_IDLE);
  }

  dispose(): void {
    this.controller?.abort();
    this.controller = null;
  }

  private finish(snapshot: ConnectionSnapshot): void {
    this.host.setDisconnectState({ name: 'done' });
    this.host.emitDone(snapshot);
  }
}
