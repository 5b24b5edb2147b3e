// Loads the reconnect dialog when it is about to be needed, not with the page: on the first sign of intent (a pointer
// over, focus on or click of a Connect Account link) or when the page is idle after the first status.
// The popup still opens synchronously inside Yes: Yes is only shown by the dialog, so its code is there by then.
import { FIRST_STATUS_EVENTS, lazyChunk, whenIdle } from './lazy-chunk.js';

/** Loads and registers the dialog once; a failed load (offline) is retried on the next call. */
export const loadDialogs = lazyChunk(() =>
  import('../dialogs.js').then((module) => {
    module.defineDialogs();
    return module;
  }),
);

let watching = false;

/** Elements whose pointer, focus or click means the dialog may open next. */
const INTENT = new Set(['QBO-CONNECT-LINK', 'QBO-CONNECTION-STATUS', 'QBO-EXPIRY-WARNING']);

/** Starts watching `doc` for intent (once per page); the dialog loads at the first sign of it. */
export function loadDialogsOnIntent(doc: Document): void {
  if (watching) return;
  watching = true;
  const events = ['pointerover', 'focusin', 'click', 'touchstart'] as const;
  const stop = () => {
    for (const type of events) doc.removeEventListener(type, onIntent, true);
    for (const type of FIRST_STATUS_EVENTS) doc.removeEventListener(type, onStatus, true);
  };
  const load = () => {
    stop();
    loadDialogs().catch(() => {
      // Offline or blocked: watch again, so the next intent retries.
      watching = false;
      loadDialogsOnIntent(doc);
    });
  };
  function onIntent(event: Event) {
    if (event.composedPath().some((node) => node instanceof Element && INTENT.has(node.tagName))) load();
  }
  function onStatus() {
    for (const type of FIRST_STATUS_EVENTS) doc.removeEventListener(type, onStatus, true);
    whenIdle(load);
  }
  for (const type of events) doc.addEventListener(type, onIntent, { capture: true, passive: true });
  for (const type of FIRST_STATUS_EVENTS) doc.addEventListener(type, onStatus, true);
}
