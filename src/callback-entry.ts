// `dist/qbo-reconnect.callback.js`: only what the redirect_uri page needs, for a plain <script type="module">.
export { handleOAuthCallback } from './core/callback.js';
