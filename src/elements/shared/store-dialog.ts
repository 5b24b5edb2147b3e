// StoreDialogController: a native modal <dialog> whose opening and closing the store decides (the reconnect dialog,
// the disconnect confirmation): shown while the store's step needs it, Esc and browser closes reported to the store,
// focus kept inside while open (Tab wraps) and taken back when it closes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement } from './focus.js';
import { wrapTabInDialog } from './focus-trap.js';
import { trackModal } from './modal.js';

export interface StoreDialogOptions {
  /** The element's `<dialog>`, once rendered. */
  dialog: () => HTMLDialogElement | null;
  /** Whether the store's current step needs the dialog on screen. */
  isOpen: () => boolean;
  /** Tells the store the user backed out (Esc, or a close the store did not ask for). */
  cancel: () => void;
  /** Where focus goes when the dialog closes instead of back to the opener (null: the opener). */
  focusOnClose?: () => HTMLElement | null;
}

export class StoreDialogController implements ReactiveController {
  /** Who had focus when the dialog opened; focus goes back there on close. */
  private opener: HTMLElement | null = null;
  /** Esc arrived as a cancel the page may not veto: the store already heard it, so the close that follows must not. */
  private closingAnyway = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: StoreDialogOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    const dialog = this.options.dialog();
    if (dialog?.open) dialog.close();
    this.opener = null;
  }

  /** From the host's `updated()`: opens or closes the dialog to match the store. */
  sync(): void {
    const dialog = this.options.dialog();
    if (!dialog) return;
    const open = this.options.isOpen();
    if (open && !dialog.open && this.host.isConnected) {
      // Kept when the browser closed the dialog on its own and a step that still needs it opens it again.
      this.opener ??= deepActiveElement();
      dialog.showModal();
      trackModal(dialog);
    } else if (!open && dialog.open) {
      dialog.close();
      this.restoreFocus();
    }
  }

  /** The dialog's `cancel` listener (Esc): the store decides; the dialog closes when the store says so, never on its own. */
  readonly onCancel = (event: Event): void => {
    // Without a recent user activation the cancel cannot be vetoed and the browser closes the dialog anyway: the
    // store moves now all the same, and a step that still needs the dialog opens it again after the close.
    if (event.cancelable) event.preventDefault();
    else {
      this.closingAnyway = true;
      // The browser closes the dialog once this event returns; render again then, without waiting for its close event.
      setTimeout(() => this.host.requestUpdate());
    }
    this.options.cancel();
  };

  /** The dialog's `keydown` listener: Tab and Shift+Tab wrap at its ends instead of leaving the page (APG). */
  readonly onKeydown = wrapTabInDialog;

  /** The dialog's `close` listener: a close the store did not ask for cancels, or opens the dialog again on render. */
  readonly onClose = (): void => {
    const handled = this.closingAnyway;
    this.closingAnyway = false;
    if (this.options.dialog()?.open) return; // reopened for a new step before this event arrived
    if (!handled && this.options.isOpen()) this.options.cancel();
    if (this.options.isOpen()) this.host.requestUpdate();
    else this.restoreFocus();
  };

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    const target = this.options.focusOnClose?.() ?? opener;
    if (target?.isConnected) target.focus();
  }
}
