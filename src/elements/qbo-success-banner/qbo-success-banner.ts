// <qbo-success-banner>: "Your account has been successfully reconnected." with Dismiss ×, after a reconnect.
import { LitElement, html, nothing } from 'lit';
import { ConnectionController } from '../shared/connection-controller.js';
import { deepActiveElement } from '../shared/focus.js';
import { focusStatusAfterDismiss } from './focus-after-dismiss.js';
import { nextTask, whenNoModalOpen } from '../shared/modal.js';
import { tokens } from '../shared/tokens.styles.js';
import { bannerStyles } from './qbo-success-banner.styles.js';

/**
 * The green confirmation banner. Appears when a reconnect succeeds and stays until the user dismisses it. The
 * message sits in a live region that is always present. Its text is set only after the reconnect dialog has closed
 * (while a modal is open the page around it is inert and an announcement there is lost) and after focus has
 * settled, so it is heard rather than cut off.
 *
 * Focus: when the reconnect left focus nowhere, the banner's Dismiss button takes it. When Dismiss × is pressed, the
 * banner is gone and, unless the host's `qbo-banner-dismiss` handler placed it, focus moves to a shown
 * `<qbo-connection-status>` of the same provider, which now holds the status ("API Connection Status is Active"):
 * the one in the shown tab panel, else the nearest shown one, else the banner's own (empty) box; never <body>.
 *
 * `<qbo-connection>` around it fires `qbo-banner-dismiss` when the banner is dismissed: listen there (this
 * element dispatches nothing itself).
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
 */
export class QboSuccessBanner extends LitElement {
  static override styles = [tokens, bannerStyles];

  static override properties = {
    open: { type: Boolean, reflect: true },
  };

  /** Reflected: whether the banner is showing. Set by the element itself from the provider's state. */
  declare open: boolean;
  /** Whether the message text is in the live region yet; it follows `open` once it can be heard. */
  private spoken = false;

  private readonly connection = new ConnectionController(this);

  /** Server-rendered: wait for the provider's store before the first (hydrating) update. */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return super.shouldUpdate(changed) && !this.connection.awaitingStore;
  }

  constructor() {
    super();
    this.open = false;
  }

  protected override willUpdate(): void {
    this.open = this.connection.state?.bannerVisible ?? false;
    if (!this.open) this.spoken = false;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('open') && this.open && changed.get('open') === false) void this.announce();
  }

  /**
   * After a reconnect the dialog closes and the Connect Account link that opened it disappears, so focus would fall
   * to the page. Once every element has updated and no modal is open, give focus to the banner if nobody else took
   * it, then put the message in the live region: set earlier, it would be inert or talked over by the focus move.
   */
  private async announce(): Promise<void> {
    await nextTask();
    await whenNoModalOpen();
    if (!this.open) return;
    if (!deepActiveElement()) this.renderRoot.querySelector<HTMLElement>('[part=dismiss-button]')?.focus();
    this.spoken = true;
    this.requestUpdate();
  }

  protected override render() {
    const { strings } = this.connection;
    const open = this.open;
    // tabindex -1: the last place focus can go after Dismiss × when no status line is shown.
    return html`<div part="base" tabindex="-1">
      ${open
        ? html`<svg part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="9" fill="currentColor" />
            <path d="M5.6 10.4l2.9 2.9 6-6.2" fill="none" stroke="var(--_success-bg)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>`
        : nothing}
      <p part="message" role="status">${open && this.spoken ? strings.successMessage : nothing}</p>
      ${open
        ? html`<button part="dismiss-button" type="button" @click=${this.dismiss}>
            ${strings.dismiss}<span aria-hidden="true">×</span>
          </button>`
        : nothing}
    </div>`;
  }

  private readonly dismiss = async (): Promise<void> => {
    this.connection.store?.dismissBanner();
    await this.updateComplete;
    // The button just pressed is gone. Unless the host's qbo-banner-dismiss handler placed focus, hand it to the
    // element that now says what the connection is (WCAG 2.4.3), rather than let it fall to <body>.
    if (!deepActiveElement()) focusStatusAfterDismiss(this, this.renderRoot.querySelector<HTMLElement>('[part=base]')!);
  };
}
