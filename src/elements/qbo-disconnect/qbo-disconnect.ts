// <qbo-disconnect>: the Disconnect action with its own confirmation (sync stops, data stays).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { isDisconnectOpen } from '../../core/disconnect-state.js';
import type { DisconnectState } from '../../core/disconnect-state.js';
import { isRunning } from '../../core/reconnect-flow.js';
import { shownLinkState } from '../../core/selectors.js';
import { LinkStateElement } from '../link-state-element.js';
import { dialogStyles } from '../qbo-reconnect-dialog/qbo-reconnect-dialog.styles.js';
import { screenStyles } from '../qbo-reconnect-dialog/screens.styles.js';
import { StoreDialogController } from '../shared/store-dialog.js';
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

  private shownStep: string | null = null;
  private announcement = '';
  /**
   * The confirmation, open while the store's disconnect step needs it: Esc cancels (the store ignores it while the
   * request runs); on close, focus returns to the opener, or once disconnected to the note that replaced the button.
   */
  private readonly confirmation = new StoreDialogController(this, {
    dialog: () => this.dialog,
    isOpen: () => isDisconnectOpen(this.step),
    cancel: () => this.cancel(),
    focusOnClose: () => (this.step.name === 'done' ? this.renderRoot.querySelector<HTMLElement>('[part=done]') : null),
  });

  private get step(): DisconnectState {
    return this.connection.state?.disconnect ?? IDLE;
  }

  private get dialog(): HTMLDialogElement | null {
    // No render root yet while a server-rendered element waits to hydrate (it may be removed before it does).
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  /** Active, and an adapter that can end the link. */
  private get offered(): boolean {
    return !!this.connection.store?.canDisconnect && shownLinkState(this.connection.state) === 'active';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    if (!this.dialog) return;
    this.confirmation.sync();
    const step = this.step;
    const open = isDisconnectOpen(step);
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
      <dialog part="dialog" aria-labelledby="title" aria-describedby="description" @cancel=${this.confirmation.onCancel} @close=${this.confirmation.onClose} @keydown=${this.confirmation.onKeydown}>
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
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
