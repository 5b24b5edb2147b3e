// The redirect URI's page (/callback): hands Intuit's answer back to the page that opened the sign-in window.
import { handleOAuthCallback } from 'qbo-reconnect/callback';

handleOAuthCallback();
