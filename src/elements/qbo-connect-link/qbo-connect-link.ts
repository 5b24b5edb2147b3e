// <qbo-connect-link>: the "📶 Connect Account" link that starts a reconnect by asking the store to confirm it.
import { html, nothing } from 'lit';
import { isRunning } from '../../core/reconnect-flow.js';
import { isReconnecting, shownLinkState } from '../../core/selectors.js';
import { LinkStateElement } from '../link-state-element.js';
import { connectionIcon, connectionIconStyles } from '../shared/connection-icon.js';
import { tokens } from '../shared/tokens.styles.js';
import { connectLinkStyles } from './qbo-connect-link.styles.js';

/**
 * The Connect Account link. Activating it (click, Enter or Space) asks the provider's store to start a reconnect,
 * which opens "Are you sure to Reconnect?". It is a `<button>` because it opens a dialog rather than navigating.
 *
 * It sets its own `hidden` attribute while the connection is active and while the first load has not answered, is
 * `aria-disabled` (muted, no underline) while a reconnect runs, and stays visible but inert when no connection is
 * configured. Its `state` attribute reflects the connection (`inactive`, `disabled`, `active`, `loading`, `error`
 * or `unconfigured`) and `busy` is set while Intuit sign-in or the code exchange is under way.
 *
 * `focus()` focuses the inner button, so a dialog can hand focus back to the link that opened it.
 *
 * @tagname qbo-connect-link
 * @summary The blue "📶 Connect Account" link that opens the reconnect dialog.
 *
 * @slot icon - Replaces the built-in connection icon (decorative: it is hidden from assistive technology).
 *
 * @csspart base - The button, styled as a link.
 * @csspart icon - The wrapper of the connection icon.
 * @csspart label - The "Connect Account" text.
 *
 * @cssprop --qbo-color-link - Link colour (and the 📶 icon's tile).
 * @cssprop --qbo-connection-icon-bars - The bars inside the 📶 icon (default: the surface colour).
 * @cssprop --qbo-color-text-muted - Colour while the link cannot be used.
 * @cssprop --qbo-color-focus - Focus ring.
 * @cssprop --qbo-font-family - Font.
 * @cssprop --qbo-font-size - Font size.
 */
export class QboConnectLink extends LinkStateElement {
  static override styles = [tokens, connectLinkStyles, connectionIconStyles];

  static override shadowRootOptions: ShadowRootInit = { ...LinkStateElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    ...LinkStateElement.properties,
    busy: { type: Boolean, reflect: true },
  };

  /** Reflected: true while Intuit sign-in or the code exchange runs. Set by the element itself. */
  declare busy: boolean;

  constructor() {
    super();
    this.busy = false;
  }

  /** Focuses the inner button (the control a keyboard user activates). */
  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  override blur(): void {
    this.button?.blur();
  }

  private get button(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part=base]') ?? null;
  }

  /** Whether the link is shown: not when active, and not before the connection is known. */
  private get shown(): boolean {
    const state = this.connection.state;
    if (!state) return true; // not configured: shown, neutral and inert
    const linkState = shownLinkState(state);
    return linkState === 'inactive' || linkState === 'disabled';
  }

  /** Whether activating the link would do nothing: no store, or a reconnect is already under way. */
  private get unusable(): boolean {
    const state = this.connection.state;
    return !this.connection.store || !state || isRunning(state.flow);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const state = this.connection.state;
    this.busy = isReconnecting(state?.flow);
    this.hidden = !this.shown;
  }

  protected override render() {
    if (!this.shown) return nothing;
    const unusable = this.unusable;
    return html`<button
      part="base"
      type="button"
      aria-haspopup="dialog"
      aria-disabled=${unusable ? 'true' : nothing}
      aria-busy=${this.busy ? 'true' : nothing}
      @click=${this.activate}
    >
      <span part="icon" aria-hidden="true"><slot name="icon">${connectionIcon}</slot></span
      ><span part="label">${this.connection.strings.connectAccount}</span>
    </button>`;
  }

  private activate(): void {
    if (this.unusable) return;
    this.connection.store?.requestReconnect();
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
