// PlainElement: the base of the elements a page holds many of (the badge, the vendor ID) and of those that show the
// first status: no template engine and no update cycle. The shadow root is built once, by hand, and every change of
// the connection rewrites text and attributes in place, synchronously, inside the store's own notification.
import { adoptStyles } from '@lit/reactive-element/css-tag.js';
import type { CSSResultOrNative } from '@lit/reactive-element/css-tag.js';
import { ConnectionLink } from './connection-link.js';
import { upgradeProperties } from './dom.js';

export abstract class PlainElement extends HTMLElement {
  static styles: CSSResultOrNative[] = [];
  static shadowRootOptions: ShadowRootInit = { mode: 'open' };
  /**
   * Properties a framework may set before the tag is defined (the drop-in defines some tags later): the value sits
   * on the instance then, hiding the class's accessor, so it is moved onto the accessor at upgrade.
   */
  static upgradedProperties: readonly string[] = [];

  protected readonly connection = new ConnectionLink(this, () => this.requestUpdate());

  /** Settles once the element shows the current state: at once, since updates run synchronously. */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  connectedCallback(): void {
    if (!this.shadowRoot) {
      const type = this.constructor as typeof PlainElement;
      // Here rather than in a constructor: after the subclass's own field initializers.
      upgradeProperties(this, type.upgradedProperties);
      const root = this.attachShadow(type.shadowRootOptions);
      adoptStyles(root, type.styles);
      this.build(root);
    }
    this.connection.connect();
  }

  disconnectedCallback(): void {
    this.connection.disconnect();
  }

  /**
   * Sets the `state` attribute hosts style by, touching the DOM only when it changes (or was taken away); `shownState`
   * keeps it for the element's `state` getter without reading the attribute back.
   */
  protected reflectState(state: string): void {
    if (this.shownState === state && this.hasAttribute('state')) return;
    this.shownState = state;
    this.setAttribute('state', state);
  }

  /** The last state reflected, null before the first update. */
  protected shownState: string | null = null;

  /** Brings the shadow root up to date; does nothing before the element is first connected. */
  requestUpdate(): void {
    if (this.shadowRoot) this.update();
  }

  /** Makes the shadow root's content, once. */
  protected abstract build(root: ShadowRoot): void;

  /** Writes what changed since the last update: text, attributes, visibility. */
  protected abstract update(): void;
}
