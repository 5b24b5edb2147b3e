// `dist/qbo-reconnect.callback.js`: only what the redirect_uri page needs, for a plain <script type="module">.
// Also the drop-in's handleOAuthCallback: one that does nothing, instead of throwing, where there is no page (Node).
import { handleOAuthCallback as handleInPage } from './core/callback.js';
import type { HandleOAuthCallbackOptions, OAuthCallbackResult } from './core/callback.js';

export type { HandleOAuthCallbackOptions, OAuthCallbackResult };

/** Hands the sign-in result on to the page that started it (see `qbo-reconnect/callback`); without a page, nothing. */
export function handleOAuthCallback(options: HandleOAuthCallbackOptions = {}): OAuthCallbackResult {
  if (!options.window && typeof globalThis.window === 'undefined') return { delivered: 'none', params: null, closed: false };
  return handleInPage(options);
}
