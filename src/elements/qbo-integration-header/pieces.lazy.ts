// The drop-in's pieces.ts: the same pieces, with the reconnect dialog loaded on first intent instead of up front.
import { loadDialogsOnIntent } from '../shared/dialog-loader.js';
import { defineStatusPieces } from './pieces.js';

export function definePieces(doc: Document): void {
  defineStatusPieces();
  loadDialogsOnIntent(doc);
}
