// Every user-visible string of the elements; hosts replace any of them through <qbo-connection .strings>.
// A key added here must be added to locales/fr-CA.ts and locales/es-US.ts too: both are typed as Strings, so the
// type check fails until every locale has it.
import type { ErrorReason } from '../core/errors.js';
import type { Company, InactiveReason, LinkState } from '../core/model.js';
import { mergeChecked } from './shape.js';

export interface FailureText {
  title: string;
  message: string;
}

export interface Strings {
  productName: string;
  linkState: Record<LinkState, string>;
  checking: string;
  notConfigured: string;
  /** "API Connection Status is Inactive". */
  statusLine(stateLabel: string): string;
  inactiveReason: Record<InactiveReason, string>;
  reconnecting: string;
  connectAccount: string;
  loadFailed: string;
  /** Why loading failed, in words about checking (not about reconnecting). */
  loadFailure: Record<ErrorReason, string>;
  /** The badge's word when the status could not be learned. */
  statusUnknown: string;
  retryLoad: string;
  confirmTitle: string;
  /** Names the linked company on the reconnect confirmation: "You are reconnecting Harbor Street Bakery LLC". */
  reconnectingCompany(company: Company): string;
  /** The seed's data-loss warning, word for word. */
  confirmWarning: string;
  /** A first connection (nothing linked yet): no data can be lost, so no warning. */
  firstConnectTitle: string;
  firstConnectMessage: string;
  /** The seed's "Before You Begin" list. */
  beforeYouBegin: BeforeYouBeginText;
  /** The accessible name of the ⚠️ icon before a data-loss warning. */
  warningIcon: string;
  yes: string;
  no: string;
  authorizingTitle: string;
  authorizingPopup: string;
  authorizingRedirect: string;
  /** The popup's handle was lost (the sign-in page cut the link); the sign-in can still finish there. */
  authorizingDetached: string;
  /** Offered a few seconds into a detached sign-in, when the window may simply have been closed. */
  signInWindowGone: string;
  completingTitle: string;
  cancel: string;
  companySwitchTitle: string;
  companySwitchMessage(linked: Company, incoming: Company): string;
  companySwitchYes(incoming: Company): string;
  companySwitchNo(linked: Company): string;
  failure: Record<ErrorReason, FailureText>;
  /** After a failure: nothing was changed, and the link is still in this state. */
  nothingChanged: Record<LinkState, string>;
  /** Intuit's own reason for refusing access (its error_description), shown as given. */
  intuitReason(description: string): string;
  /** The seed's administrator prerequisite, shown when Intuit refused access. */
  adminPrerequisite: string;
  /** After No on a company switch. */
  companyKept(linked: Company): string;
  tryAgain: string;
  openSignInAgain: string;
  continueInThisTab: string;
  close: string;
  linkStatesLabel: string;
  linkStateTab: Record<LinkState, string>;
  linkStateMeaning: Record<LinkState, string>;
  currentState: string;
  /** How the current link state is marked beside its name: "(current)". */
  currentStateMarker(currentState: string): string;
  successMessage: string;
  dismiss: string;
  totalSyncFiles: string;
  mostRecentSyncDate: string;
  neverSynced: string;
  vendorPlaceholder: string;
  /** The Disconnect action and its confirmation. */
  disconnect: DisconnectText;
  /** "Reconnect by Dec 5, 2026 to keep QuickBooks syncing" (the date already formatted). */
  expiryWarning(date: string): string;
  /** Who made the link and when: "Reconnected by Dana Ortiz · Nov 25, 2026" (the date already formatted). */
  reconnectedBy(name: string, date: string): string;
  connectedBy(name: string, date: string): string;
  /** Without a known person. */
  reconnectedOn(date: string): string;
  connectedOn(date: string): string;
  /** While not active: when data last synced. */
  lastSynced(date: string): string;
}

export interface BeforeYouBeginText {
  title: string;
  intro: string;
  items: readonly string[];
}

export interface DisconnectText {
  /** The action ("Disconnect"). */
  action: string;
  title: string;
  /** What happens: sync stops, data stays. */
  message(companyName: string | null): string;
  confirm: string;
  cancel: string;
  working: string;
  failedTitle: string;
  /** Why it failed, by reason. */
  failure: Record<ErrorReason, string>;
  /** The link is unchanged after a failure. */
  unchanged: string;
  tryAgain: string;
  close: string;
  /** Shown (and focused) where the action was, once disconnected. */
  done: string;
}

export const defaultStrings: Strings = {
  productName: 'QuickBooks Online',
  linkState: { disabled: 'Disabled', inactive: 'Inactive', active: 'Active' },
  checking: 'Checking…',
  notConfigured: 'Not configured',
  statusLine: (stateLabel) => `API Connection Status is ${stateLabel}`,
  inactiveReason: {
    expired_credentials: 'Your QuickBooks sign-in has expired.',
    revoked: 'Access to QuickBooks was revoked.',
    account_changed: 'The QuickBooks account was changed.',
    never_connected: 'QuickBooks has not been connected yet.',
    manually_disabled: 'The integration was turned off.',
    unknown: 'The connection to QuickBooks was interrupted.',
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
  vendorPlaceholder: 'Integration Account Name',
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
};

/**
 * A full string set from a base table (English unless a locale's is given) and a host's partial overrides on top
 * (nested records merge key by key). An override whose shape differs from the table's (a string where the table
 * has a function, an unknown key, a record where it has text) is ignored with a console warning, so one mistake
 * in a host's table cannot stop the elements from rendering.
 */
export function mergeStrings(overrides: Partial<Strings> | null | undefined, base: Strings = defaultStrings): Strings {
  if (!overrides) return base;
  const ignored: string[] = [];
  let merged: Strings;
  try {
    merged = mergeChecked(base, overrides, '', ignored) as Strings;
  } catch {
    // A hostile overrides object (a getter that throws, a Proxy): none of it is used.
    merged = base;
    ignored.push('(all: the overrides could not be read)');
  }
  if (ignored.length && !warned.has(overrides)) {
    warned.add(overrides);
    console.warn(`qbo-reconnect: string overrides ignored, their shape differs from the built-in texts: ${ignored.join(', ')}`);
  }
  return merged;
}

/** Override objects already warned about: the provider merges the same overrides on every change. */
const warned = new WeakSet<object>();
