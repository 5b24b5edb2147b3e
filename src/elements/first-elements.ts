// The elements the drop-in registers at once: the provider and the plain elements that show the first status (the
// badge, the status line with Connect Account, the vendor ID cell). Importing this file registers nothing.
import { QboConnectLink } from './qbo-connect-link/qbo-connect-link.js';
import { QboConnection } from './qbo-connection/qbo-connection.js';
import { QboConnectionStatus } from './qbo-connection-status/qbo-connection-status.js';
import { QboStatusBadge } from './qbo-status-badge/qbo-status-badge.js';
import { QboVendorId } from './qbo-vendor-id/qbo-vendor-id.js';

export const firstElements = {
  'qbo-connection': QboConnection,
  'qbo-status-badge': QboStatusBadge,
  'qbo-connection-status': QboConnectionStatus,
  'qbo-connect-link': QboConnectLink,
  'qbo-vendor-id': QboVendorId,
} as const;
