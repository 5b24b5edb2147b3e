// <qbo-handoff-dialog>: the "Ask a QuickBooks admin" form in a native modal <dialog>: email, note, Create link, then the link.
import { LitElement, html, nothing } from 'lit';
import { HANDOFF_IDLE, HANDOFF_NOTE_MAX, isEmailAddress } from '../../core/handoff-state.js';
import type { HandoffState } from '../../core/handoff-state.js';
import { pageLocale, shippedLocaleFor } from '../../i18n/locale.js';
import { ConnectionController } from '../shared/connection-controller.js';
import { deepActiveElement } from '../shared/focus.js';
import { wrapTabInDialog } from '../shared/focus-trap.js';
import { trackModal } from '../shared/modal.js';
import { tokens } from '../shared/tokens.styles.js';
import { handoffFailureText } from './failure-text.js';
import { expiryMoment } from './handoff-dates.js';
import { handoffDialogStyles } from './qbo-handoff-dialog.styles.js';

/**
 * The form that asks a QuickBooks admin to reconnect, as a modal dialog (APG): labelled by its heading, focus on the
 * first field when it opens, Tab wraps at its ends, Esc or Cancel closes it, and focus goes back to the button that
 * opened it. The admin's email is optional (checked before anything is sent, the error tied to the field) and the note
 * is up to 500 characters with a counter. "Create link" shows the link once, read-only, with Copy ("Copied" is
 * announced), and "Sent to …" when the backend mailed it. A failure (too many links, no longer needed, network…) is
 * named in the form and what was typed stays. Closing forgets the link: the backend keeps only its hash, so a lost link
 * is replaced by a new one, never shown again.
 *
 * `<qbo-handoff-offer>` opens it; it renders the provider's store and sends intent (`createHandoff`,
 * `closeHandoff`), and `<qbo-connection>` fires `qbo-handoff-create` and `qbo-handoff-error`.
 *
 * @fires {Event} close - The form closed (Esc, Cancel, Close); does not bubble.
 *
 * @tagname qbo-handoff-dialog
 * @summary The "Ask a QuickBooks admin to reconnect" form: email, note, Create link, the link with Copy.
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart title - The heading.
 * @csspart intro - What the link does.
 * @csspart failure - Why the link could not be made (nothing changed).
 * @csspart field-error - The email field's error.
 * @csspart counter - The note's character counter.
 * @csspart sent-to - "Sent to …" once the backend mailed the link.
 * @csspart link - The read-only field with the new link.
 * @csspart copy-status - "Copied" (a polite live region).
 * @csspart actions - The row of buttons.
 * @csspart button - Every button; also `button-primary` or `button-secondary`.
 * @csspart button-primary - Create link.
 * @csspart button-secondary - Cancel, Close, Copy.
 *
 * @cssprop --qbo-dialog-width - Maximum width of the dialog (default 32rem).
 * @cssprop --qbo-dialog-backdrop - Backdrop behind the modal.
 * @cssprop --qbo-color-surface - Dialog and field background.
 * @cssprop --qbo-color-text - Text.
 * @cssprop --qbo-color-text-muted - Hints and the counter.
 * @cssprop --qbo-color-primary - Create link's background.
 * @cssprop --qbo-color-on-primary - Create link's text.
 * @cssprop --qbo-color-control-border - Field and secondary button borders.
 * @cssprop --qbo-color-danger - Errors.
 * @cssprop --qbo-color-success - "Sent to …" and "Copied".
 */
export class QboHandoffDialog extends LitElement {
  static override styles = [tokens, handoffDialogStyles];

  static override properties = {
    open: { type: Boolean, reflect: true },
    email: { state: true },
    note: { state: true },
    emailError: { state: true },
    copyStatus: { state: true },
  };

  /** Reflected: whether the form is on screen. Open it with `show()`. */
  declare open: boolean;
  declare private email: string;
  declare private note: string;
  /** The email field's error is shown (after a Create link with a value that is not an address). */
  declare private emailError: boolean;
  declare private copyStatus: 'copied' | 'failed' | null;

  private readonly connection = new ConnectionController(this);

  /** Server-rendered: wait for the provider's store before the first (hydrating) update. */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return super.shouldUpdate(changed) && !this.connection.awaitingStore;
  }

  private opener: HTMLElement | null = null;
  private fallbackFocus: (() => HTMLElement | null) | null = null;
  private shownStep: string | null = null;

  constructor() {
    super();
    this.open = false;
    this.email = '';
    this.note = '';
    this.emailError = false;
    this.copyStatus = null;
  }

  private get handoff(): HandoffState {
    return this.connection.state?.handoff ?? HANDOFF_IDLE;
  }

  private get dialog(): HTMLDialogElement | null {
    // No render root yet while a server-rendered element waits to hydrate (it may be removed before it does).
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  /**
   * Opens an empty form. Focus returns to `opener` (default: what has focus now) when it closes, or to what
   * `fallback` gives when the opener is gone by then (the offer turned into the open request's line).
   */
  async show(opener: HTMLElement | null = deepActiveElement(), fallback?: () => HTMLElement | null): Promise<void> {
    if (this.open) return;
    this.opener = opener;
    this.fallbackFocus = fallback ?? null;
    this.email = '';
    this.note = '';
    this.emailError = false;
    this.copyStatus = null;
    this.shownStep = null;
    this.open = true;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || !this.isConnected) return;
    dialog.showModal();
    trackModal(dialog);
    this.focusFirst();
  }

  /** Closes the form (as Cancel, Close or Esc do). */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
    // The dialog's `close` event comes in a later task, which a page in a background tab may not run for a long
    // time (Chromium): a close asked for here is finished at once; the event then finds nothing left to do.
    this.onClose();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close();
  }

  protected override updated(): void {
    const step = this.open ? this.handoff.name : null;
    if (step === this.shownStep) return;
    const before = this.shownStep;
    this.shownStep = step;
    // The link appears in place of the form: focus goes to it, selected, ready to copy.
    if (step === 'created' && before !== null) {
      const link = this.renderRoot.querySelector<HTMLInputElement>('[part=link]');
      link?.focus();
      link?.select();
    }
  }

  protected override render() {
    const text = this.connection.strings.handoff;
    const handoff = this.handoff;
    // Described by the intro on the form, by "Sent to …" once the link was mailed; a bare link is described by its field.
    const described = this.open && (handoff.name !== 'created' || handoff.sentTo !== null);
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby=${described ? 'intro' : nothing} @close=${this.onClose} @keydown=${wrapTabInDialog}>
      ${this.open
        ? html`<h2 id="title" part="title">${text.title}</h2>
            ${handoff.name === 'created' ? this.renderLink(handoff) : this.renderForm(handoff)}`
        : nothing}
    </dialog>`;
  }

  private renderForm(handoff: HandoffState) {
    const strings = this.connection.strings;
    const text = strings.handoff;
    const creating = handoff.name === 'creating';
    const failed = handoff.name === 'failed' && handoff.action === 'create' ? handoff : null;
    const describedBy = this.emailError ? 'email-hint email-error' : 'email-hint';
    return html`<p id="intro" part="intro">${text.intro}</p>
      ${failed
        ? html`<div part="failure" role="alert">
            <p><strong>${text.failedTitle}</strong>${handoffFailureText(strings, failed)} ${text.unchanged}</p>
          </div>`
        : nothing}
      <form novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="email">${text.emailLabel}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            spellcheck="false"
            .value=${this.email}
            aria-invalid=${this.emailError ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${this.onEmailInput}
          />
          <p id="email-hint">${text.emailHint}</p>
          ${this.emailError ? html`<p id="email-error" part="field-error">${text.emailInvalid}</p>` : nothing}
        </div>
        <div class="field">
          <label for="note">${text.noteLabel}</label>
          <textarea id="note" name="note" maxlength=${HANDOFF_NOTE_MAX} aria-describedby="note-counter" .value=${this.note} @input=${this.onNoteInput}></textarea>
          <p id="note-counter" part="counter">${text.noteCounter(this.note.length, HANDOFF_NOTE_MAX)}</p>
        </div>
        <div part="actions">
          <button type="submit" part="button button-primary" aria-disabled=${creating ? 'true' : 'false'}>
            ${creating ? text.creating : text.create}
          </button>
          <button type="button" part="button button-secondary" @click=${this.close}>${text.cancel}</button>
        </div>
      </form>`;
  }

  private renderLink(created: Extract<HandoffState, { name: 'created' }>) {
    const text = this.connection.strings.handoff;
    const copyText = this.copyStatus === 'copied' ? text.copied : this.copyStatus === 'failed' ? text.copyFailed : '';
    return html`${created.sentTo ? html`<p id="intro" part="sent-to">${text.sentTo(created.sentTo)}</p>` : nothing}
      <div class="field">
        <label for="link">${text.linkLabel}</label>
        <div class="copy-row">
          <input id="link" part="link" type="text" readonly .value=${created.url} aria-describedby="link-hint" @focus=${this.selectLink} />
          <button type="button" part="button button-secondary" @click=${this.copy}>${text.copy}</button>
        </div>
        <p id="link-hint">${text.linkHint(expiryMoment(this, created.expiresAt))}</p>
        <p part="copy-status" class=${this.copyStatus === 'failed' ? 'failed' : ''} role="status" aria-live="polite" aria-atomic="true">${copyText}</p>
      </div>
      <div part="actions">
        <button type="button" part="button button-primary" @click=${this.close}>${text.close}</button>
      </div>`;
  }

  private focusFirst(): void {
    this.renderRoot.querySelector<HTMLElement>('#email')?.focus();
  }

  private readonly onEmailInput = (event: Event): void => {
    this.email = (event.target as HTMLInputElement).value;
    // Once shown, the error follows the typing: it goes as soon as the value is an address (or empty).
    if (this.emailError) this.emailError = !this.emailValid();
  };

  private readonly onNoteInput = (event: Event): void => {
    this.note = (event.target as HTMLTextAreaElement).value.slice(0, HANDOFF_NOTE_MAX);
  };

  private emailValid(): boolean {
    const email = this.email.trim();
    return email === '' || isEmailAddress(email);
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const store = this.connection.store;
    if (!store || this.handoff.name === 'creating') return;
    if (!this.emailValid()) {
      this.emailError = true;
      this.focusFirst();
      return;
    }
    this.emailError = false;
    void store.createHandoff({ email: this.email.trim(), note: this.note.trim(), lang: shippedLocaleFor(pageLocale(this)) });
  };

  private readonly selectLink = (event: Event): void => {
    (event.target as HTMLInputElement).select();
  };

  private readonly copy = async (): Promise<void> => {
    const handoff = this.handoff;
    if (handoff.name !== 'created') return;
    // Said again on every press: the live region is emptied first so the same word is announced anew.
    this.copyStatus = null;
    await this.updateComplete;
    let copied = false;
    try {
      await navigator.clipboard.writeText(handoff.url);
      copied = true;
    } catch {
      // No clipboard API, or not allowed here: the older copy command on the selected field.
      const field = this.renderRoot.querySelector<HTMLInputElement>('[part=link]');
      field?.focus();
      field?.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    this.copyStatus = copied ? 'copied' : 'failed';
  };

  private readonly onClose = (): void => {
    if (!this.open) return;
    this.open = false;
    this.connection.store?.closeHandoff();
    this.dispatchEvent(new Event('close'));
    const opener = this.opener;
    const fallback = this.fallbackFocus;
    this.opener = null;
    this.fallbackFocus = null;
    // The opener may be re-rendered away by the time this runs (the offer became the request line): wait a render.
    void this.updateComplete.then(() => {
      const target = opener?.isConnected ? opener : fallback?.();
      target?.focus();
    });
  };
}
