// `qbo-reconnect/core`: the model, adapters, store, reconnect flow and OAuth window handling, without any element.
export type {
  AuthorizeRequest,
  AuthorizeResult,
  Company,
  CompleteRequest,
  CompleteResult,
  ConnectionEventType,
  ConnectionSnapshot,
  EventActor,
  HistoryItem,
  HistoryPage,
  HistoryRequest,
  HandoffCreated,
  HandoffCreateRequest,
  HandoffRequest,
  InactiveReason,
  LinkState,
  OAuthCallbackParams,
  SyncSummary,
  Vendor,
  VendorPage,
  VendorsRequest,
} from './model.js';
export { CONNECTION_EVENT_TYPES, INACTIVE_REASONS, LINK_STATES, reconnectHelps } from './model.js';
export { DEFAULT_HISTORY_PAGE_SIZE, HISTORY_IDLE, HISTORY_NOT_SUPPORTED, HistoryLoader, isHistoryNotSupported } from './history.js';
export type { HistoryLoaderOptions, HistoryState, HistoryStatus } from './history.js';
export { canHandoff, HANDOFF_IDLE, HANDOFF_NOTE_MAX, HANDOFF_REFUSALS, handoffOffer, isEmailAddress, reconnectNeeded } from './handoff-state.js';
export type { HandoffFailureReason, HandoffOffer, HandoffRefusal, HandoffState } from './handoff-state.js';
export { ConnectionError, ERROR_REASONS, isConnectionError, toConnectionError } from './errors.js';
export type { ConnectionErrorInit, ErrorReason } from './errors.js';
export type { AdapterOutline, ConnectionAdapter, RequestOptions } from './adapter.js';
export {
  authorizeResultSchema,
  companySchema,
  parseAuthorizeResult,
  parseCompleteResult,
  parseHandoffCreated,
  parseSnapshot,
  parseVendorPage,
  snapshotSchema,
  vendorPageSchema,
} from './schemas.js';
export { createHttpAdapter, DEFAULT_TIMEOUT_MS } from './http-adapter.js';
export type { HeadersSource, HttpAdapterOptions } from './http-adapter.js';
export { ConnectionStore } from './store.js';
export type { AuthorizationWindow, ConnectionStoreOptions, LoadStatus, StoreEnvironment, StoreEvent, StoreState } from './store.js';
export { IDLE, isRunning, isSettled } from './reconnect-flow.js';
export { transition } from './reconnect-transition.js';
export type { AuthorizeMode, FlowEvent, FlowState, FlowStateName } from './reconnect-flow.js';
export { displayState, isDialogOpen, isLive, isReconnecting, shownLinkState, visibleLinkStates } from './selectors.js';
export type { DisplayState } from './selectors.js';
export { DISCONNECT_IDLE, isDisconnectOpen } from './disconnect-state.js';
export type { DisconnectState } from './disconnect-state.js';
export { DISCONNECTED_PARAM, readLanding, RECONNECT_PARAM } from './landing.js';
export type { Landing } from './landing.js';
export { OAuthWindow } from './oauth-window.js';
export type { OAuthWindowOptions } from './oauth-window.js';
export { handleOAuthCallback, handOffToOpener } from './callback.js';
export { INTUIT_AUTHORIZATION_URL, isAllowedAuthorizationUrl } from './authorization-url.js';
export { DEFAULT_CALL_TIMEOUT_MS } from './deadline.js';
export type { SignInWindowHooks } from './oauth-environment.js';
export { DEFAULT_FRESHNESS_INTERVAL_MS, watchFreshness } from './freshness.js';
export type { FreshnessOptions, PageSignals } from './freshness.js';
export { clearPendingAuthorization, readPendingAuthorization, savePendingAuthorization, takeRedirectResult } from './redirect.js';
export type { PendingAuthorization, RedirectResult } from './redirect.js';
