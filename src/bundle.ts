// The drop-in (`dist/qbo-reconnect.bundle.js`): lit and every element, and the core a host page needs (HTTP adapter,
// store, callback helper). Only what the first status needs loads with it: the provider, the badge, the status line
// with Connect Account and the vendor ID cell are registered at once. The other elements come from a chunk of their
// own, at once when the page holds one of them, else when it is idle after the first status (loadQboElements() loads
// them now and gives every class); the reconnect dialog comes from another on first intent. The memory adapter stays
// in `qbo-reconnect/mocks`. Importing it where there is no DOM (rendering ahead of time in Node) registers nothing
// and throws nothing.
// First: the elements' code reads DOM globals while it loads (see no-dom-prelude.ts).
import { hasDom, returnStandIns } from './elements/shared/no-dom-prelude.js';
import { firstElements } from './elements/first-elements.js';
import { loadDialogs, loadDialogsOnIntent } from './elements/shared/dialog-loader.js';
import { loadLaterElements, loadLaterElementsWhenNeeded } from './elements/shared/later-loader.js';
import { defineElement } from './elements/shared/define-element.js';

export { QboConnectLink } from './elements/qbo-connect-link/qbo-connect-link.js';
export { QboConnection } from './elements/qbo-connection/qbo-connection.js';
export { QboConnectionStatus } from './elements/qbo-connection-status/qbo-connection-status.js';
export { QboStatusBadge } from './elements/qbo-status-badge/qbo-status-badge.js';
export { QboVendorId } from './elements/qbo-vendor-id/qbo-vendor-id.js';
export { loadDialogs, loadLaterElements };
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
export type { QboElementTagNameMap } from './elements/registry.js';

/** `<qbo-reconnect-dialog>`'s class, loading its chunk if it has not loaded yet. */
export async function loadQboReconnectDialog() {
  return (await loadDialogs()).QboReconnectDialog;
}

/** Every element class by tag, loading the later elements' and the dialog's chunks if they have not loaded yet. */
export async function loadQboElements() {
  const [later, dialogs] = await Promise.all([loadLaterElements(), loadDialogs()]);
  return { ...firstElements, ...later.laterElements, 'qbo-reconnect-dialog': dialogs.QboReconnectDialog };
}

/** The tags registered right away; the others follow (see above). */
export { firstElements };

returnStandIns();
if (hasDom && typeof customElements !== 'undefined') {
  for (const [tag, constructor] of Object.entries(firstElements)) defineElement(tag, constructor);
  loadLaterElementsWhenNeeded(document);
  loadDialogsOnIntent(document);
}
