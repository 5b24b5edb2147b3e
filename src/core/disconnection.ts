// Disconnect as a small state machine beside the reconnect flow: confirm, end the link, or say why it could not. Its
// steps, which every element reads, are in disconnect-state.ts; the drop-in brings this run with the later elements
// (elements/shared/disconnection.lazy.ts), as <qbo-disconnect> is where it is asked for.
import type { ConnectionAdapter } from './adapter.js';
import { canDisconnect, DISCONNECT_IDLE } from './disconnect-state.js';
import type { DisconnectState } from './disconnect-state.js';
import { toConnectionError } from './errors.js';
import type { ConnectionSnapshot } from './model.js';
import { isRunning } from './reconnect-flow.js';
import { parseSnapshot } from './schemas.js';
import type { StoreCore } from './store-state.js';

/** What the disconnection needs beyond the store's state, events and deadline. */
export interface DisconnectionHost {
  readonly adapter: ConnectionAdapter | null;
  /** The new snapshot after the link ended. */
  accept(snapshot: ConnectionSnapshot): void;
  /** Loads the snapshot again (after `not_connected`: the link had already ended elsewhere). */
  refresh(): Promise<void>;
}

/** Runs one disconnect at a time for a store; the store keeps the state so every element sees the same step. */
export class Disconnection {
  private controller: AbortController | null = null;

  constructor(
    private readonly core: StoreCore,
    private readonly host: DisconnectionHost,
  ) {}

  private get step(): DisconnectState['name'] {
    return this.core.state.disconnect.name;
  }

  private set(disconnect: DisconnectState): void {
    this.core.update({ disconnect });
  }

  /** Whether the adapter can end a link at all (the Disconnect action is offered only then). */
  get supported(): boolean {
    return canDisconnect(this.host.adapter);
  }

  request(): void {
    const state = this.step;
    // A reconnect under way would race it.
    if (!this.supported || isRunning(this.core.state.flow) || state === 'confirming' || state === 'disconnecting') return;
    this.set({ name: 'confirming' });
  }

  /** The confirmation's Disconnect (or Try again after a failure). */
  async confirm(): Promise<void> {
    const adapter = this.host.adapter;
    const state = this.step;
    if (!adapter?.disconnect || (state !== 'confirming' && state !== 'failed')) return;
    const controller = new AbortController();
    this.controller = controller;
    this.set({ name: 'disconnecting' });
    try {
      const disconnect = adapter.disconnect.bind(adapter);
      const reply = await this.core.call('ending the link', (signal) => disconnect({ signal }), controller.signal);
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
        const snapshot = this.core.state.snapshot;
        if (snapshot) {
          this.finish(snapshot);
          return;
        }
      }
      this.set({ name: 'failed', reason: error.reason, message: error.message });
      this.core.emit({ type: 'disconnect-error', reason: error.reason, message: error.message });
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  /**
   * Cancel, Esc, or Close after a failure: nothing is called, nothing changes. Ignored while the request runs: the
   * backend may already have ended the link, and the store's deadline bounds the wait.
   */
  cancel(): void {
    const state = this.step;
    if (state === 'idle' || state === 'done' || state === 'disconnecting') return;
    this.set(DISCONNECT_IDLE);
    // Closing a failure is not a change of mind: the error was already reported.
    if (state !== 'failed') this.core.emit({ type: 'disconnect-cancel' });
  }

  /** A later reconnect makes "disconnected" old news. */
  forget(): void {
    if (this.step === 'done') this.set(DISCONNECT_IDLE);
  }

  dispose(): void {
    this.controller?.abort();
    this.controller = null;
  }

  private finish(snapshot: ConnectionSnapshot): void {
    this.set({ name: 'done' });
    this.core.emit({ type: 'disconnect', snapshot });
  }
}
