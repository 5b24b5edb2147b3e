// Every qbo- element by tag except the reconnect dialog, which the drop-in loads from its own chunk on first intent.
// registry.ts adds the dialog to make the full list; importing this file registers nothing.
import { QboBeforeYouBegin } from './qbo-before-you-begin/qbo-before-you-begin.js';
import { QboConnectLink } from './qbo-connect-link/qbo-connect-link.js';
import { QboConnection } from './qbo-connection/qbo-connection.js';
import { QboConnectionHistory } from './qbo-connection-history/qbo-connection-history.js';
import { QboConnectionStatus } from './qbo-connection-status/qbo-connection-status.js';
import { QboDisconnect } from './qbo-disconnect/qbo-disconnect.js';
import { QboExpiryWarning } from './qbo-expiry-warning/qbo-expiry-warning.js';
import { QboIntegrationHeader } from './qbo-integration-header/qbo-integration-header.js';
import { QboLinkStateTabs } from './qbo-link-state-tabs/qbo-link-state-tabs.js';
import { QboStatusBadge } from './qbo-status-badge/qbo-status-badge.js';
import { QboSuccessBanner } from './qbo-success-banner/qbo-success-banner.js';
import { QboSyncSummary } from './qbo-sync-summary/qbo-sync-summary.js';
import { QboVendorId } from './qbo-vendor-id/qbo-vendor-id.js';

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
