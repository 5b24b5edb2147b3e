// The memory backend's state in Web Storage: what lets a reloaded page, or another tab, carry on where it was.
import * as z from 'zod/mini';
import type { ConnectionSnapshot, HistoryItem } from '../core/model.js';
import { historyPageSchema, parseHistoryPage, parseSnapshot, snapshotSchema } from '../core/schemas.js';

const storedStateSchema = z.object({
  snapshot: snapshotSchema,
  companies: z.record(z.string(), z.string()),
  vendors: z.array(z.object({ qboId: z.string(), name: z.string() })),
  issuedStates: z.array(z.string()),
  usedCodes: z.array(z.string()),
  // Absent in a state stored before the backend kept a history.
  history: z.optional(historyPageSchema.shape.items),
  /** When hand-off links were issued (ms since epoch), for the hourly limit; absent in states stored before it. */
  handoffTimes: z.optional(z.array(z.number())),
});

/** Everything the backend keeps: the link, the companies Intuit knows, the vendors, and the OAuth bookkeeping. */
export type BackendState = Omit<z.infer<typeof storedStateSchema>, 'snapshot' | 'history'> & {
  snapshot: ConnectionSnapshot;
  /** Newest first. */
  history: HistoryItem[];
};

/** One storage entry holding a BackendState; without a storage it keeps nothing and reads nothing. */
export class StoredBackendState {
  /** The text last read or written, so a change made by another instance is noticed cheaply. */
  #text: string | null = null;

  constructor(
    private readonly storage: Storage | undefined,
    private readonly key: string,
  ) {}

  /**
   * What another instance stored since this one last read or wrote: a new state, `unchanged`, or null when there is
   * no valid entry (none, unreadable, or not a state).
   */
  read(): BackendState | 'unchanged' | null {
    if (!this.storage) return null;
    let text: string | null;
    try {
      text = this.storage.getItem(this.key);
    } catch {
      return null;
    }
    if (text === null) return null;
    if (text === this.#text) return 'unchanged';
    let parsed: ReturnType<typeof storedStateSchema.safeParse>;
    try {
      parsed = storedStateSchema.safeParse(JSON.parse(text));
    } catch {
      return null;
    }
    if (!parsed.success) return null;
    const history = parseHistoryPage({ items: parsed.data.history ?? [], nextCursor: null }).items;
    const state = { ...parsed.data, snapshot: parseSnapshot(parsed.data.snapshot), history };
    this.#text = text;
    return state;
  }

  write(state: BackendState): void {
    if (!this.storage) return;
    const text = JSON.stringify(state);
    try {
      this.storage.setItem(this.key, text);
      this.#text = text;
    } catch {
      // A full or forbidden storage leaves the backend working in memory only.
    }
  }
}
