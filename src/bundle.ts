// The drop-in (`dist/qbo-reconnect.bundle.js`): the elements, lit included, every tag registered, and the core a host
// page needs (HTTP adapter, store, callback helper). The reconnect dialog loads on first intent from its own chunk
// (`loadDialogs()` loads it now and gives its class); the memory adapter stays in `qbo-reconnect/core`.
// Importing it where there is no DOM (server rendering in Node) registers nothing and throws nothing.
// First: lit's browser build reads DOM globals while it loads (see no-dom-prelude.ts).
import { hasDom, returnStandIns } from './elements/shared/no-dom-prelude.js';
import { staticElements } from './elements/static-elements.js';
import { loadDialogs, loadDialogsOnIntent } from './elements/shared/dialog-loader.js';
import { defineElement } from './elements/shared/define-element.js';

export { QboBeforeYouBegin } from './elements/qbo-before-you-begin/qbo-before-you-begin.js';
export { QboConnectLink } from './elements/qbo-connect-link/qbo-connect-link.js';
export { QboConnection } from './elements/qbo-connection/qbo-connection.js';
export { QboConnectionHistory } from './elements/qbo-connection-history/qbo-connection-history.js';
export { QboConnectionStatus } from './elements/qbo-connection-status/qbo-connection-status.js';
export { QboDisconnect } from './elements/qbo-disconnect/qbo-disconnect.js';
export { QboExpiryWarning } from './elements/qbo-expiry-warning/qbo-expiry-warning.js';
export { QboIntegrationHeader } from './elements/qbo-integration-header/qbo-integration-header.js';
export { QboLinkStateTabs } from './elements/qbo-link-state-tabs/qbo-link-state-tabs.js';
export { QboStatusBadge } from './elements/qbo-status-badge/qbo-status-badge.js';
export { QboSuccessBanner } from './elements/qbo-success-banner/qbo-success-banner.js';
export { QboSyncSummary } from './elements/qbo-sync-summary/qbo-sync-summary.js';
export { QboVendorId } from './elements/qbo-vendor-id/qbo-vendor-id.js';
export { loadDialogs };
export { connectionContext } from './context.js';
export type { ConnectionContextValue } from './context.js';
export { ConnectionController } from './elements/shared/connection-controller.js';
export { defaultStrings, mergeStrings } from './i18n/strings.js';
export type { Strings } from './i18n/strings.js';
export { ConnectionError } from './core/errors.js';
export type { ErrorReason } from './core/errors.js';
export type { ConnectionAdapter } from './core/adapter.js';
export type { ConnectionSnapshot, LinkState } from './core/model.js';
export { createHttpAdapter } from './core/http-adapter.js';
export type { HttpAdapterOptions } from './core/http-adapter.js';
export { ConnectionStore } from './core/store.js';
export { handleOAuthCallback } from './callback-entry.js';
export type * from './events.js';

/** `<qbo-reconnect-dialog>`'s class, loading its chunk if it has not loaded yet. */
export async function loadQboReconnectDialog() {
  return (await loadDialogs()).QboReconnectDialog;
}

/** Every tag registered right away, except the reconnect dialog: it follows on first intent. */
export { staticElements };

returnStandIns();
if (hasDom && typeof customElements !== 'undefined') {
  for (const [tag, constructor] of Object.entries(staticElements)) defineElement(tag, constructor);
  loadDialogsOnIntent(document);
}
