// ConnectionController: gives a Lit element the provider's store, strings and live state, re-rendering on change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdapterOutline } from '../../core/adapter.js';
import type { ConnectionStore, StoreState } from '../../core/store.js';
import type { Strings } from '../../i18n/strings.js';
import { ConnectionLink } from './connection-link.js';

/** Each Lit element's controller, so a server render can show a state without a provider (see showState). */
const controllers = new WeakMap<object, ConnectionController>();

/** The controller of `host`, if it has one. */
export function connectionControllerOf(host: object): ConnectionController | undefined {
  return controllers.get(host);
}

export class ConnectionController implements ReactiveController {
  private readonly link: ConnectionLink;

  /** The element came with a declarative shadow root (qbo-reconnect/ssr): it hydrates once its provider has a store. */
  private readonly serverRendered: boolean;
  private storeSeen = false;
  /** What a server render says the page's adapter can do (see showState). */
  private outline: AdapterOutline | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.link = new ConnectionLink(host, () => host.requestUpdate());
    host.addController(this);
    controllers.set(host, this);
    this.serverRendered = !!host.shadowRoot;
  }

  /**
   * True while a server-rendered element's provider has no store yet (it answers with none at first): the element
   * skips its updates until then (see shouldUpdate), so hydration keeps what the server drew instead of drawing
   * "Not configured" over it.
   */
  get awaitingStore(): boolean {
    if (!this.serverRendered || this.storeSeen) return false;
    if (this.link.store) this.storeSeen = true;
    return !this.storeSeen;
  }

  /**
   * Shows `state` in `strings` with no provider and no store: how qbo-reconnect/ssr renders a Lit element.
   * `outline`: what the page's adapter will be able to do (hand-off links, history), so the render draws what the
   * browser will.
   */
  showState(state: StoreState | null, strings: Strings, outline: AdapterOutline | null = null): void {
    this.link.state = state;
    this.link.strings = strings;
    this.outline = outline;
  }

  /** The store's adapter; in a server render, the outline of the page's adapter; else null. */
  get adapter(): AdapterOutline | null {
    return this.link.store?.adapter ?? this.outline;
  }

  /** The provider's store; null outside a provider or without an adapter. */
  get store(): ConnectionStore | null {
    return this.link.store;
  }

  get strings(): Strings {
    return this.link.strings;
  }

  /** Null outside a provider or without an adapter. */
  get state(): StoreState | null {
    return this.link.state;
  }

  hostConnected(): void {
    this.link.connect();
  }

  hostDisconnected(): void {
    this.link.disconnect();
  }
}
