// Where the store lets authorize() send a person: Intuit's authorization page by default, nowhere else. A backend
// bug or a compromised reply must not turn the sign-in window into a phishing page on another site.
import { ConnectionError } from './errors.js';

// Defined beside the rest of the OAuth contract, which a page needs up front; this file's checks are needed only
// once the backend hands over a sign-in address.
export { INTUIT_AUTHORIZATION_URL } from './oauth-protocol.js';

/** Loopback hosts, where a mock Intuit for tests and demos may run over plain http. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function secureEnough(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
}

/**
 * Whether `href` is under one of `allowed`: each entry an origin (`http://127.0.0.1:4010`) or an origin and path
 * prefix (`https://appcenter.intuit.com/connect/oauth2`). Only https, or http on loopback; never with credentials.
 */
export function isAllowedAuthorizationUrl(href: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!secureEnough(url) || url.username || url.password) return false;
  return allowed.some((entry) => {
    let base: URL;
    try {
      base = new URL(entry);
    } catch {
      return false;
    }
    if (!secureEnough(base) || base.origin !== url.origin) return false;
    const prefix = base.pathname.replace(/\/+$/, '');
    return prefix === '' || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
  });
}

export function checkAuthorizationUrl(href: string, allowed: readonly string[]): void {
  if (!isAllowedAuthorizationUrl(href, allowed)) {
    throw new ConnectionError('invalid_response', 'The backend sent a sign-in address that is not Intuit’s; it was not opened.', {
      code: 'authorization_url_refused',
    });
  }
}
