// <qbo-reconnect-dialog>: the modal that walks the user from "Are you sure to Reconnect?" to a connected account.
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FlowState } from '../../core/reconnect-flow.js';
import { isDialogOpen } from '../../core/selectors.js';
import { handoffOffer } from '../../core/handoff-state.js';
import { ConnectionController } from '../shared/connection-controller.js';
import { QboBeforeYouBegin } from '../qbo-before-you-begin/qbo-before-you-begin.js';
import { QboHandoffOffer } from '../qbo-handoff-offer/qbo-handoff-offer.js';
import { defineElement } from '../shared/define-element.js';
import { companySwitchScreen, confirmScreen, failureMessage, failureText, keptScreen, screenStyles } from './screens.js';
import type { ScreenActions } from './screens.js';
import { StoreDialogController } from '../shared/store-dialog.js';
import { tokens } from '../shared/tokens.styles.js';
import { dialogStyles } from './qbo-reconnect-dialog.styles.js';

const IDLE_FLOW: FlowState = { name: 'idle' };

/** One key per screen the dialog shows: focus moves and the live region speaks only when it changes. */
function screenKey(flow: FlowState): string {
  if (flow.name === 'failed') return `failed:${flow.reason}`;
  if (flow.name === 'cancelled') return 'kept';
  if (flow.name === 'authorizing') return `authorizing:${flow.mode}${flow.detached ? ':detached' : ''}${flow.retryOffered ? ':retry' : ''}`;
  return flow.name;
}

interface Screen {
  title: string;
  /** The text the dialog is described by; absent on a screen that is only a title and progress. */
  message?: TemplateResult | string;
  progress?: boolean;
  actions: TemplateResult;
}

/**
 * The reconnect dialog. Opens (as a native modal `<dialog>`) whenever the provider's reconnect flow needs the user:
 * the confirmation (which names the linked company, warns in the guide's words and lists "Before You Begin"; with
 * nothing linked yet it asks "Connect QuickBooks?" without the warning), Intuit sign-in in progress, the second
 * confirmation before linking a different company (the destructive choice in danger style), "Nothing changed;
 * still linked to …" after No there, and named failures that say nothing changed, with a way to retry. It renders the store and sends intent; Esc is the same as No / Cancel / Close.
 * Focus starts on the safe choice and returns to the element that opened it.
 *
 * `<qbo-connection>` around it fires `qbo-reconnect-start`, `qbo-reconnect-cancel` and the outcome events for
 * what happens here: listen there (this element dispatches nothing itself).
 *
 * @tagname qbo-reconnect-dialog
 * @summary "Are you sure to Reconnect?" with Yes / No, then sign-in progress, company switch and failures.
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart title - The heading of the current step.
 * @csspart message - The text of the current step (the warning on the first step; `detail` on later lines).
 * @csspart company - "You are reconnecting …" on the confirmation (also has the `message` part).
 * @csspart before-you-begin - The `<qbo-before-you-begin>` disclosure on the confirmation.
 * @csspart handoff - The `<qbo-handoff-offer>` ("Not a QuickBooks admin? Ask one to reconnect") after Intuit refused access.
 * @csspart warning - The data-loss warning of the first step (also has the `message` part).
 * @csspart icon - The ⚠️ warning icon.
 * @csspart progress - The busy indicator while signing in or finishing.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button; also `button-primary` or `button-secondary`.
 * @csspart button-primary - The button that moves the reconnect forward (Yes, Try again…).
 * @csspart button-secondary - The safe or alternative choice (No, Cancel, Close…).
 * @csspart button-safe - The safe choice of the company switch ("No, keep …"), as strong as a primary button.
 * @csspart button-danger - The destructive choice of the company switch ("Yes, link …").
 * @csspart announcer - The visually hidden live region that speaks step changes.
 *
 * @cssprop --qbo-dialog-width - Maximum width of the dialog (default 32rem).
 * @cssprop --qbo-dialog-backdrop - Backdrop behind the modal.
 * @cssprop --qbo-color-surface - Dialog background.
 * @cssprop --qbo-color-text - Dialog text.
 * @cssprop --qbo-color-primary - Primary button background.
 * @cssprop --qbo-color-control-border - Secondary button border (3:1 against the surface).
 * @cssprop --qbo-color-on-primary - Primary button text.
 * @cssprop --qbo-color-warning - Warning text and border.
 * @cssprop --qbo-color-warning-bg - Warning background.
 * @cssprop --qbo-color-danger - Failure title accent, and the destructive button.
 */
export class QboReconnectDialog extends LitElement {
  static override styles = [tokens, dialogStyles, screenStyles];

  static override properties = {
    step: { type: String, reflect: true },
  };

  /** Reflected: the flow step on screen (`idle`, `confirming`, `authorizing`, `completing`, `confirming-company-switch`, `failed`…). */
  declare step: string;
  /** What the in-dialog live region says; set during each update, so it needs no property of its own. */
  private announcement = '';

  private readonly connection = new ConnectionController(this);

  /** Server-rendered: wait for the provider's store before the first (hydrating) update. */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return super.shouldUpdate(changed) && !this.connection.awaitingStore;
  }
  /** Open while the flow needs the user; Esc cancels the flow; focus goes back to the opener on close. */
  private readonly modal = new StoreDialogController(this, {
    dialog: () => this.dialog,
    isOpen: () => isDialogOpen(this.flow),
    cancel: () => this.cancelFlow(),
  });
  private shownScreen: string | null = null;

  constructor() {
    super();
    this.step = 'idle';
    defineElement('qbo-before-you-begin', QboBeforeYouBegin);
    defineElement('qbo-handoff-offer', QboHandoffOffer);
  }

  private get flow(): FlowState {
    return this.connection.state?.flow ?? IDLE_FLOW;
  }

  private get dialog(): HTMLDialogElement | null {
    // No render root yet while a server-rendered element waits to hydrate (it may be removed before it does).
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.shownScreen = null;
  }

  protected override willUpdate(): void {
    const flow = this.flow;
    this.step = flow.name;
    const open = isDialogOpen(flow);
    const key = open ? screenKey(flow) : null;
    if (key !== this.shownScreen) {
      // The first screen is announced by the dialog opening (its name and description); later ones by the live region.
      this.announcement = open && this.shownScreen !== null ? this.announcementFor(flow) : '';
    }
  }

  protected override updated(): void {
    if (!this.dialog) return;
    this.modal.sync();
    const flow = this.flow;
    const open = isDialogOpen(flow);
    const key = open ? screenKey(flow) : null;
    if (key !== this.shownScreen) {
      this.shownScreen = key;
      if (open) this.renderRoot.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    }
  }

  protected override render() {
    const flow = this.flow;
    const screen = isDialogOpen(flow) ? this.screenFor(flow) : null;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby=${screen?.message ? 'description' : nothing}
      @cancel=${this.modal.onCancel}
      @close=${this.modal.onClose}
      @keydown=${this.modal.onKeydown}
    >
      ${screen
        ? html`<h2 id="title" part="title">${screen.title}</h2>
            ${screen.message ? html`<div id="description">${screen.message}</div>` : nothing}
            ${screen.progress ? html`<div part="progress" role="progressbar" aria-labelledby="title"></div>` : nothing}
            <div part="actions">${screen.actions}</div>`
        : nothing}
      <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </dialog>`;
  }

  private screenFor(flow: FlowState): Screen | null {
    const { strings } = this.connection;
    const cancelButton = (label: string, initialFocus: boolean) =>
      html`<button part="button button-secondary" ?data-initial-focus=${initialFocus} @click=${this.cancelFlow}>${label}</button>`;
    const snapshot = this.connection.state?.snapshot ?? null;
    switch (flow.name) {
      case 'confirming':
        return confirmScreen(strings, snapshot, this.screenActions, this.handoffFirst);
      case 'cancelled':
        return keptScreen(strings, flow, this.screenActions);
      case 'authorizing':
        return {
          title: strings.authorizingTitle,
          message: html`<p part="message">${this.authorizingText(flow)}</p>`,
          progress: true,
          // A detached window may be gone: starting again (a new window, inside this click) is offered beside Cancel.
          actions: flow.retryOffered
            ? html`<button part="button button-primary" @click=${this.confirmPopup}>${strings.signInWindowGone}</button>${cancelButton(strings.cancel, true)}`
            : cancelButton(strings.cancel, true),
        };
      case 'completing':
        // Cancel stays available so a backend that never answers cannot trap the user in a modal.
        return { title: strings.completingTitle, progress: true, actions: cancelButton(strings.cancel, true) };
      case 'confirming-company-switch':
        return companySwitchScreen(strings, flow, this.screenActions);
      case 'failed': {
        const failure = strings.failure[flow.reason];
        const retry =
          flow.reason === 'popup_blocked'
            ? html`<button part="button button-primary" data-initial-focus @click=${this.confirmPopup}>${strings.openSignInAgain}</button>
                <button part="button button-secondary" @click=${this.confirmRedirect}>${strings.continueInThisTab}</button>`
            : html`<button part="button button-primary" data-initial-focus @click=${this.confirmPopup}>${strings.tryAgain}</button>`;
        return {
          title: failure.title,
          message: failureMessage(failureText(strings, flow, snapshot), flow.reason === 'access_denied'),
          actions: html`${retry}${cancelButton(strings.close, false)}`,
        };
      }
      default:
        return null;
    }
  }

  private announcementFor(flow: FlowState): string {
    const { strings } = this.connection;
    switch (flow.name) {
      case 'authorizing':
        return flow.retryOffered ? `${this.authorizingText(flow)} ${strings.signInWindowGone}` : this.authorizingText(flow);
      case 'completing':
        return strings.completingTitle;
      case 'confirming-company-switch':
        return `${strings.companySwitchTitle} ${strings.companySwitchMessage(flow.linked, flow.incoming)}`;
      case 'failed':
        return `${strings.failure[flow.reason].title}. ${failureText(strings, flow, this.connection.state?.snapshot ?? null).join(' ')}`;
      case 'cancelled':
        return flow.kept ? strings.companyKept(flow.kept) : '';
      default:
        return '';
    }
  }

  // The popup must open inside the click itself (browsers block one opened after an await): no async here.
  private readonly confirmPopup = (): void => this.connection.store?.confirm('popup');
  private readonly confirmRedirect = (): void => this.connection.store?.confirm('redirect');
  private readonly confirmCompanySwitch = (): void => this.connection.store?.confirmCompanySwitch();
  private readonly cancelFlow = (): void => this.connection.store?.cancel();
  private readonly screenActions: ScreenActions = {
    yes: this.confirmPopup,
    cancel: this.cancelFlow,
    confirmCompanySwitch: this.confirmCompanySwitch,
  };

  /** Asking a QuickBooks admin is the first choice (admin access lost, or Intuit refused a sign-in here). */
  private get handoffFirst(): boolean {
    return handoffOffer(this.connection.state, this.connection.adapter) === 'first';
  }

  private authorizingText(flow: Extract<FlowState, { name: 'authorizing' }>): string {
    const { strings } = this.connection;
    if (flow.mode === 'redirect') return strings.authorizingRedirect;
    return flow.detached ? strings.authorizingDetached : strings.authorizingPopup;
  }
}
