// The connection model every adapter speaks and every element renders: plain data, no behaviour.

/** The three link states of the seed guide: gray Disabled, red/orange Inactive, green Active. */
export type LinkState = 'disabled' | 'inactive' | 'active';
export const LINK_STATES: readonly LinkState[] = ['disabled', 'inactive', 'active'];

/** Why a connection is not active, in words the user is shown (see i18n `inactiveReason`). */
export type InactiveReason = 'expired_credentials' | 'revoked' | 'account_changed' | 'never_connected' | 'manually_disabled' | 'unknown';
export const INACTIVE_REASONS: readonly InactiveReason[] = [
  'expired_credentials',
  'revoked',
  'account_changed',
  'never_connected',
  'manually_disabled',
  'unknown',
];

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
