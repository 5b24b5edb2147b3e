// The English texts of everything shown after the first status: the dialogs, the tabs, the banner, the sync summary
// and the lifecycle elements. The drop-in brings them with the chunks of those elements (english-complete.lazy.ts).
import type { FirstStringKey } from './english-first.js';
import type { Strings } from './strings.js';
import { englishHandoff } from './english-handoff.js';

export type LaterStrings = Omit<Strings, FirstStringKey>;

export const laterStrings: LaterStrings = {
  confirmTitle: 'Are you sure to Reconnect?',
  reconnectingCompany: (company) => `You are reconnecting ${company.name}.`,
  confirmWarning:
    'Connecting the integration to a new or separate QuickBooks account will permanently remove all existing ' +
    'Locations, Accounts, Vendors, and Product Assignments. Only proceed if you intend to link a different ' +
    'QuickBooks account. If you are reconnecting to the same account, this will restore the connection without data loss.',
  firstConnectTitle: 'Connect QuickBooks?',
  firstConnectMessage: 'Yes opens the Intuit sign-in page, where you choose the QuickBooks company to link.',
  beforeYouBegin: {
    title: 'Before You Begin',
    intro: 'Before starting the reconnection process, ensure you have the following:',
    items: [
      'Your Intuit (QuickBooks) account email address or user ID.',
      'Your Intuit account password.',
      'Access to any two-factor authentication method configured on your Intuit account (if applicable).',
      'Administrator-level access to the QuickBooks company file you are reconnecting to.',
    ],
  },
  warningIcon: 'Warning',
  yes: 'Yes',
  no: 'No',
  authorizingTitle: 'Sign in to Intuit',
  authorizingPopup: 'Finish signing in to your Intuit account in the window that opened.',
  authorizingRedirect: 'Taking you to the Intuit sign-in page…',
  authorizingDetached:
    'This page can no longer see the Intuit sign-in window. Finish signing in there and this page updates by itself, or cancel.',
  signInWindowGone: 'Sign-in window closed? Try again',
  completingTitle: 'Finishing the connection…',
  cancel: 'Cancel',
  companySwitchTitle: 'Link a different QuickBooks company?',
  companySwitchMessage: (linked, incoming) =>
    `You signed in to ${incoming.name}, but this integration is linked to ${linked.name}. Linking ${incoming.name} ` +
    `will permanently remove all Locations, Accounts, Vendors, and Product Assignments of ${linked.name}.`,
  companySwitchYes: (incoming) => `Yes, link ${incoming.name}`,
  companySwitchNo: (linked) => `No, keep ${linked.name}`,
  failure: {
    popup_blocked: {
      title: 'The sign-in window was blocked',
      message: 'Your browser blocked the Intuit sign-in window. Open it again, or continue in this tab.',
    },
    popup_closed: {
      title: 'Sign-in was not finished',
      message: 'The Intuit sign-in window was closed before sign-in finished.',
    },
    access_denied: {
      title: 'Access was not granted',
      message: 'QuickBooks access was declined at Intuit sign-in.',
    },
    state_mismatch: {
      title: 'Sign-in could not be verified',
      message: 'The answer from Intuit did not match this reconnect request. For your security, please sign in again.',
    },
    timeout: { title: 'Sign-in took too long', message: 'No answer arrived in time. Please try again.' },
    network: { title: 'Could not reach the server', message: 'Check your internet connection and try again.' },
    invalid_response: {
      title: 'Unexpected answer',
      message: 'The server sent an answer that could not be read. Nothing was changed. Please try again.',
    },
    server: { title: 'The server could not reconnect', message: 'Something went wrong on the server. Please try again.' },
    not_configured: { title: 'Not configured', message: 'This connection has not been set up on this page.' },
    aborted: { title: 'Stopped', message: 'The reconnect was stopped.' },
  },
  nothingChanged: {
    disabled: 'Nothing changed; QuickBooks is still not connected.',
    inactive: 'Nothing changed; the integration is still inactive.',
    active: 'Nothing changed; the integration is still active.',
  },
  intuitReason: (description) => `Intuit's reason: ${description}`,
  adminPrerequisite: 'Reconnecting needs administrator-level access to the QuickBooks company file you are reconnecting to.',
  companyKept: (linked) => `Nothing changed; still linked to ${linked.name}.`,
  tryAgain: 'Try again',
  openSignInAgain: 'Open sign-in again',
  continueInThisTab: 'Continue in this tab',
  close: 'Close',
  linkStatesLabel: 'Connection link state',
  linkStateTab: { disabled: 'Disabled Link', inactive: 'Inactive Link', active: 'Active Link' },
  linkStateMeaning: {
    disabled: 'The integration has never been connected or has been manually disabled.',
    inactive: 'The API connection has lapsed or been disconnected. Reconnection required.',
    active: 'The API connection is live and syncing data to QuickBooks successfully.',
  },
  currentState: 'current',
  currentStateMarker: (currentState) => `(${currentState})`,
  successMessage: 'Your account has been successfully reconnected.',
  dismiss: 'Dismiss',
  totalSyncFiles: 'Total Sync Files',
  mostRecentSyncDate: 'Most Recent Sync Date',
  neverSynced: 'Not yet synced',
  disconnect: {
    action: 'Disconnect',
    title: 'Disconnect QuickBooks?',
    message: (companyName) =>
      `Syncing with ${companyName ?? 'QuickBooks Online'} stops. Your Locations, Accounts, Vendors, and Product ` +
      'Assignments stay as they are, and reconnecting the same company later restores the connection without data loss.',
    confirm: 'Disconnect',
    cancel: 'Cancel',
    working: 'Disconnecting…',
    failedTitle: 'Could not disconnect',
    failure: {
      popup_blocked: 'Please try again.',
      popup_closed: 'Please try again.',
      access_denied: 'The server refused the request.',
      state_mismatch: 'Please try again.',
      timeout: 'The server did not answer in time.',
      network: 'The server could not be reached.',
      invalid_response: 'The server sent an answer that could not be read.',
      server: 'The server answered with an error.',
      not_configured: 'Disconnecting is not set up on this page.',
      aborted: 'The request was stopped.',
    },
    unchanged: 'Nothing changed; QuickBooks is still connected and syncing.',
    tryAgain: 'Try again',
    close: 'Close',
    done: 'QuickBooks is disconnected. Syncing has stopped; your data is kept.',
  },
  expiryWarning: (date) => `Reconnect by ${date} to keep QuickBooks syncing`,
  reconnectedBy: (name, date) => `Reconnected by ${name} · ${date}`,
  connectedBy: (name, date) => `Connected by ${name} · ${date}`,
  reconnectedOn: (date) => `Reconnected · ${date}`,
  connectedOn: (date) => `Connected · ${date}`,
  lastSynced: (date) => `Last synced ${date}`,
  history: {
    show: 'Show history',
    hide: 'Hide history',
    label: 'Connection history',
    loading: 'Loading history…',
    empty: 'Nothing has happened to this connection yet.',
    failed: 'Could not load the history.',
    retry: 'Retry',
    showMore: 'Show more',
    loaded: (count, more) => `${count} ${count === 1 ? 'event' : 'events'} shown${more ? '; older ones follow' : ''}.`,
    event: {
      connected: 'Connected',
      reconnected: 'Reconnected',
      company_switched: 'Linked a different company',
      inactive: 'Became inactive',
      recovered: 'Active again: QuickBooks answered again',
      expiring: 'Expiry notice',
      disconnected: 'Disconnected',
      handoff_requested: 'QuickBooks admin asked to reconnect',
      handoff_cancelled: 'Request to a QuickBooks admin cancelled',
      handoff_completed: 'Reconnected through an admin link',
      handoff_expired: 'Admin link expired unused',
    },
    by: (what, who) => `${what} by ${who}`,
    requestedBy: (text, name) => `${text} (requested by ${name})`,
    daysLeft: (days) => `Sign-in expires in ${days} ${days === 1 ? 'day' : 'days'}`,
  },
  handoff: englishHandoff,
};
