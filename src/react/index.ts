// `qbo-reconnect/react`: a React component for every qbo- element (made with @lit/react), and useQboConnection().
import { createComponent } from '@lit/react';
import type { EventName, ReactWebComponent } from '@lit/react';
import * as React from 'react';
import type { ConnectionStore, StoreState } from '../core/store.js';
import { QboBeforeYouBegin as QboBeforeYouBeginElement } from '../elements/qbo-before-you-begin/qbo-before-you-begin.js';
import { QboConnectLink as QboConnectLinkElement } from '../elements/qbo-connect-link/qbo-connect-link.js';
import { QboConnection as QboConnectionElement } from '../elements/qbo-connection/qbo-connection.js';
import { QboConnectionHistory as QboConnectionHistoryElement } from '../elements/qbo-connection-history/qbo-connection-history.js';
import { QboConnectionStatus as QboConnectionStatusElement } from '../elements/qbo-connection-status/qbo-connection-status.js';
import { QboDisconnect as QboDisconnectElement } from '../elements/qbo-disconnect/qbo-disconnect.js';
import { QboExpiryWarning as QboExpiryWarningElement } from '../elements/qbo-expiry-warning/qbo-expiry-warning.js';
import { QboIntegrationHeader as QboIntegrationHeaderElement } from '../elements/qbo-integration-header/qbo-integration-header.js';
import { QboLinkStateTabs as QboLinkStateTabsElement } from '../elements/qbo-link-state-tabs/qbo-link-state-tabs.js';
import { QboReconnectDialog as QboReconnectDialogElement } from '../elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { QboStatusBadge as QboStatusBadgeElement } from '../elements/qbo-status-badge/qbo-status-badge.js';
import { QboSuccessBanner as QboSuccessBannerElement } from '../elements/qbo-success-banner/qbo-success-banner.js';
import { QboSyncSummary as QboSyncSummaryElement } from '../elements/qbo-sync-summary/qbo-sync-summary.js';
import { QboVendorId as QboVendorIdElement } from '../elements/qbo-vendor-id/qbo-vendor-id.js';
import { defineAll } from '../elements/registry.js';
import type { elements } from '../elements/registry.js';
import { qboEventNames } from '../events.js';
import type { QboEventMap } from '../events.js';

// A React app imports components, not tags: registering here means `<QboConnection>` works with no other import.
defineAll();

type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<S>;

/** `qbo-reconnect-success` → `onReconnectSuccess`. */
export type QboEventPropName<T extends string> = T extends `qbo-${infer Rest}` ? `on${PascalCase<Rest>}` : never;

/** Every `qbo-` event as the React prop that listens to it, with the event's own type (and so its detail). */
export type QboEventProps = {
  [K in keyof QboEventMap as QboEventPropName<K & string>]: EventName<QboEventMap[K]>;
};

function eventPropName(name: string): string {
  return `on${name.replace(/^qbo-/, '').replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
}

/** The provider dispatches every event (the others bubble from it), so its component carries every event prop. */
const connectionEvents = Object.fromEntries(qboEventNames.map((name) => [eventPropName(name), name])) as unknown as QboEventProps;

function component<I extends HTMLElement>(tagName: keyof typeof elements, elementClass: new () => I, displayName: string) {
  return createComponent({ react: React, tagName, elementClass, displayName });
}

export const QboConnection = createComponent({
  react: React,
  tagName: 'qbo-connection',
  elementClass: QboConnectionElement,
  events: connectionEvents,
  displayName: 'QboConnection',
});
export const QboStatusBadge = component('qbo-status-badge', QboStatusBadgeElement, 'QboStatusBadge');
export const QboConnectionStatus = component('qbo-connection-status', QboConnectionStatusElement, 'QboConnectionStatus');
export const QboConnectLink = component('qbo-connect-link', QboConnectLinkElement, 'QboConnectLink');
export const QboReconnectDialog = component('qbo-reconnect-dialog', QboReconnectDialogElement, 'QboReconnectDialog');
export const QboLinkStateTabs = component('qbo-link-state-tabs', QboLinkStateTabsElement, 'QboLinkStateTabs');
export const QboSuccessBanner = component('qbo-success-banner', QboSuccessBannerElement, 'QboSuccessBanner');
export const QboSyncSummary = component('qbo-sync-summary', QboSyncSummaryElement, 'QboSyncSummary');
export const QboVendorId = component('qbo-vendor-id', QboVendorIdElement, 'QboVendorId');
export const QboIntegrationHeader = component('qbo-integration-header', QboIntegrationHeaderElement, 'QboIntegrationHeader');
export const QboBeforeYouBegin = component('qbo-before-you-begin', QboBeforeYouBeginElement, 'QboBeforeYouBegin');
export const QboDisconnect = component('qbo-disconnect', QboDisconnectElement, 'QboDisconnect');
export const QboExpiryWarning = component('qbo-expiry-warning', QboExpiryWarningElement, 'QboExpiryWarning');
export const QboConnectionHistory = component('qbo-connection-history', QboConnectionHistoryElement, 'QboConnectionHistory');

/** Every component by tag; fails to compile when the registry gains an element without its component. */
export const components = {
  'qbo-connection': QboConnection,
  'qbo-status-badge': QboStatusBadge,
  'qbo-connection-status': QboConnectionStatus,
  'qbo-connect-link': QboConnectLink,
  'qbo-reconnect-dialog': QboReconnectDialog,
  'qbo-link-state-tabs': QboLinkStateTabs,
  'qbo-success-banner': QboSuccessBanner,
  'qbo-sync-summary': QboSyncSummary,
  'qbo-vendor-id': QboVendorId,
  'qbo-integration-header': QboIntegrationHeader,
  'qbo-before-you-begin': QboBeforeYouBegin,
  'qbo-disconnect': QboDisconnect,
  'qbo-expiry-warning': QboExpiryWarning,
  'qbo-connection-history': QboConnectionHistory,
} satisfies { [Tag in keyof typeof elements]: ReactWebComponent<InstanceType<(typeof elements)[Tag]>, any> };

/** The props of a component, e.g. `QboProps<typeof QboConnection>` for a wrapper of your own. */
export type QboProps<C> = C extends React.ComponentType<infer P> ? P : never;

/**
 * The store's state, re-rendering on every change: for hosts that draw their own UI from the connection
 * (`useQboConnection(ref.current?.store)`, or a `ConnectionStore` of their own). Null while there is no store.
 */
export function useQboConnection(store: ConnectionStore | null | undefined): StoreState | null {
  const subscribe = React.useCallback((onChange: () => void) => store?.subscribe(onChange) ?? (() => {}), [store]);
  const getState = React.useCallback(() => store?.state ?? null, [store]);
  return React.useSyncExternalStore(subscribe, getState, getState);
}
