// Registers the pieces <qbo-integration-header> is made of (idempotent). The drop-in replaces this module with
// pieces.lazy.ts, which leaves the reconnect dialog to load on first intent.
import { QboConnectionHistory } from '../qbo-connection-history/qbo-connection-history.js';
import { QboConnectionStatus } from '../qbo-connection-status/qbo-connection-status.js';
import { QboDisconnect } from '../qbo-disconnect/qbo-disconnect.js';
import { QboExpiryWarning } from '../qbo-expiry-warning/qbo-expiry-warning.js';
import { QboHandoffOffer } from '../qbo-handoff-offer/qbo-handoff-offer.js';
import { QboLinkStateTabs } from '../qbo-link-state-tabs/qbo-link-state-tabs.js';
import { QboReconnectDialog } from '../qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { QboStatusBadge } from '../qbo-status-badge/qbo-status-badge.js';
import { QboSuccessBanner } from '../qbo-success-banner/qbo-success-banner.js';
import { QboSyncSummary } from '../qbo-sync-summary/qbo-sync-summary.js';
import { defineElement } from '../shared/define-element.js';

/** The pieces shown with the first status. */
export function defineStatusPieces(): void {
  defineElement('qbo-success-banner', QboSuccessBanner);
  defineElement('qbo-status-badge', QboStatusBadge);
  defineElement('qbo-connection-status', QboConnectionStatus);
  defineElement('qbo-sync-summary', QboSyncSummary);
  defineElement('qbo-link-state-tabs', QboLinkStateTabs);
  defineElement('qbo-disconnect', QboDisconnect);
  defineElement('qbo-expiry-warning', QboExpiryWarning);
  defineElement('qbo-connection-history', QboConnectionHistory);
  // The status line's "Ask an admin" offer (it registers its own form).
  defineElement('qbo-handoff-offer', QboHandoffOffer);
}

export function definePieces(_doc: Document): void {
  defineStatusPieces();
  defineElement('qbo-reconnect-dialog', QboReconnectDialog);
}
