// ConnectionController: gives a Lit element the provider's store, strings and live state, re-rendering on change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectionStore, StoreState } from '../../core/store.js';
import type { Strings } from '../../i18n/strings.js';
import { ConnectionLink } from './connection-link.js';

export class ConnectionController implements ReactiveController {
  private readonly link: ConnectionLink;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.link = new ConnectionLink(host, () => host.requestUpdate());
    host.addController(this);
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
