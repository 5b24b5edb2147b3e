// The redirect_uri page: delivers Intuit's answer to the waiting Fintech page, then closes (or says it can be closed).
import { handleOAuthCallback } from '../../src/core/callback.js';

const message = document.getElementById('callback-message');
const result = handleOAuthCallback();

if (message) {
  if (result.delivered === 'redirect') message.textContent = 'Signed in. Taking you back to Fintech…';
  else if (result.delivered === 'none') message.textContent = 'There is no sign-in answer on this page. You can close this window.';
  else if (!result.closed) message.textContent = 'Sign-in finished. You can close this window.';
}
