// `qbo-reconnect`: the element classes, defineAll(), the typed events and strings — registering nothing by itself.
export { QboBeforeYouBegin } from './elements/qbo-before-you-begin/qbo-before-you-begin.js';
export { QboConnectLink } from './elements/qbo-connect-link/qbo-connect-link.js';
export { QboConnection } from './elements/qbo-connection/qbo-connection.js';
export { QboConnectionHistory } from './elements/qbo-connection-history/qbo-connection-history.js';
export { QboConnectionStatus } from './elements/qbo-connection-status/qbo-connection-status.js';
export { QboDisconnect } from './elements/qbo-disconnect/qbo-disconnect.js';
export { DEFAULT_EXPIRY_THRESHOLD_DAYS, QboExpiryWarning } from './elements/qbo-expiry-warning/qbo-expiry-warning.js';
export { QboHandoffDialog } from './elements/qbo-handoff-dialog/qbo-handoff-dialog.js';
export { QboHandoffOffer } from './elements/qbo-handoff-offer/qbo-handoff-offer.js';
export { QboIntegrationHeader } from './elements/qbo-integration-header/qbo-integration-header.js';
export { QboLinkStateTabs } from './elements/qbo-link-state-tabs/qbo-link-state-tabs.js';
export { QboReconnectDialog } from './elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
export { QboStatusBadge } from './elements/qbo-status-badge/qbo-status-badge.js';
export { QboSuccessBanner } from './elements/qbo-success-banner/qbo-success-banner.js';
export { QboSyncSummary } from './elements/qbo-sync-summary/qbo-sync-summary.js';
export { QboVendorId } from './elements/qbo-vendor-id/qbo-vendor-id.js';
export { defineAll, elements } from './elements/registry.js';
export { defineElement } from './elements/shared/define-element.js';
export { ConnectionController } from './elements/shared/connection-controller.js';
export { connectionContext } from './context.js';
export type { ConnectionContextValue } from './context.js';
export { toDomEvent } from './events.js';
export type {
  QboDisconnectDetail,
  QboErrorDetail,
  QboEventMap,
  QboHandoffCreateDetail,
  QboHandoffErrorDetail,
  QboReconnectCancelDetail,
  QboReconnectStartDetail,
  QboReconnectSuccessDetail,
  QboStatusChangeDetail,
} from './events.js';
export { defaultStrings, mergeStrings } from './i18n/strings.js';
export type { BeforeYouBeginText, DisconnectText, FailureText, HandoffText, Strings } from './i18n/strings.js';
export { esUSStrings } from './i18n/locales/es-US.js';
export { frCAStrings } from './i18n/locales/fr-CA.js';
export { localeStrings, stringsForLocale } from './i18n/locale.js';
export type { ShippedLocale } from './i18n/locale.js';
export * from './core/index.js';
