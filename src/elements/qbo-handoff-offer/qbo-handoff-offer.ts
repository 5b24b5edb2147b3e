// <qbo-handoff-offer>: "Not a QuickBooks admin? Ask one to reconnect", or the open request with Cancel request / New link.
import { LitElement, html, nothing } from 'lit';
import { HANDOFF_IDLE, handoffOffer } from '../../core/handoff-state.js';
import type { HandoffOffer, HandoffState } from '../../core/handoff-state.js';
import { ConnectionController } from '../shared/connection-controller.js';
import { defineElement } from '../shared/define-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { handoffFailureText } from '../qbo-handoff-dialog/failure-text.js';
import { shortDay } from '../qbo-handoff-dialog/handoff-dates.js';
import { QboHandoffDialog } from '../qbo-handoff-dialog/qbo-handoff-dialog.js';
import { handoffOfferStyles } from './qbo-handoff-offer.styles.js';

/**
 * "Ask a QuickBooks admin": for the user who sees the link is down but cannot reconnect it, because reconnecting
 * needs administrator access to the QuickBooks company. While a reconnect is needed (inactive, or disabled with a
 * company, for a reason a reconnect cures) and the adapter can issue links (`createHandoff`), it offers "Not a
 * QuickBooks admin? Ask one to reconnect", which opens `<qbo-handoff-dialog>`. The offer is the first choice (the
 * `offer` attribute is `first`: a filled button, placed before Connect Account by the status line) when QuickBooks
 * says the user who linked is no longer an admin (`admin_access_lost`) or Intuit refused this page's sign-in
 * (`access_denied`). While a request is open it says "Reconnect requested from ops@… by Dana Ortiz · link expires
 * Dec 11" with Cancel request and New link (the link itself is never shown again: New link replaces it).
 *
 * `<qbo-connection-status>` and `<qbo-before-you-begin>` hold one; it can also be placed on its own. It renders the
 * provider's store and sends intent (`cancelHandoff`); `<qbo-connection>` fires the `qbo-handoff-*` events.
 *
 * @tagname qbo-handoff-offer
 * @summary "Not a QuickBooks admin? Ask one to reconnect", or the open request with Cancel request / New link.
 *
 * @attr {"none" | "offer" | "first" | "requested"} offer - Reflects what is shown; set by the element itself.
 * @attr {boolean} form-open - Set by the element while its form is open (a status line keeps it in place then).
 *
 * @csspart offer - The "Not a QuickBooks admin? Ask one to reconnect" row.
 * @csspart question - "Not a QuickBooks admin?".
 * @csspart ask - The button that opens the form (also `ask-first` when it is the first choice).
 * @csspart ask-first - The ask button when it is the first choice.
 * @csspart request - "Reconnect requested from … by … · link expires …".
 * @csspart request-actions - The row with Cancel request and New link.
 * @csspart cancel-request - The Cancel request button.
 * @csspart new-link - The New link button.
 * @csspart error - Why cancelling failed.
 * @csspart announcer - The visually hidden live region that says the request was cancelled.
 *
 * @cssprop --qbo-handoff-offer-align - `flex-start` (default) or `flex-end` (inside the status line).
 * @cssprop --qbo-color-link - The ask button as a link, and the request buttons.
 * @cssprop --qbo-color-primary - The ask button as the first choice.
 * @cssprop --qbo-color-on-primary - Its text.
 * @cssprop --qbo-color-text-muted - The question and the request line.
 * @cssprop --qbo-color-danger - The cancel error.
 */
export class QboHandoffOffer extends LitElement {
  static override styles = [tokens, handoffOfferStyles];

  static override properties = {
    offer: { type: String, reflect: true },
  };

  /** Reflected: `none`, `offer`, `first` or `requested`. */
  declare offer: HandoffOffer;
  private readonly connection = new ConnectionController(this);

  /** Server-rendered: wait for the provider's store before the first (hydrating) update. */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return super.shouldUpdate(changed) && !this.connection.awaitingStore;
  }
  private announcement = '';
  private shownHandoff: HandoffState = HANDOFF_IDLE;

  constructor() {
    super();
    this.offer = 'none';
    defineElement('qbo-handoff-dialog', QboHandoffDialog);
  }

  private get form(): QboHandoffDialog | null {
    return this.renderRoot?.querySelector('qbo-handoff-dialog') ?? null; // no render root in a server render
  }

  private get handoff(): HandoffState {
    return this.connection.state?.handoff ?? HANDOFF_IDLE;
  }

  /** Focuses the ask button, else New link. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part~=ask], [part=new-link]')?.focus(options);
  }

  protected override willUpdate(): void {
    const state = this.connection.state;
    this.offer = handoffOffer(state, this.connection.adapter);
    const handoff = this.handoff;
    // "Request cancelled" is said once, when the cancel goes through; the next change empties the region.
    this.announcement = this.shownHandoff.name === 'cancelling' && handoff.name === 'idle' ? this.connection.strings.handoff.cancelled : '';
    this.shownHandoff = handoff;
    // The form stays reachable while it is open, whatever the link does meanwhile.
    const formOpen = !!this.form?.open;
    this.hidden = this.offer === 'none' && !formOpen;
    this.toggleAttribute('form-open', formOpen);
  }

  protected override render() {
    return html`${this.offer === 'offer' || this.offer === 'first' ? this.renderOffer() : nothing}
      ${this.offer === 'requested' ? this.renderRequest() : nothing}
      <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <qbo-handoff-dialog exportparts="dialog: form-dialog" @close=${this.onFormClose}></qbo-handoff-dialog>`;
  }

  private renderOffer() {
    const text = this.connection.strings.handoff;
    const first = this.offer === 'first';
    // Named by both halves ("Not a QuickBooks admin? Ask one to reconnect"): "Ask one" alone says nothing.
    return html`<p part="offer">
      <span id="question" part="question">${text.question}</span>
      <button id="ask" type="button" part=${first ? 'ask ask-first' : 'ask'} aria-haspopup="dialog" aria-labelledby="question ask" @click=${this.openForm}>
        ${text.ask}
      </button>
    </p>`;
  }

  private renderRequest() {
    const { strings } = this.connection;
    const text = strings.handoff;
    const request = this.connection.state?.snapshot?.handoff;
    if (!request) return nothing;
    const handoff = this.handoff;
    const cancelling = handoff.name === 'cancelling';
    const failed = handoff.name === 'failed' && handoff.action === 'cancel' ? handoff : null;
    return html`<p part="request">${text.requested(request.requestedBy.name, request.email, shortDay(this, request.expiresAt))}</p>
      <p part="request-actions">
        <button type="button" part="cancel-request" aria-disabled=${cancelling ? 'true' : 'false'} @click=${this.cancelRequest}>
          ${cancelling ? text.cancelling : text.cancelRequest}
        </button>
        <button type="button" part="new-link" aria-haspopup="dialog" @click=${this.openForm}>${text.newLink}</button>
      </p>
      ${failed ? html`<p part="error" role="alert">${text.cancelFailed} ${handoffFailureText(strings, failed)}</p>` : nothing}`;
  }

  private readonly openForm = (event: Event): void => {
    const trigger = event.currentTarget as HTMLElement;
    void this.form?.show(trigger, () => this.renderRoot.querySelector<HTMLElement>('[part=new-link], [part~=ask]'));
    this.toggleAttribute('form-open', true);
  };

  /** The form closed: the offer may have nothing left to show. */
  private readonly onFormClose = (): void => this.requestUpdate();

  private readonly cancelRequest = (): void => {
    if (this.handoff.name === 'cancelling') return;
    void this.connection.store?.cancelHandoff().then(() => {
      // Focus was on Cancel request, which is gone now: put it on the offer that replaced it.
      if (this.handoff.name === 'idle' && !this.renderRoot.querySelector('[part=cancel-request]')) void this.updateComplete.then(() => this.focus());
    });
  };
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { HandoffOffer } from '../../core/handoff-state.js';
