// ConnectionController: gives an element the provider's store, strings and live state, re-rendering on change.
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { connectionContext } from '../../context.js';
import type { ConnectionContextValue } from '../../context.js';
import type { ConnectionStore, StoreState } from '../../core/store.js';
import { defaultStrings } from '../../i18n/strings.js';
import type { Strings } from '../../i18n/strings.js';

export class ConnectionController implements ReactiveController {
  store: ConnectionStore | null = null;
  strings: Strings = defaultStrings;
  /** Null outside a provider or without an adapter. */
  state: StoreState | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    new ContextConsumer(host, {
      context: connectionContext,
      subscribe: true,
      callback: (value) => this.attach(value),
    });
  }

  hostDisconnected(): void {
    this.detach();
  }

  private attach(value: ConnectionContextValue | undefined): void {
    this.detach();
    this.strings = value?.strings ?? defaultStrings;
    this.store = value?.store ?? null;
    this.state = this.store && this.store.state.status !== 'unconfigured' ? this.store.state : null;
    if (this.store) {
      this.unsubscribe = this.store.subscribe((state) => {
        this.state = state;
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
