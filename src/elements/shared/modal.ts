// Knows whether one of our modal dialogs is open, so live regions outside it wait until they can be heard.

/**
 * While a modal `<dialog>` is open, everything outside it is inert, and screen readers drop what a live region
 * there says. Text meant to be heard after the dialog closes (the success message, a status change) is set only
 * once no modal opened by these elements is open.
 */
const modals = new Set<HTMLDialogElement>();

/** Call right after `showModal()`; the dialog counts as open while `open` and in the document. */
export function trackModal(dialog: HTMLDialogElement): void {
  modals.add(dialog);
}

export function isModalOpen(): boolean {
  for (const dialog of modals) {
    if (dialog.open && dialog.isConnected) return true;
    modals.delete(dialog);
  }
  return false;
}

/** Resolves once no tracked modal is open (at once when none is). */
export function whenNoModalOpen(): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (isModalOpen()) setTimeout(check, 50);
      else resolve();
    };
    check();
  });
}

/** Resolves in a later task, after every element has finished the updates of this one. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
