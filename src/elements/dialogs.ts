// The reconnect dialog's chunk: the drop-in loads it on first intent (see shared/dialog-loader.ts), not up front, together
// with the reconnect run: the sign-in window that its Yes opens and the exchange with the backend that follows.
import { OAuthWindow } from '../core/oauth-window.js';
import { ReconnectRun } from '../core/store-reconnect.js';
import { completeEnglish } from '../i18n/english-complete.lazy.js';
import { QboReconnectDialog } from './qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { defineElement } from './shared/define-element.js';
import { provideOAuthWindow } from './shared/oauth-window.lazy.js';
import { provideReconnectRun } from './shared/store-reconnect.lazy.js';

export { QboReconnectDialog };

export function defineDialogs(): void {
  // The English texts the dialog shows, which the drop-in's first part leaves out.
  completeEnglish();
  // Before the dialog can show Yes: the window Yes opens must be at hand synchronously.
  provideOAuthWindow(OAuthWindow);
  provideReconnectRun(ReconnectRun);
  defineElement('qbo-reconnect-dialog', QboReconnectDialog);
}
