// The one-file drop-in (`dist/qbo-reconnect.bundle.js`): the elements, lit included, every tag registered, and the
// core a host page needs (HTTP adapter, store, callback helper). The memory adapter stays in `qbo-reconnect/core`.
import { defineAll } from './elements/registry.js';

export * from './elements/registry.js';
export { QboConnection } from './elements/qbo-connection/qbo-connection.js';
export { connectionContext } from './context.js';
export { ConnectionController } from './elements/shared/connection-controller.js';
export { defaultStrings, mergeStrings } from './i18n/strings.js';
export type { Strings } from './i18n/strings.js';
export { ConnectionError } from './core/errors.js';
export type { ErrorReason } from './core/errors.js';
export type { ConnectionAdapter } from './core/adapter.js';
export type { ConnectionSnapshot, LinkState } from './core/model.js';
export { createHttpAdapter } from './core/http-adapter.js';
export { ConnectionStore } from './core/store.js';
export { handleOAuthCallback } from './core/callback.js';

defineAll();
