// <qbo-connect-link>: the "📶 Connect Account" link that starts a reconnect by asking the store to confirm it.
import { isRunning } from '../../core/reconnect-flow.js';
import { displayState, isReconnecting, shownLinkState } from '../../core/selectors.js';
import type { DisplayState } from '../../core/selectors.js';
import { connectionIcon, connectionIconStyles } from '../shared/connection-icon.js';
import { adoptPart, adoptText, element, place, setAttribute, setText } from '../shared/dom.js';
import { PlainElement } from '../shared/plain-element.js';
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
 * @attr {"active" | "inactive" | "disabled" | "loading" | "error" | "unconfigured"} state - Reflects the connection; set by the element itself.
 * @attr {boolean} busy - Set by the element while Intuit sign-in or the code exchange runs.
 *
 * @slot icon - Replaces the built-in connection icon (decorative: it is hidden from assistive technology).
 *
 * @csspart base - The button, styled as a link.
 * @csspart icon - The wrapper of the connection icon.
 * @csspart label - The "Connect Account" text.
 *
 * @cssstate active - The connection is active (the link is hidden).
 * @cssstate inactive - The connection is inactive.
 * @cssstate disabled - The connection is disabled.
 * @cssstate loading - The first status is not known yet.
 * @cssstate error - Loading failed with nothing known.
 * @cssstate unconfigured - No provider or adapter.
 * @cssstate busy - Intuit sign-in or the code exchange runs.
 *
 * @cssprop --qbo-color-link - Link colour (and the 📶 icon's tile).
 * @cssprop --qbo-connection-icon-bars - The bars inside the 📶 icon (default: the surface colour).
 * @cssprop --qbo-color-text-muted - Colour while the link cannot be used.
 * @cssprop --qbo-color-focus - Focus ring.
 * @cssprop --qbo-font-family - Font.
 * @cssprop --qbo-font-size - Font size.
 */
export class QboConnectLink extends PlainElement {
  static override styles = [tokens, connectLinkStyles, connectionIconStyles];
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };

  private label = document.createTextNode('');
  private button = element(
    'button',
    { part: 'base', type: 'button', 'aria-haspopup': 'dialog' },
    element('span', { part: 'icon', 'aria-hidden': 'true' }, element('slot', { name: 'icon' }, connectionIcon())),
    element('span', { part: 'label' }, this.label),
  );

  /** What the link reflects: `active`, `inactive`, `disabled`, `loading`, `error` or `unconfigured`. */
  get state(): DisplayState {
    return displayState(this.connection.state);
  }

  /** True while Intuit sign-in or the code exchange runs. */
  get busy(): boolean {
    return isReconnecting(this.connection.state?.flow);
  }

  /** Focuses the inner button (the control a keyboard user activates). */
  override focus(options?: FocusOptions): void {
    if (this.button.isConnected) this.button.focus(options);
  }

  override blur(): void {
    this.button.blur();
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

  protected override build(root: ShadowRoot): void {
    this.listen();
    root.append(this.button);
  }

  protected override adopt(root: ShadowRoot): void {
    // The server leaves the button out while the link is hidden; update() puts the element's own in when needed.
    this.button = adoptPart(root, 'base', this.button);
    this.label = adoptText(adoptPart(this.button, 'label', this.button));
    this.listen();
  }

  private listen(): void {
    this.button.addEventListener('click', () => {
      if (!this.unusable) this.connection.store?.requestReconnect();
    });
  }

  protected override update(): void {
    const shown = this.shown;
    this.reflectState(this.state, this.busy);
    setAttribute(this, 'busy', this.busy);
    setAttribute(this, 'hidden', !shown);
    place(this.shadowRoot!, this.button, shown, [this.button]);
    setAttribute(this.button, 'aria-disabled', this.unusable && 'true');
    setAttribute(this.button, 'aria-busy', this.busy && 'true');
    setText(this.label, this.connection.strings.connectAccount);
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
