// The drop-in's chunk of the later elements (see shared/later-loader.ts): the elements, the English texts they show,
// which the drop-in's first part leaves out, and the disconnect run that <qbo-disconnect> asks for.
import { Disconnection } from '../core/disconnection.js';
import { completeEnglish } from '../i18n/english-complete.lazy.js';
import { defineLaterElements as defineElements } from './later-elements.js';
import { provideDisconnection } from './shared/disconnection.lazy.js';

export * from './later-elements.js';

/** Completes the English table and hands over the disconnect run, then registers the later elements. */
export function defineLaterElements(): void {
  completeEnglish();
  provideDisconnection(Disconnection);
  defineElements();
}
