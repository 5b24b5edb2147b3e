// The drop-in (`dist/qbo-reconnect.bundle.js`): the elements, lit included, every tag registered, and the core a host
// page needs (HTTP adapter, store, callback helper). The reconnect dialog loads on first intent from its own chunk
// (`loadDialogs()` loads it now and gives its class); the memory adapter stays in `qbo-reconnect/core`.
// Importing it where there is no DOM (server rendering in Node) registers nothing and throws nothing.
// First: lit's browser build reads DOM globals while it loads (see no-dom-prelude.ts).
import { hasDom, returnStandIns } from './elements/shared/no-dom-prelude.js';
import { QboBeforeYouBegin } from './elements/qbo-before-you-begin/qbo-before-you-begin.js';
import { QboConnectLink } from './elements/qbo-connect-link/qbo-connect-link.js';
import { QboConnection } from './elements/qbo-connection/qbo-connection.js';
import { QboConnectionHistory } from './elements/qbo-connection-history/qbo-connection-history.js';
import { QboConnectionStatus } from './elements/qbo-connection-status/qbo-connection-status.js';
import { QboDisconnect } from './elements/qbo-disconnect/qbo-disconnect.js';
import { QboExpiryWarning } from './elements/qbo-expiry-warning/qbo-expiry-warning.js';
import { QboIntegrationHeader } from './elements/qbo-integration-header/qbo-integration-header.js';
import { QboLinkStateTabs } from './elements/qbo-link-state-tabs/qbo-link-state-tabs.js';
import { QboStatusBadge } from './elements/qbo-status-badge/qbo-status-badge.js';
import { QboSuccessBanner } from './elements/qbo-success-banner/qbo-success-banner.js';
import { QboSyncSummary } from './elements/qbo-sync-summary/qbo-sync-summary.js';
import { QboVendorId } from './elements/qbo-vendor-id/qbo-vendor-id.js';
import { loadDialogs, loadDialogsOnIntent } from './elements/shared/dialog-loader.js';
import { defineElement } from './elements/shared/define-element.js';

export {
  QboBeforeYouBegin,
  QboConnectLink,
  QboConnection,
  QboConnectionHistory,
  QboConnectionStatus,
  QboDisconnect,
  QboExpiryWarning,
  QboIntegrationHeader,
  QboLinkStateTabs,
  QboStatusBadge,
  QboSuccessBanner,
  QboSyncSummary,
  QboVendorId,
};
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
export const staticElements = {
  'qbo-connection': QboConnection,
  'qbo-status-badge': QboStatusBadge,
  'qbo-connection-status': QboConnectionStatus,
  'qbo-connect-link': QboConnectLink,
  'qbo-link-state-tabs': QboLinkStateTabs,
  'qbo-success-banner': QboSuccessBanner,
  'qbo-sync-summary': QboSyncSummary,
  'qbo-vendor-id': QboVendorId,
  'qbo-integration-header': QboIntegrationHeader,
  'qbo-before-you-begin': QboBeforeYouBegin,
  'qbo-disconnect': QboDisconnect,
  'qbo-expiry-warning': QboExpiryWarning,
  'qbo-connection-history': QboConnectionHistory,
} as const;

returnStandIns();
if (hasDom && typeof customElements !== 'undefined') {
  for (const [tag, constructor] of Object.entries(staticElements)) defineElement(tag, constructor);
  loadDialogsOnIntent(document);
}
