// HistoryLoader: the pages of a tenant's connection history (GET /connection/history) as plain state: the items so
// far, the cursor of the next page, and whether loading, failed, or not offered by the backend at all.
import type { ConnectionAdapter } from './adapter.js';
import { DEFAULT_CALL_TIMEOUT_MS, realSchedule, withDeadline } from './deadline.js';
import type { Schedule } from './deadline.js';
import { toConnectionError } from './errors.js';
import type { ConnectionError } from './errors.js';
import { isHistoryNotSupported } from './history-support.js';
import type { HistoryItem } from './model.js';
import { parseHistoryPage } from './schemas.js';

export { HISTORY_NOT_SUPPORTED, isHistoryNotSupported } from './history-support.js';

export const DEFAULT_HISTORY_PAGE_SIZE = 10;

/**
 * `idle` before the first page was asked for, `loading` while a page is on its way (`items` keeps what came before),
 * `ready`, `error` (the page asked for failed; `error` names why), `unsupported` (no `history` method, or a 404).
 */
export type HistoryStatus = 'idle' | 'loading' | 'ready' | 'error' | 'unsupported';

export interface HistoryState {
  status: HistoryStatus;
  items: readonly HistoryItem[];
  nextCursor: string | null;
  error: ConnectionError | null;
  /** How many items the last page that arrived added (for announcing it, and for moving focus to the first one). */
  added: number;
}

export interface HistoryLoaderOptions {
  pageSize?: number;
  callTimeoutMs?: number;
  schedule?: Schedule;
  /** Hears every new state. */
  onChange?: (state: HistoryState) => void;
}

/** Before the first page was asked for. */
export const HISTORY_IDLE: HistoryState = Object.freeze({ status: 'idle', items: [], nextCursor: null, error: null, added: 0 });

export class HistoryLoader {
  private current: HistoryState;
  private controller: AbortController | null = null;
  private readonly pageSize: number;

  constructor(
    private readonly adapter: ConnectionAdapter | null,
    private readonly options: HistoryLoaderOptions = {},
  ) {
    this.pageSize = Math.min(100, Math.max(1, Math.floor(options.pageSize ?? DEFAULT_HISTORY_PAGE_SIZE)));
    this.current = adapter && typeof adapter.history === 'function' ? HISTORY_IDLE : { ...HISTORY_IDLE, status: 'unsupported' };
  }

  get state(): HistoryState {
    return this.current;
  }

  /** The first page, afresh (what is shown stays until it arrives). Does nothing where history is not offered. */
  load(): Promise<void> {
    return this.fetchPage(null);
  }

  /** The next page, when there is one and nothing else is loading. */
  more(): Promise<void> {
    const { nextCursor, status } = this.current;
    if (!nextCursor || status === 'loading') return Promise.resolve();
    return this.fetchPage(nextCursor);
  }

  /** After a failure: the page that failed again (the first one, when nothing was shown yet). */
  retry(): Promise<void> {
    if (this.current.status !== 'error') return Promise.resolve();
    return this.fetchPage(this.current.items.length > 0 ? this.current.nextCursor : null);
  }

  /** Aborts what is in flight; the loader can be used again. */
  dispose(): void {
    this.controller?.abort();
    this.controller = null;
  }

  private async fetchPage(cursor: string | null): Promise<void> {
    const adapter = this.adapter;
    if (!adapter?.history || this.current.status === 'unsupported') return;
    // A first page replaces whatever is in flight (a newer reload wins); a next page waits its turn (see more()).
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.set({ status: 'loading', error: null, added: 0 });
    try {
      const page = await withDeadline((signal) => adapter.history!({ cursor, limit: this.pageSize }, { signal }), {
        ms: this.options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
        schedule: this.options.schedule ?? realSchedule,
        parent: controller.signal,
        what: 'loading the connection history',
      });
      if (this.controller !== controller) return;
      // Validated here too: a host's own adapter cannot hand the list a malformed item.
      const { items, nextCursor } = parseHistoryPage(page);
      const kept = cursor === null ? [] : this.current.items;
      // A page boundary that moved (new events arrived) may repeat an item: show each event once.
      const seen = new Set(kept.map((item) => item.id));
      const fresh = items.filter((item) => !seen.has(item.id));
      this.set({ status: 'ready', items: [...kept, ...fresh], nextCursor, added: fresh.length });
    } catch (thrown) {
      if (this.controller !== controller) return;
      const error = toConnectionError(thrown);
      if (isHistoryNotSupported(error)) this.set({ ...HISTORY_IDLE, status: 'unsupported' });
      else this.set({ status: 'error', error });
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  private set(patch: Partial<HistoryState>): void {
    this.current = { ...this.current, ...patch };
    this.options.onChange?.(this.current);
  }
}
