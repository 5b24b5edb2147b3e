// Disconnect as a small state machine beside the reconnect flow: confirm, end the link, or say why it could not. Its
// steps, which every element reads, are in disconnect-state.ts; the drop-in brings this run with the later elements
// (elements/shared/disconnection.lazy.ts), as <qbo-disconnect> is where it is asked for.
import type { ConnectionAdapter } from './adapter.js';
import { canDisconnect, DISCONNECT_IDLE } from './disconnect-state.js';
import type { DisconnectState } from './disconnect-state.js';
import { toConnectionError } from './errors.js';
import type { ConnectionError } from './errors.js';
import type { ConnectionSnapshot } from './model.js';
import { parseSnapshot } from './schemas.js';

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
    return canDisconnect(this.host.adapter);
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
