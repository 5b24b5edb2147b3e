// The drop-in's chunk of the later elements (see shared/later-loader.ts): the elements, the English texts they show,
// which the drop-in's first part leaves out, the disconnect run that <qbo-disconnect> asks for, and the hand-off run
// that the "Ask an admin" form asks for.
import { Disconnection } from '../core/disconnection.js';
import { HandoffRun } from '../core/store-handoff.js';
import { completeEnglish } from '../i18n/english-complete.lazy.js';
import { defineLaterElements as defineElements } from './later-elements.js';
import { provideDisconnection } from './shared/disconnection.lazy.js';
import { provideHandoffRun } from './shared/store-handoff.lazy.js';

export * from './later-elements.js';

/** Completes the English table and hands over the disconnect run, then registers the later elements. */
export function defineLaterElements(): void {
  completeEnglish();
  provideDisconnection(Disconnection);
  provideHandoffRun(HandoffRun);
  defineElements();
}
