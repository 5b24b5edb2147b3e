// The hosted hand-off page's redirect URI script: hands Intuit's answer back to the page (popup or redirect).
import { handleOAuthCallback } from './qbo-reconnect.callback.js';

const message = /** @type {HTMLElement} */ (document.getElementById('callback-message'));
const result = handleOAuthCallback();
if (result.delivered === 'redirect') message.textContent = message.dataset.returning ?? '';
else if (result.delivered === 'none') message.textContent = message.dataset.nothing ?? '';
else if (!result.closed) message.textContent = message.dataset.close ?? '';
