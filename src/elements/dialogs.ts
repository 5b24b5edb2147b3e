// The reconnect dialog's chunk: the drop-in loads it on first intent (see shared/dialog-loader.ts), not up front.
import { QboReconnectDialog } from './qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { defineElement } from './shared/define-element.js';

export { QboReconnectDialog };

export function defineDialogs(): void {
  defineElement('qbo-reconnect-dialog', QboReconnectDialog);
}
