// PlainElement: the base of the elements a page holds many of (the badge, the vendor ID) and of those that show the
// first status: no template engine and no update cycle. The shadow root is built once, by hand (or taken over as the
// server rendered it), and every change of the connection rewrites text and attributes in place, synchronously,
// inside the store's own notification.
import { adoptStyles } from '@lit/reactive-element/css-tag.js';
import type { CSSResultOrNative } from '@lit/reactive-element/css-tag.js';
import { ConnectionLink } from './connection-link.js';
import { CustomStates, DISPLAY_STATES } from './custom-states.js';
import { upgradeProperties } from './dom.js';
import { ElementBase } from './element-base.js';

export abstract class PlainElement extends ElementBase {
  static styles: CSSResultOrNative[] = [];
  static shadowRootOptions: ShadowRootInit = { mode: 'open' };
  /**
   * Properties a framework may set before the tag is defined (the drop-in defines some tags later): the value sits
   * on the instance then, hiding the class's accessor, so it is moved onto the accessor at upgrade.
   */
  static upgradedProperties: readonly string[] = [];
  /** The CSS custom states the element can be in (`:state(active)`), mirroring its `state` and `busy` attributes. */
  static customStates: readonly string[] = [...DISPLAY_STATES, 'busy'];

  protected readonly connection = new ConnectionLink(this, () => this.requestUpdate());
  private readonly states = new CustomStates(this);
  /** Set once the shadow root is built or adopted; later connections reuse it. */
  private ready = false;
  /** Server-rendered and not yet shown a store's state: what the server drew stays until the provider has a store. */
  private awaitingStore = false;

  /** Settles once the element shows the current state: at once, since updates run synchronously. */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  connectedCallback(): void {
    if (!this.ready) {
      this.ready = true;
      const type = this.constructor as typeof PlainElement;
      // Here rather than in a constructor: after the subclass's own field initializers.
      upgradeProperties(this, type.upgradedProperties);
      // A declarative shadow root (qbo-reconnect/ssr) is taken over as it is: attachShadow() would empty it, and
      // its <style> already holds the element's styles.
      if (this.shadowRoot) {
        this.awaitingStore = true;
        this.adopt(this.shadowRoot);
      } else {
        const root = this.attachShadow(type.shadowRootOptions);
        adoptStyles(root, type.styles);
        this.build(root);
      }
    }
    this.connection.connect();
  }

  disconnectedCallback(): void {
    this.connection.disconnect();
  }

  /**
   * Sets the `state` attribute hosts style by (and the custom state of the same name, with `busy` when given),
   * touching the DOM only when it changes (or was taken away); `shownState` keeps it for the element's `state`
   * getter without reading the attribute back.
   */
  protected reflectState(state: string, busy?: boolean): void {
    const type = this.constructor as typeof PlainElement;
    this.states.set(type.customStates, busy ? [state, 'busy'] : [state]);
    if (this.shownState === state && this.hasAttribute('state')) return;
    this.shownState = state;
    this.setAttribute('state', state);
  }

  /** The last state reflected, null before the first update. */
  protected shownState: string | null = null;

  /** Brings the shadow root up to date; does nothing before the element is first connected. */
  requestUpdate(): void {
    if (!this.ready || !this.shadowRoot) return;
    // Until then the provider is still setting up (it answers with no store at first): drawing "Not configured"
    // over the server's status would flash.
    if (this.awaitingStore) {
      if (!this.connection.store) return;
      this.awaitingStore = false;
    }
    this.update();
  }

  /** Makes the shadow root's content, once. */
  protected abstract build(root: ShadowRoot): void;

  /**
   * Takes over a shadow root the server rendered for the same state: keeps its nodes (the ones update() rewrites
   * become the element's own), adds what build() would have added besides (listeners), and replaces nothing.
   */
  protected abstract adopt(root: ShadowRoot): void;

  /** Writes what changed since the last update: text, attributes, visibility. */
  protected abstract update(): void;
}
