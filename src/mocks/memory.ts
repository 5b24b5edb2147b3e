// `qbo-reconnect/mocks/memory`: the in-memory adapter and backend alone, without msw, for pages that load modules
// straight from an import map (qbo-reconnect/mocks also holds the msw handlers, which import msw).
export { createMemoryAdapter } from './memory-adapter.js';
export type { MemoryAdapter } from './memory-adapter.js';
export { MemoryBackend } from './memory-backend.js';
export type { MemoryBackendOptions, MemoryVendor } from './memory-backend.js';
