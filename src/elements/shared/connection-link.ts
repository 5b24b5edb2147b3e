// ConnectionLink: an element's tie to the enclosing <qbo-connection>: asks for its store and strings through the
// context protocol, follows the store's state, and calls `changed` whenever any of them changes. Both the Lit
// elements (through ConnectionController) and the plain, template-free ones use it.
import { ContextEvent } from '@lit/context';
import { connectionContext } from '../../context.js';
import type { ConnectionContextValue } from '../../context.js';
import type { ConnectionStore, StoreState } from '../../core/store.js';
import { defaultStrings } from '../../i18n/strings.js';
import type { Strings } from '../../i18n/strings.js';

/** Links whose request no provider answered (none above them yet); a provider that arrives later is asked again. */
const waiting = new Set<ConnectionLink>();
let listening = false;

function listenForProviders(doc: Document): void {
  if (listening) return;
  listening = true;
  // @lit/context's ContextProvider announces itself with a bubbling, composed `context-provider` event on connection.
  doc.addEventListener('context-provider', (event) => {
    if ((event as Event & { context?: unknown }).context !== connectionContext) return;
    for (const link of [...waiting]) link.connect();
  });
}

export class ConnectionLink {
  store: ConnectionStore | null = null;
  strings: Strings = defaultStrings;
  /** Null outside a provider or without an adapter. */
  state: StoreState | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Ends the provider's subscription to this element (the context protocol's unsubscribe). */
  private release: (() => void) | null = null;
  private answered = false;
  /** Stable, so a provider that re-parents its consumers recognises this one. */
  private readonly receive = (value: ConnectionContextValue | undefined, release?: () => void): void => {
    if (this.release && this.release !== release) this.release(); // moved to another provider
    this.release = release ?? null;
    this.answered = true;
    this.attach(value);
  };

  constructor(
    private readonly host: HTMLElement,
    private readonly changed: () => void,
  ) {}

  /** On connection: asks the nearest provider; outside one, the element shows the neutral "not configured" state. */
  connect(): void {
    this.answered = false;
    this.host.dispatchEvent(new ContextEvent(connectionContext, this.host, this.receive, true));
    if (this.answered) {
      waiting.delete(this);
      return;
    }
    if (!waiting.has(this)) this.attach(undefined);
    waiting.add(this);
    listenForProviders(this.host.ownerDocument);
  }

  /** On disconnection: the provider and the store forget this element. */
  disconnect(): void {
    waiting.delete(this);
    this.release?.();
    this.release = null;
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
        this.changed();
      });
    }
    this.changed();
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
