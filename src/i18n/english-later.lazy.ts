// The drop-in's stand-in for english-later.ts: no texts up front. The chunks that show them (the later elements, the
// reconnect dialog) bring the real table and fill the English table in place (english-complete.lazy.ts); until then
// only the first status's texts exist, which is all the first status shows.
import type { LaterStrings } from './english-later.js';

export const laterStrings = {} as LaterStrings;
