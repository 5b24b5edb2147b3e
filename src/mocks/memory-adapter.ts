// A ConnectionAdapter over an in-memory backend: for prototypes, demos and tests without a server.
import type { ConnectionAdapter, RequestOptions } from '../core/adapter.js';
import { toConnectionError } from '../core/errors.js';
import { MemoryBackend } from './memory-backend.js';
import type { MemoryBackendOptions } from './memory-backend.js';
import type { ConnectionSnapshot, HandoffCreateRequest, HandoffCreated, HistoryPage, HistoryRequest } from '../core/model.js';

export interface MemoryAdapter extends ConnectionAdapter {
  /** The backend behind the adapter, for a test or a demo to steer. */
  readonly backend: MemoryBackend;
  disconnect(options?: RequestOptions): Promise<ConnectionSnapshot>;
  history(request: HistoryRequest, options?: RequestOptions): Promise<HistoryPage>;
  createHandoff(request: HandoffCreateRequest, options?: RequestOptions): Promise<HandoffCreated>;
  cancelHandoff(options?: RequestOptions): Promise<ConnectionSnapshot>;
  subscribe(listener: (snapshot: ConnectionSnapshot) => void): () => void;
}

/** Any failure, even one thrown by a host-supplied backend subclass, rejects as a ConnectionError. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toConnectionError(error);
  }
}

/** Wraps a given backend, or a new one built from the options (defaults: the seed's inactive connection). */
export function createMemoryAdapter(initial?: MemoryBackend | MemoryBackendOptions): MemoryAdapter {
  const backend = initial instanceof MemoryBackend ? initial : new MemoryBackend(initial);
  // Results are structured clones made by the backend, so a caller mutating one cannot reach the backend's state.
  return {
    backend,
    load: (options?: RequestOptions) => guarded(() => backend.load(options)),
    authorize: (request, options?: RequestOptions) => guarded(() => backend.authorize(request, options)),
    complete: (request, options?: RequestOptions) => guarded(() => backend.complete(request, options)),
    vendors: (request, options?: RequestOptions) => guarded(() => backend.vendors(request, options)),
    disconnect: (options?: RequestOptions) => guarded(() => backend.disconnect(options)),
    history: (request, options?: RequestOptions) => guarded(() => backend.history(request, options)),
    createHandoff: (request, options?: RequestOptions) => guarded(() => backend.createHandoff(request, options)),
    cancelHandoff: (options?: RequestOptions) => guarded(() => backend.cancelHandoff(options)),
    subscribe: (listener) => backend.subscribe(listener),
  };
}
