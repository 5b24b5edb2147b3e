// The drop-in's stand-in for core/oauth-window.ts: the sign-in window's code comes with the reconnect dialog's chunk,
// which hands it over here. Yes is only shown by that dialog, so by the time Yes runs the real window is here and the
// popup still opens inside the click. A sign-in started without the dialog before it loaded is told the popup was
// blocked, which offers to continue in this tab.
import { ConnectionError } from '../../core/errors.js';
import type { OAuthWindow as RealWindow, OAuthWindowOptions } from '../../core/oauth-window.js';

let real: typeof RealWindow | null = null;

export function provideOAuthWindow(windowClass: typeof RealWindow): void {
  real = windowClass;
}

const notLoaded = () => new ConnectionError('popup_blocked', 'The sign-in window has not loaded yet.');

/** Called with `new`: the real window once handed over, else one whose open() reports a blocked popup. */
export const OAuthWindow = function OAuthWindow(options: OAuthWindowOptions) {
  if (real) return new real(options);
  return {
    open() {
      throw notLoaded();
    },
    authorize: () => Promise.reject(notLoaded()),
    close() {},
  };
} as unknown as typeof RealWindow;
