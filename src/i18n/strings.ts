// Every user-visible string of the elements; hosts replace any of them through <qbo-connection .strings>.
// A key added here must be added to the English table (english-first.ts or english-later.ts) and to locales/fr-CA.ts
// and locales/es-US.ts: all are typed from Strings, so the type check fails until every table has it.
import type { ErrorReason } from '../core/errors.js';
import type { Company, ConnectionEventType, InactiveReason, LinkState } from '../core/model.js';
import { firstStrings } from './english-first.js';
import { laterStrings } from './english-later.js';
import { mergeChecked } from './shape.js';
import type { HandoffText } from './handoff-text.js';

export type { HandoffText } from './handoff-text.js';

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
  /** What fixes each reason, shown below it: "A QuickBooks admin must reconnect." */
  reasonNextStep: Record<InactiveReason, string>;
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
  /** "Ask a QuickBooks admin": the offer, its form and the open request (handoff-text.ts). */
  handoff: HandoffText;
  /** The "Show history" disclosure of <qbo-connection-history>. */
  history: HistoryText;
}

/** The texts of the connection history list. */
export interface HistoryText {
  /** The disclosure button while the list is closed, and while it is open. */
  show: string;
  hide: string;
  /** The accessible name of the list's region. */
  label: string;
  loading: string;
  empty: string;
  failed: string;
  retry: string;
  showMore: string;
  /** Spoken once a page arrives: "12 events shown." (`more`: there are older ones). */
  loaded(count: number, more: boolean): string;
  /** What happened, by event type: "Reconnected". */
  event: Record<ConnectionEventType, string>;
  /** "Reconnected by ops@northwind.example". */
  by(what: string, who: string): string;
  /** "… (requested by Dana Ortiz)". */
  requestedBy(text: string, name: string): string;
  /** For `expiring`: "Sign-in expires in 7 days". */
  daysLeft(days: number): string;
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

/** The English table: the first status's texts and the rest (the drop-in fills in the rest when it is needed). */
export const defaultStrings: Strings = { ...firstStrings, ...laterStrings };

/**
 * A full string set from a base table (English unless a locale's is given) and a host's partial overrides on top
 * (nested records merge key by key). An override whose shape differs from the table's (a string where the table
 * has a function, an unknown key, a record where it has text) is ignored with a console warning, so one mistake
 * in a host's table cannot stop the elements from rendering.
 */
export function mergeStrings(overrides: Partial<Strings> | null | undefined, base: Strings = defaultStrings): Strings {
  return mergeOverrides(overrides, base, true);
}

/**
 * mergeStrings over a table that may not be whole yet (the drop-in's English before its later texts arrive): an
 * override for a text the table does not have yet is kept as given, unchecked and unannounced; the merge that
 * follows once the table is whole checks it.
 */
export function mergeOverrides(overrides: Partial<Strings> | null | undefined, base: Strings, whole: boolean): Strings {
  if (!overrides) return base;
  const ignored: string[] = [];
  let merged: Strings;
  try {
    const known = whole ? overrides : pick(overrides, (key) => Object.prototype.hasOwnProperty.call(base, key));
    merged = mergeChecked(base, known, '', ignored) as Strings;
    if (!whole) merged = { ...pick(overrides, (key) => !Object.prototype.hasOwnProperty.call(base, key)), ...merged };
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

function pick(overrides: Partial<Strings>, keep: (key: string) => boolean): Partial<Strings> {
  return Object.fromEntries(Object.entries(overrides).filter(([key]) => keep(key))) as Partial<Strings>;
}

/** Override objects already warned about: the provider merges the same overrides on every change. */
const warned = new WeakSet<object>();
