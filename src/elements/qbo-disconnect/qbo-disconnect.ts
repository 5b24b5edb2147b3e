// <qbo-disconnect>: the Disconnect action with its own confirmation (sync stops, data stays).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { isDisconnectOpen } from '../../core/disconnection.js';
import type { DisconnectState } from '../../core/disconnection.js';
import { isRunning } from '../../core/reconnect-flow.js';
import { shownLinkState } from '../../core/selectors.js';
import { LinkStateElement } from '../link-state-element.js';
import { dialogStyles } from '../qbo-reconnect-dialog/qbo-reconnect-dialog.styles.js';
import { screenStyles } from '../qbo-reconnect-dialog/screens.styles.js';
import { deepActiveElement } from '../shared/focus.js';
import { trackModal } from '../shared/modal.js';
import { tokens } from '../shared/tokens.styles.js';
import { disconnectStyles } from './qbo-disconnect.styles.js';

const IDLE: DisconnectState = { name: 'idle' };

/**
 * Ends the QuickBooks link — Intuit's rule for connected apps: once connected, Disconnect replaces Connect. Shown
 * while the connection is active and the adapter can disconnect. Its confirmation (a native modal `<dialog>`,
 * focus on Cancel, Esc cancels) says what happens: syncing stops, the data stays, reconnecting the same company
 * later loses nothing. Disconnect calls `DELETE {baseUrl}/connection`; a failure is named with Try again and says
 * nothing changed. Once disconnected, the element says so in place (and takes focus, as the button is gone).
 *
 * `<qbo-connection>` around it fires `qbo-disconnect`, `qbo-disconnect-cancel` and `qbo-disconnect-error` for
 * what happens here: listen there (this element dispatches nothing itself).
 *
 * @tagname qbo-disconnect
 * @summary The Disconnect action and its "Disconnect QuickBooks?" confirmation.
 *
 * @csspart trigger - The Disconnect button.
 * @csspart done - "QuickBooks is disconnected…", shown in place of the button afterwards.
 * @csspart dialog - The native `<dialog>` of the confirmation.
 * @csspart title - The confirmation's heading.
 * @csspart message - The confirmation's text (also `detail` on later lines).
 * @csspart actions - The row of buttons.
 * @csspart button - Every dialog button; also `button-danger` (Disconnect), `button-primary` (Try again) or `button-secondary` (Cancel, Close).
 * @csspart announcer - The visually hidden live region that speaks progress and failures.
 *
 * @cssprop --qbo-color-danger - The Disconnect button's text and the confirming button.
 * @cssprop --qbo-color-surface - Backgrounds.
 * @cssprop --qbo-color-text-muted - The "disconnected" note.
 */
export class QboDisconnect extends LinkStateElement {
  static override styles = [tokens, dialogStyles, screenStyles, disconnectStyles];

  /** Who had focus when the confirmation opened; focus returns there when it closes without a change. */
  private opener: HTMLElement | null = null;
  private shownStep: string | null = null;
  /** Esc arrived as a cancel the page may not veto: the store already heard it, the close that follows must not. */
  private closingAnyway = false;
  private announcement = '';

  private get step(): DisconnectState {
    return this.connection.state?.disconnect ?? IDLE;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Active, and an adapter that can end the link. */
  private get offered(): boolean {
    return !!this.connection.store?.canDisconnect && shownLinkState(this.connection.state) === 'active';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.dialog?.open) this.dialog.close();
    this.opener = null;
    this.shownStep = null;
  }

  /** Focuses the Disconnect button (or the note that replaced it). */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('[part=trigger], [part=done]')?.focus(options);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const step = this.step;
    this.hidden = !this.offered && step.name !== 'done' && !isDisconnectOpen(step);
    if (step.name !== this.shownStep && this.shownStep !== null) {
      const text = this.connection.strings.disconnect;
      this.announcement =
        step.name === 'disconnecting' ? text.working : step.name === 'failed' ? `${text.failedTitle}. ${this.failureLines(step).join(' ')}` : '';
    }
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    const step = this.step;
    const open = isDisconnectOpen(step);
    if (open && !dialog.open && this.isConnected) {
      // Kept when the browser closed the dialog on its own while the request ran and it opens again.
      this.opener ??= deepActiveElement();
      dialog.showModal();
      trackModal(dialog);
    } else if (!open && dialog.open) {
      dialog.close();
      if (step.name === 'done') this.renderRoot.querySelector<HTMLElement>('[part=done]')?.focus();
      else this.restoreFocus();
    }
    if (step.name !== this.shownStep) {
      this.shownStep = step.name;
      if (open) this.renderRoot.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    }
  }

  protected override render() {
    const text = this.connection.strings.disconnect;
    const step = this.step;
    const busy = !!this.connection.state && isRunning(this.connection.state.flow);
    const trigger =
      step.name === 'done' && !this.offered
        ? html`<p part="done" tabindex="-1">${text.done}</p>`
        : this.offered || isDisconnectOpen(step)
          ? html`<button part="trigger" type="button" aria-haspopup="dialog" aria-disabled=${busy ? 'true' : nothing} @click=${this.request}>
              ${text.action}
            </button>`
          : nothing;
    return html`${trigger}
      <dialog part="dialog" aria-labelledby="title" aria-describedby="description" @cancel=${this.onCancelRequest} @close=${this.onNativeClose}>
        ${isDisconnectOpen(step) ? this.renderStep(step) : nothing}
        <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </dialog>`;
  }

  private renderStep(step: DisconnectState): TemplateResult {
    const text = this.connection.strings.disconnect;
    const company = this.connection.state?.snapshot?.company?.name ?? null;
    if (step.name === 'failed') {
      return html`<h2 id="title" part="title">${text.failedTitle}</h2>
        <div id="description">${this.failureLines(step).map((line, i) => html`<p part=${i ? 'message detail' : 'message'}>${line}</p>`)}</div>
        <div part="actions">
          <button part="button button-primary" data-initial-focus @click=${this.confirm}>${text.tryAgain}</button>
          <button part="button button-secondary" @click=${this.cancel}>${text.close}</button>
        </div>`;
    }
    const working = step.name === 'disconnecting';
    return html`<h2 id="title" part="title">${text.title}</h2>
      <div id="description"><p part="message">${text.message(company)}</p></div>
      <div part="actions">
        <button part="button button-secondary" data-initial-focus aria-disabled=${working ? 'true' : nothing} @click=${this.cancel}>
          ${text.cancel}
        </button>
        <button part="button button-danger" aria-disabled=${working ? 'true' : nothing} @click=${this.confirm}>
          ${working ? text.working : text.confirm}
        </button>
      </div>`;
  }

  private failureLines(step: Extract<DisconnectState, { name: 'failed' }>): string[] {
    const text = this.connection.strings.disconnect;
    return [text.failure[step.reason], text.unchanged];
  }

  private readonly request = (): void => {
    if (this.connection.state && isRunning(this.connection.state.flow)) return;
    this.connection.store?.requestDisconnect();
  };

  private readonly confirm = (): void => {
    if (this.step.name === 'disconnecting') return;
    void this.connection.store?.confirmDisconnect();
  };

  private readonly cancel = (): void => {
    this.connection.store?.cancelDisconnect();
  };

  /** Esc: the store decides (it is ignored while the request runs). */
  private readonly onCancelRequest = (event: Event): void => {
    // Not cancelable without a recent user activation: the dialog closes anyway, so the store hears it now.
    if (event.cancelable) event.preventDefault();
    else {
      this.closingAnyway = true;
      // The browser closes the dialog once this event returns; render again then (it reopens while the request runs).
      setTimeout(() => this.requestUpdate());
    }
    this.cancel();
  };

  /** A close the store did not ask for: cancel, or (while the request runs) open the dialog again on render. */
  private readonly onNativeClose = (): void => {
    const handled = this.closingAnyway;
    this.closingAnyway = false;
    if (this.dialog?.open) return;
    if (!handled && isDisconnectOpen(this.step)) this.cancel();
    if (isDisconnectOpen(this.step)) this.requestUpdate();
    else if (this.step.name !== 'done') this.restoreFocus();
  };

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
