// The store's hand-off run ("ask a QuickBooks admin"): create a link, cancel the open request, forget a shown link.
// Its steps, which every element reads, are in handoff-state.ts; the drop-in brings this run with the later elements
// (elements/shared/store-handoff.lazy.ts), as the offer and its form are among them.
import type { ConnectionAdapter } from './adapter.js';
import { toConnectionError } from './errors.js';
import { canHandoff, HANDOFF_IDLE, handoffFailureReason } from './handoff-state.js';
import type { HandoffState } from './handoff-state.js';
import type { ConnectionSnapshot, HandoffCreateRequest } from './model.js';
import { parseHandoffCreated, parseSnapshot } from './schemas.js';
import type { StoreCore } from './store-state.js';

/** What the hand-off run needs beyond the store's state, events and deadline. */
export interface HandoffHost {
  readonly adapter: ConnectionAdapter | null;
  /** The new snapshot after a cancel: newer than any load in flight. */
  accept(snapshot: ConnectionSnapshot): void;
  /** Loads the snapshot again (the open request it names changed, or the backend says the link changed). */
  refresh(): Promise<void>;
}

/** One hand-off call at a time for a store; the store keeps the step so the status line and the form agree. */
export class HandoffRun {
  private controller: AbortController | null = null;

  constructor(
    private readonly core: StoreCore,
    private readonly host: HandoffHost,
  ) {}

  get supported(): boolean {
    return canHandoff(this.host.adapter);
  }

  private get busy(): boolean {
    const step = this.core.state.handoff.name;
    return step === 'creating' || step === 'cancelling';
  }

  private set(handoff: HandoffState): void {
    this.core.update({ handoff });
  }

  /** "Create link" (or "New link"): a new request replaces an open one at the backend. */
  async create(request: HandoffCreateRequest): Promise<void> {
    const adapter = this.host.adapter;
    if (!adapter?.createHandoff || this.busy) return;
    const controller = this.start();
    this.set({ name: 'creating' });
    try {
      const create = adapter.createHandoff.bind(adapter);
      const body = cleanRequest(request);
      const created = parseHandoffCreated(await this.core.call('creating the reconnect link', (signal) => create(body, { signal }), controller.signal));
      if (controller.signal.aborted) return;
      this.set({ name: 'created', url: created.url, expiresAt: created.expiresAt, sentTo: created.sentTo });
      // The URL is a bearer link: it stays in the store's state for the form, never in an event.
      this.core.emit({ type: 'handoff-create', expiresAt: created.expiresAt, sentTo: created.sentTo });
      // The open request (who asked, until when) is the backend's to tell: the status line shows it after this load.
      void this.host.refresh();
    } catch (thrown) {
      if (!controller.signal.aborted) this.fail('create', thrown);
    } finally {
      this.finish(controller);
    }
  }

  /** "Cancel request": the open link stops working. */
  async cancel(): Promise<void> {
    const adapter = this.host.adapter;
    if (!adapter?.cancelHandoff || this.busy) return;
    const controller = this.start();
    this.set({ name: 'cancelling' });
    try {
      const cancel = adapter.cancelHandoff.bind(adapter);
      const snapshot = parseSnapshot(await this.core.call('cancelling the reconnect request', (signal) => cancel({ signal }), controller.signal));
      if (controller.signal.aborted) return;
      this.host.accept(snapshot);
      this.set(HANDOFF_IDLE);
      this.core.emit({ type: 'handoff-cancel' });
    } catch (thrown) {
      if (!controller.signal.aborted) this.fail('cancel', thrown);
    } finally {
      this.finish(controller);
    }
  }

  /**
   * The form closed: a shown link is forgotten (it is never shown again) and a failure is put away. Closing while the
   * link is being made stops waiting for it; the backend may have made it all the same, so the status is loaded again
   * and shows the open request, which "New link" replaces.
   */
  close(): void {
    const step = this.core.state.handoff.name;
    if (step === 'idle' || step === 'cancelling') return;
    if (step === 'creating') {
      this.controller?.abort();
      void this.host.refresh();
    }
    this.set(HANDOFF_IDLE);
  }

  dispose(): void {
    this.controller?.abort();
    this.controller = null;
  }

  private start(): AbortController {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    return controller;
  }

  private finish(controller: AbortController): void {
    if (this.controller === controller) this.controller = null;
  }

  private fail(action: 'create' | 'cancel', thrown: unknown): void {
    const error = toConnectionError(thrown);
    const reason = handoffFailureReason(error);
    const retryAfter = typeof error.retryAfter === 'number' && Number.isFinite(error.retryAfter) && error.retryAfter >= 0 ? Math.ceil(error.retryAfter) : null;
    this.set({ name: 'failed', action, reason, message: error.message, retryAfter });
    this.core.emit({ type: 'handoff-error', action, reason, message: error.message });
    // The backend knows better than the page did: the link is active again, or was never linked.
    if (reason === 'handoff_not_needed' || reason === 'not_connected') void this.host.refresh();
  }
}

/** The body as the contract takes it: trimmed, with empty fields left out. */
function cleanRequest(request: HandoffCreateRequest): HandoffCreateRequest {
  const body: HandoffCreateRequest = {};
  const email = typeof request.email === 'string' ? request.email.trim() : '';
  const note = typeof request.note === 'string' ? request.note.trim() : '';
  if (email) body.email = email;
  if (note) body.note = note;
  if (typeof request.lang === 'string' && request.lang) body.lang = request.lang;
  return body;
}
