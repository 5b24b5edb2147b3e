// Keeps Tab and Shift+Tab inside an open modal <dialog>, wrapping from the last control to the first and back (APG).

/**
 * A native modal `<dialog>` makes the page around it inert, but browsers let Tab leave it at either end: Firefox (and
 * a desktop Chromium) move focus out of the page into the browser's own toolbar, and the next key goes there instead
 * of the dialog. The APG modal dialog pattern wraps instead: Tab on the last control goes to the first, Shift+Tab on
 * the first goes to the last. Use as the dialog's `keydown` listener; every other key and every Tab in between is left
 * to the browser.
 */
export function wrapTabInDialog(event: KeyboardEvent): void {
  if (!isTabKey(event) || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  const dialog = event.currentTarget as HTMLDialogElement;
  if (!dialog.open) return;
  const controls = tabbableIn(dialog);
  if (controls.length === 0) return;
  // Inside shadow roots the event is retargeted: the first node of its path is the control that has focus.
  const from = event.composedPath()[0];
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  const to = event.shiftKey ? (from === first || from === dialog ? last : null) : from === last ? first : null;
  if (!to) return;
  event.preventDefault();
  to.focus();
}

/**
 * Tab, also where the engine cannot name it: WebKitGTK reports Shift+Tab (the system's ISO_Left_Tab key) with
 * `key` "Unidentified" and `code` "Tab".
 */
function isTabKey(event: KeyboardEvent): boolean {
  return event.key === 'Tab' || (event.key === 'Unidentified' && event.code === 'Tab');
}

/** The controls Tab reaches inside `root`, in order, looking through shadow roots and slots (flat tree order). */
export function tabbableIn(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (el: Element): void => {
    if (el instanceof HTMLElement && isTabbable(el)) found.push(el);
    const children: Element[] = el.shadowRoot
      ? [...el.shadowRoot.children]
      : el instanceof HTMLSlotElement
        ? el.assignedElements({ flatten: true })
        : [...el.children];
    for (const child of children) visit(child);
  };
  for (const child of root.shadowRoot ? [...root.shadowRoot.children] : [...root.children]) visit(child);
  return found;
}

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.hasAttribute('disabled') || el.inert || el.closest('[inert]')) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  // Hidden (display: none, a closed <details>' content, visibility: hidden) is skipped by Tab too.
  return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && el.getClientRects().length > 0;
}
