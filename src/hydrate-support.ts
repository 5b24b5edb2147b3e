// Lit's hydration support as a module of our own: the library build emits imports of local modules ahead of bare
// package imports, so `qbo-reconnect/hydrate` imports this file (not the package directly) to keep it first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
