// The qbo- elements by tag, and defineAll() to register them; importing this file registers nothing.
import { QboReconnectDialog } from './qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { defineElement } from './shared/define-element.js';
import { staticElements } from './static-elements.js';

export const elements = {
  ...staticElements,
  'qbo-reconnect-dialog': QboReconnectDialog,
} as const;

/** Registers every tag; safe to call more than once and beside another copy of the library. */
export function defineAll(): void {
  for (const [tag, constructor] of Object.entries(elements)) defineElement(tag, constructor);
}

/** Each tag's element type, as `document.createElement` and `querySelector` give it. */
export type QboElementTagNameMap = { [Tag in keyof typeof elements]: InstanceType<(typeof elements)[Tag]> };

declare global {
  interface HTMLElementTagNameMap extends QboElementTagNameMap {}
}
