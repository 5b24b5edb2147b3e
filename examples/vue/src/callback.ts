// The redirect_uri page's one call: deliver the answer to the opener (popup) or resume the page (redirect mode).
import { handleOAuthCallback } from 'qbo-reconnect/callback';

handleOAuthCallback();
