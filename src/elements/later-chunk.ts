// The drop-in's chunk of the later elements (see shared/later-loader.ts): the elements, and the English texts they
// show, which the drop-in's first part leaves out.
import { completeEnglish } from '../i18n/english-complete.lazy.js';
import { defineLaterElements as defineElements } from './later-elements.js';

export * from './later-elements.js';

/** Completes the English table, then registers the later elements. */
export function defineLaterElements(): void {
  completeEnglish();
  defineElements();
}
