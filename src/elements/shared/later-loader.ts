// Loads the drop-in's later elements (later-elements.ts) as soon as the page holds one of them, or else when it is
// idle after the first status, so the status itself never waits for their code.
import { FIRST_STATUS_EVENTS, lazyChunk, whenIdle } from './lazy-chunk.js';

/** The tags later-elements.ts defines (checked there), named here so the watch needs none of their code. */
export const LATER_TAGS = [
  'qbo-link-state-tabs',
  'qbo-success-banner',
  'qbo-sync-summary',
  'qbo-integration-header',
  'qbo-before-you-begin',
  'qbo-disconnect',
  'qbo-expiry-warning',
  'qbo-connection-history',
  'qbo-handoff-offer',
  'qbo-handoff-dialog',
] as const;

/** Loads and registers the later elements once; gives their classes. */
export const loadLaterElements = lazyChunk(() =>
  import('../later-chunk.js').then((module) => {
    module.defineLaterElements();
    return module;
  }),
);

let watching = false;

/**
 * Watches `doc` (once per page): a later tag in it now or added to it loads the chunk at once; otherwise the first
 * status (or load error) does, when the page is next idle, for tags inside shadow roots this cannot see.
 */
export function loadLaterElementsWhenNeeded(doc: Document): void {
  if (watching) return;
  watching = true;
  const selector = LATER_TAGS.join(',');
  const holds = (node: Node) => node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null);
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(holds))) load();
  });
  const onStatus = () => whenIdle(load);
  function load() {
    observer.disconnect();
    for (const type of FIRST_STATUS_EVENTS) doc.removeEventListener(type, onStatus, true);
    loadLaterElements().catch(() => {
      // Offline or blocked: watch again, so the next change retries.
      watching = false;
      loadLaterElementsWhenNeeded(doc);
    });
  }
  if (holds(doc.documentElement)) {
    load();
    return;
  }
  observer.observe(doc, { childList: true, subtree: true });
  for (const type of FIRST_STATUS_EVENTS) doc.addEventListener(type, onStatus, true);
}
