// <qbo-success-banner>: "Your account has been successfully reconnected." with Dismiss ×, after a reconnect.
import { LitElement, html, nothing } from 'lit';
import { ConnectionController } from '../shared/connection-controller.js';
import { deepActiveElement } from '../shared/focus.js';
import { tokens } from '../shared/tokens.styles.js';
import { bannerStyles } from './qbo-success-banner.styles.js';

/**
 * The green confirmation banner. Appears when a reconnect succeeds and stays until the user dismisses it. The
 * message sits in a live region that is always present, so screen readers announce it when it appears.
 *
 * @tagname qbo-success-banner
 * @summary Green "Your account has been successfully reconnected." banner with a Dismiss × button.
 *
 * @csspart base - The banner box (empty and borderless while hidden).
 * @csspart icon - The check mark before the message.
 * @csspart message - The message (the live region).
 * @csspart dismiss-button - The "Dismiss ×" button.
 *
 * @cssprop --qbo-color-success - Banner text, border and icon.
 * @cssprop --qbo-color-success-bg - Banner background.
 *
 * @fires {CustomEvent} qbo-banner-dismiss - (from the provider) The user dismissed the banner.
 */
export class QboSuccessBanner extends LitElement {
  static override styles = [tokens, bannerStyles];

  static override properties = {
    open: { type: Boolean, reflect: true },
  };

  /** Reflected: whether the banner is showing. Set by the element itself from the provider's state. */
  declare open: boolean;

  private readonly connection = new ConnectionController(this);

  constructor() {
    super();
    this.open = false;
  }

  protected override willUpdate(): void {
    this.open = this.connection.state?.bannerVisible ?? false;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // After a reconnect the dialog closes and the Connect Account link that opened it disappears, so focus would
    // fall to the page. Once everything has settled, give it to the banner instead, if nobody else took it.
    if (changed.has('open') && this.open && changed.get('open') === false) {
      setTimeout(() => {
        if (this.open && !deepActiveElement()) this.renderRoot.querySelector<HTMLElement>('[part=dismiss-button]')?.focus();
      }, 0);
    }
  }

  protected override render() {
    const { strings } = this.connection;
    const open = this.open;
    return html`<div part="base">
      ${open
        ? html`<svg part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="9" fill="currentColor" />
            <path d="M5.6 10.4l2.9 2.9 6-6.2" fill="none" stroke="var(--_success-bg)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>`
        : nothing}
      <p part="message" role="status">${open ? strings.successMessage : nothing}</p>
      ${open
        ? html`<button part="dismiss-button" type="button" @click=${this.dismiss}>
            ${strings.dismiss}<span aria-hidden="true">×</span>
          </button>`
        : nothing}
    </div>`;
  }

  private readonly dismiss = (): void => this.connection.store?.dismissBanner();
}
