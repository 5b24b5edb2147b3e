// The connection model every adapter speaks and every element renders: plain data, no behaviour.

/** The three link states of the seed guide: gray Disabled, red/orange Inactive, green Active. */
export type LinkState = 'disabled' | 'inactive' | 'active';
export const LINK_STATES: readonly LinkState[] = ['disabled', 'inactive', 'active'];

/** Why a connection is not active, in words the user is shown (see i18n `inactiveReason`). */
export type InactiveReason =
  | 'expired_credentials'
  | 'revoked'
  | 'admin_access_lost'
  | 'subscription_inactive'
  | 'app_not_authorized'
  | 'account_changed'
  | 'never_connected'
  | 'manually_disabled'
  | 'unknown';
export const INACTIVE_REASONS: readonly InactiveReason[] = [
  'expired_credentials',
  'revoked',
  'admin_access_lost',
  'subscription_inactive',
  'app_not_authorized',
  'account_changed',
  'never_connected',
  'manually_disabled',
  'unknown',
];

/**
 * Reasons a reconnect cannot cure: the QuickBooks subscription itself has lapsed, and the same grant works again
 * once it is restored. The widget shows no Connect Account for them and names the step that does help.
 */
export const RECONNECT_DOES_NOT_HELP: readonly InactiveReason[] = ['subscription_inactive'];

/** Whether Connect Account (a new sign-in at Intuit) can bring a link with this reason back. */
export function reconnectHelps(reason: InactiveReason | null): boolean {
  return reason === null || !RECONNECT_DOES_NOT_HELP.includes(reason);
}

/** A QuickBooks Online company ("realm"). */
export interface Company {
  realmId: string;
  name: string;
}

export interface SyncSummary {
  /** Total Sync Files. */
  totalFiles: number;
  /** Most Recent Sync Date, ISO 8601; null when nothing has synced yet. */
  lastSyncAt: string | null;
}

/** What the host backend says about the integration right now. */
export interface ConnectionSnapshot {
  linkState: LinkState;
  /** True once a reconnect has completed at least once: only then do all three link-state tabs show. */
  everReconnected: boolean;
  /** Set when linkState is not `active`. */
  inactiveReason: InactiveReason | null;
  /** The linked company, when there is one. */
  company: Company | null;
  sync: SyncSummary | null;
  /**
   * When the stored credentials lapse (ISO 8601): the earlier of Intuit's rolling refresh-token expiry and its
   * 5-year hard limit. Null when unknown or not connected.
   */
  credentialsExpireAt: string | null;
  /** When the current (or last) link was made, ISO 8601; null when never connected. */
  connectedAt: string | null;
  /** Who made that link, as the host's session named them; null when unknown. */
  connectedBy: ConnectedBy | null;
  /** The open "ask a QuickBooks admin" request, if any; null when none is open (or the backend has none). */
  handoff: HandoffRequest | null;
}

/** An open request for a QuickBooks admin to reconnect through a link (the link itself is never shown again). */
export interface HandoffRequest {
  /** The host user who asked. */
  requestedBy: ConnectedBy;
  /** ISO 8601. */
  requestedAt: string;
  /** ISO 8601: the link stops working then. */
  expiresAt: string;
  /** Where the host sent the link, when it was asked to; null otherwise. */
  email: string | null;
}

/** POST /connection/handoff: the admin's email (optional; the host's `sendHandoff` hook mails it) and a short note. */
export interface HandoffCreateRequest {
  email?: string;
  note?: string;
  /** The hosted page's language; default the widget's locale. */
  lang?: string;
}

/** The new link, shown once: the backend keeps only its hash. */
export interface HandoffCreated {
  url: string;
  /** ISO 8601. */
  expiresAt: string;
  /** The address the host mailed the link to; null when it did not send one (then the widget shows the link to copy). */
  sentTo: string | null;
}

/** What happened to a tenant's link: the connection events, also its history. */
export type ConnectionEventType =
  | 'connected'
  | 'reconnected'
  | 'company_switched'
  | 'inactive'
  | 'recovered'
  | 'expiring'
  | 'disconnected'
  | 'handoff_requested'
  | 'handoff_cancelled'
  | 'handoff_completed'
  | 'handoff_expired';
export const CONNECTION_EVENT_TYPES: readonly ConnectionEventType[] = [
  'connected',
  'reconnected',
  'company_switched',
  'inactive',
  'recovered',
  'expiring',
  'disconnected',
  'handoff_requested',
  'handoff_cancelled',
  'handoff_completed',
  'handoff_expired',
];

/** Who acted, where a person did: a host user (name) or the admin who finished a hand-off (email from Intuit). */
export interface EventActor {
  name: string | null;
  email: string | null;
}

/** One entry of GET /connection/history, newest first. */
export interface HistoryItem {
  /** Stable id of the event (the webhook's `webhook-id`). */
  id: string;
  /** ISO 8601. */
  at: string;
  type: ConnectionEventType;
  /** For `inactive` (and `disconnected`): why. */
  reason: InactiveReason | null;
  actor: EventActor | null;
  company: Company | null;
  /** For `expiring`: whole days until `credentialsExpireAt`. */
  daysLeft: number | null;
  /** For hand-off events and a reconnect finished through a hand-off link: the host user who asked. */
  requestedBy: ConnectedBy | null;
}

export interface HistoryPage {
  items: HistoryItem[];
  nextCursor: string | null;
}

export interface HistoryRequest {
  cursor: string | null;
  limit: number;
}

/** The person who connected or reconnected the integration. */
export interface ConnectedBy {
  name: string;
}

/** A vendor row; `id` is null when the data feed has not supplied the QuickBooks ID. */
export interface Vendor {
  id: string | null;
  name: string;
}

export interface VendorPage {
  items: Vendor[];
  nextCursor: string | null;
}

export interface AuthorizeRequest {
  redirectUri: string;
}

export interface AuthorizeResult {
  /** Intuit's authorization URL, built by the host backend (it holds the client id). */
  authorizationUrl: string;
  /** The OAuth `state` the backend issued; the callback must carry the same value. */
  state: string;
}

export interface CompleteRequest {
  code: string;
  state: string;
  realmId: string;
  /** Set only after the user said Yes a second time to linking a different company. */
  confirmCompanySwitch?: boolean;
}

/** complete() either connects, or refuses because Intuit returned a company other than the linked one. */
export type CompleteResult =
  | { outcome: 'connected'; snapshot: ConnectionSnapshot }
  | { outcome: 'company_mismatch'; linked: Company; incoming: Company };

export interface VendorsRequest {
  cursor: string | null;
  limit: number;
}

/** What Intuit sends back to the redirect_uri: a code, or an error such as `access_denied`. */
export type OAuthCallbackParams =
  | { code: string; state: string; realmId: string }
  | { error: string; state: string | null; errorDescription?: string };
