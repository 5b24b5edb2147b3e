// The drop-in's stand-in for core/reconnect-exchange.ts: the exchange with the backend after Yes (authorize(), the
// used-code memory with its SHA-256, complete()) comes with the reconnect dialog's chunk. The run calls it after the
// sign-in window has opened, where waiting is fine; by then the chunk is loaded, as Yes is only shown by that dialog.
// A redirect return (the page is back from Intuit) loads the chunk first.
import type * as Exchange from '../../core/reconnect-exchange.js';
import { loadDialogs } from './dialog-loader.js';

export type { ExchangeRun } from '../../core/reconnect-exchange.js';

export const authorizeAndSignIn: typeof Exchange.authorizeAndSignIn = async (...args) =>
  (await loadDialogs()).exchange.authorizeAndSignIn(...args);

export const completeSignIn: typeof Exchange.completeSignIn = async (...args) => (await loadDialogs()).exchange.completeSignIn(...args);
