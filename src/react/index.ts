// `qbo-reconnect/react`: a React component for every qbo- element (made with @lit/react), and useQboConnection().
import { createComponent } from '@lit/react';
import type { EventName, ReactWebComponent } from '@lit/react';
import * as React from 'react';
import type { ConnectionStore, StoreState } from '../core/store.js';
import { defineAll, elements } from '../elements/registry.js';
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

/** `qbo-connection-history` → `QboConnectionHistory`; `reconnect-success` → `ReconnectSuccess`. */
function pascalCase(name: string): string {
  return name.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The provider dispatches every event (the others bubble from it), so its component carries every event prop. */
const connectionEvents = Object.fromEntries(
  qboEventNames.map((name) => [`on${pascalCase(name.replace(/^qbo-/, ''))}`, name]),
) as unknown as QboEventProps;

type Tag = keyof typeof elements;

/** Every component by tag, one for each element in the registry: `<QboConnection>` with the event props. */
export type QboComponents = {
  [T in Tag]: T extends 'qbo-connection'
    ? ReactWebComponent<InstanceType<(typeof elements)[T]>, QboEventProps>
    : ReactWebComponent<InstanceType<(typeof elements)[T]>>;
};

export const components = Object.fromEntries(
  (Object.entries(elements) as Array<[Tag, new () => HTMLElement]>).map(([tagName, elementClass]) => [
    tagName,
    createComponent({
      react: React,
      tagName,
      elementClass,
      displayName: pascalCase(tagName),
      ...(tagName === 'qbo-connection' ? { events: connectionEvents } : {}),
    }),
  ]),
) as unknown as QboComponents;

export const QboConnection: QboComponents['qbo-connection'] = components['qbo-connection'];
export const QboStatusBadge: QboComponents['qbo-status-badge'] = components['qbo-status-badge'];
export const QboConnectionStatus: QboComponents['qbo-connection-status'] = components['qbo-connection-status'];
export const QboConnectLink: QboComponents['qbo-connect-link'] = components['qbo-connect-link'];
export const QboReconnectDialog: QboComponents['qbo-reconnect-dialog'] = components['qbo-reconnect-dialog'];
export const QboLinkStateTabs: QboComponents['qbo-link-state-tabs'] = components['qbo-link-state-tabs'];
export const QboSuccessBanner: QboComponents['qbo-success-banner'] = components['qbo-success-banner'];
export const QboSyncSummary: QboComponents['qbo-sync-summary'] = components['qbo-sync-summary'];
export const QboVendorId: QboComponents['qbo-vendor-id'] = components['qbo-vendor-id'];
export const QboIntegrationHeader: QboComponents['qbo-integration-header'] = components['qbo-integration-header'];
export const QboBeforeYouBegin: QboComponents['qbo-before-you-begin'] = components['qbo-before-you-begin'];
export const QboDisconnect: QboComponents['qbo-disconnect'] = components['qbo-disconnect'];
export const QboExpiryWarning: QboComponents['qbo-expiry-warning'] = components['qbo-expiry-warning'];
export const QboConnectionHistory: QboComponents['qbo-connection-history'] = components['qbo-connection-history'];
export const QboHandoffOffer: QboComponents['qbo-handoff-offer'] = components['qbo-handoff-offer'];
export const QboHandoffDialog: QboComponents['qbo-handoff-dialog'] = components['qbo-handoff-dialog'];

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
