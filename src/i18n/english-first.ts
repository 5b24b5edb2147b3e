// The English texts the first status needs (badge, status line, Connect Account, vendor ID cell, the provider's
// announcements). The drop-in loads these with its first part and the rest (english-later.ts) with the chunks that
// show them.
import type { Strings } from './strings.js';

/** The keys of the texts the first status shows. */
export type FirstStringKey =
  | 'productName'
  | 'linkState'
  | 'checking'
  | 'notConfigured'
  | 'statusLine'
  | 'inactiveReason'
  | 'reasonNextStep'
  | 'reconnecting'
  | 'connectAccount'
  | 'loadFailed'
  | 'loadFailure'
  | 'statusUnknown'
  | 'retryLoad'
  | 'vendorPlaceholder';

export const firstStrings: Pick<Strings, FirstStringKey> = {
  productName: 'QuickBooks Online',
  linkState: { disabled: 'Disabled', inactive: 'Inactive', active: 'Active' },
  checking: 'Checking…',
  notConfigured: 'Not configured',
  statusLine: (stateLabel) => `API Connection Status is ${stateLabel}`,
  inactiveReason: {
    expired_credentials: 'Your QuickBooks sign-in has expired.',
    revoked: 'Access to QuickBooks was revoked.',
    admin_access_lost: 'The QuickBooks user who connected is no longer an admin of this company.',
    subscription_inactive: 'The QuickBooks subscription of this company is not active.',
    app_not_authorized: 'QuickBooks no longer authorizes this app for this company.',
    account_changed: 'The QuickBooks account was changed.',
    never_connected: 'QuickBooks has not been connected yet.',
    manually_disabled: 'The integration was turned off.',
    unknown: 'The connection to QuickBooks was interrupted.',
  },
  reasonNextStep: {
    expired_credentials: 'Reconnect to resume syncing.',
    revoked: 'Reconnect to resume syncing.',
    admin_access_lost: 'A QuickBooks admin must reconnect.',
    subscription_inactive: 'Restore the QuickBooks subscription in QuickBooks; the connection resumes by itself.',
    app_not_authorized: 'Reconnect to allow access again.',
    account_changed: 'Reconnect to resume syncing.',
    never_connected: 'Connect your QuickBooks account to start syncing.',
    manually_disabled: 'Connect again to resume syncing.',
    unknown: 'Reconnect to resume syncing.',
  },
  reconnecting: 'Reconnecting…',
  connectAccount: 'Connect Account',
  loadFailed: 'Could not check the connection.',
  loadFailure: {
    popup_blocked: 'Please try again.',
    popup_closed: 'Please try again.',
    access_denied: 'Access was denied.',
    state_mismatch: 'Please try again.',
    timeout: 'The server did not answer in time.',
    network: 'The server could not be reached.',
    invalid_response: 'The server sent an answer that could not be read.',
    server: 'The server answered with an error.',
    not_configured: 'The connection is not set up on this page.',
    aborted: 'The check was stopped.',
  },
  statusUnknown: 'Unknown',
  retryLoad: 'Retry',
  vendorPlaceholder: 'Integration Account Name',
};
