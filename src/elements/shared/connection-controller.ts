// ConnectionController: gives a Lit element the provider's store, strings and live state, re-rendering on change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.link = new ConnectionLink(host, () => host.requestUpdate());
    host.addController(this);
    controllers.set(host, this);
  }

  /** Shows `state` in `strings` with no provider and no store: how qbo-reconnect/ssr renders a Lit element. */
  showState(state: StoreState | null, strings: Strings): void {
    this.link.state = state;
    this.link.strings = strings;
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
