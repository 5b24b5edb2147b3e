// The store's loading: one shared load, refreshes that supersede older replies, and snapshots the adapter pushes.
import type { ConnectionAdapter } from './adapter.js';
import { toConnectionError } from './errors.js';
import type { ConnectionSnapshot } from './model.js';
import { parseSnapshot } from './schemas.js';
import type { StoreCore } from './store-state.js';

export class SnapshotLoader {
  private loadPromise: Promise<void> | null = null;
  private controller: AbortController | null = null;
  /** Bumped by every load, push and newer snapshot; a reply from an older generation is stale and dropped. */
  private generation = 0;

  constructor(
    private readonly adapter: ConnectionAdapter | null,
    private readonly core: StoreCore,
  ) {}

  /** Loads the snapshot once; concurrent and later callers share that one request. */
  load(): Promise<void> {
    if (!this.adapter) return Promise.resolve();
    if (this.loadPromise) return this.loadPromise;
    if (this.core.state.status === 'ready') return Promise.resolve();
    return this.refresh();
  }

  /** Asks the backend again; a reply still in flight from an earlier load is aborted and ignored. */
  refresh(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return Promise.resolve();
    this.controller?.abort();
    const controller = new AbortController();
    const generation = ++this.generation;
    this.controller = controller;
    if (this.core.state.status !== 'ready') this.core.update({ status: 'loading' });
    const promise = (async () => {
      try {
        const reply = await this.core.call('loading the connection status', (signal) => adapter.load({ signal }), controller.signal);
        const snapshot = parseSnapshot(reply);
        if (generation !== this.generation) return;
        this.core.update({ status: 'ready', loadError: null });
        this.core.applySnapshot(snapshot);
      } catch (thrown) {
        if (generation !== this.generation) return;
        const error = toConnectionError(thrown);
        // The last good snapshot stays on screen; the failure is named beside it.
        this.core.update({ status: 'error', loadError: error });
        this.core.emit({ type: 'load-error', reason: error.reason, message: error.message });
      } finally {
        if (this.controller === controller) {
          this.controller = null;
          this.loadPromise = null;
        }
      }
    })();
    this.loadPromise = promise;
    return promise;
  }

  /** A snapshot from elsewhere (a completed reconnect, a disconnect, a push) is newer than any load in flight. */
  supersede(): void {
    this.generation++;
    this.controller?.abort();
  }

  /** A snapshot the adapter pushed on its own; an invalid one is reported and ignored. */
  acceptPush(pushed: unknown): void {
    let snapshot: ConnectionSnapshot;
    try {
      snapshot = parseSnapshot(pushed);
    } catch (thrown) {
      const error = toConnectionError(thrown);
      this.core.emit({ type: 'load-error', reason: error.reason, message: error.message });
      return;
    }
    this.supersede();
    this.core.update({ status: 'ready', loadError: null });
    this.core.applySnapshot(snapshot);
  }

  dispose(): void {
    this.controller?.abort();
  }
}
