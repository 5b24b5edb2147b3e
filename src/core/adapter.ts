// The adapter contract: how the widget talks to the host's backend. Shipped: HTTP (REST) and memory.
import type {
  AuthorizeRequest,
  AuthorizeResult,
  CompleteRequest,
  CompleteResult,
  ConnectionSnapshot,
  HandoffCreateRequest,
  HandoffCreated,
  HistoryPage,
  HistoryRequest,
  VendorPage,
  VendorsRequest,
} from './model.js';

export interface RequestOptions {
  /** Aborts the request; the adapter rejects with a `ConnectionError` of reason `aborted`. */
  signal?: AbortSignal;
}

/**
 * Everything the widget needs from a backend. Methods reject with a `ConnectionError` (reason `network`,
 * `timeout`, `server`, `invalid_response` or `aborted`); the store validates every reply again, so an adapter
 * written by a host cannot break an element with a malformed value.
 */
export interface ConnectionAdapter {
  load(options?: RequestOptions): Promise<ConnectionSnapshot>;
  authorize(request: AuthorizeRequest, options?: RequestOptions): Promise<AuthorizeResult>;
  complete(request: CompleteRequest, options?: RequestOptions): Promise<CompleteResult>;
  vendors(request: VendorsRequest, options?: RequestOptions): Promise<VendorPage>;
  /**
   * Ends the link: the backend revokes the grant at Intuit and keeps the host's data. Resolves with the new
   * snapshot (`disabled`, reason `manually_disabled`). Optional: without it no Disconnect action is offered.
   */
  disconnect?(options?: RequestOptions): Promise<ConnectionSnapshot>;
  /** The link's history, newest first (GET /connection/history). Optional: without it no history list is offered. */
  history?(request: HistoryRequest, options?: RequestOptions): Promise<HistoryPage>;
  /**
   * Asks a QuickBooks admin to reconnect: a single-use link the backend issues (and may mail through its own
   * provider). A new request replaces an open one. Optional: without it "Ask an admin" is not offered.
   */
  createHandoff?(request: HandoffCreateRequest, options?: RequestOptions): Promise<HandoffCreated>;
  /** Cancels the open hand-off request; resolves with the new snapshot (`handoff: null`). */
  cancelHandoff?(options?: RequestOptions): Promise<ConnectionSnapshot>;
  /** Live pushes of new snapshots (server-sent events, websockets…); returns the unsubscribe function. */
  subscribe?(listener: (snapshot: ConnectionSnapshot) => void): () => void;
}

/**
 * The optional abilities of an adapter that change what the elements draw: hand-off links (`createHandoff`) and a
 * history (`history`). A server render has no adapter, only this outline of the page's (see qbo-reconnect/ssr).
 */
export type AdapterOutline = Pick<ConnectionAdapter, 'createHandoff' | 'history'>;
