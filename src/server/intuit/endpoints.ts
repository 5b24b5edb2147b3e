// Intuit's endpoints per environment, and the loopback test that decides when plain http may be allowed.

export interface IntuitEndpoints {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  revocationEndpoint: string;
  /** The QuickBooks Online API origin; paths under /v3/company/{realmId}/… are appended. */
  apiBaseUrl: string;
  /**
   * OpenID Connect userinfo: who signed in (their email), read by a hand-off completion. Optional for explicit
   * endpoints; without it a hand-off completion records no email.
   */
  userinfoEndpoint?: string;
}

export type IntuitEnvironment = 'sandbox' | 'production';

const OAUTH = {
  authorizationEndpoint: 'https://appcenter.intuit.com/connect/oauth2',
  tokenEndpoint: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
  revocationEndpoint: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke',
};

export const INTUIT_ENVIRONMENTS: Record<IntuitEnvironment, IntuitEndpoints> = {
  production: {
    ...OAUTH,
    apiBaseUrl: 'https://quickbooks.api.intuit.com',
    userinfoEndpoint: 'https://accounts.platform.intuit.com/v1/openid_connect/userinfo',
  },
  sandbox: {
    ...OAUTH,
    apiBaseUrl: 'https://sandbox-quickbooks.api.intuit.com',
    userinfoEndpoint: 'https://sandbox-accounts.platform.intuit.com/v1/openid_connect/userinfo',
  },
};

export const ACCOUNTING_SCOPE = 'com.intuit.quickbooks.accounting';
/** A hand-off sign-in also asks who signed in, so the history can name the admin who finished it. */
export const HANDOFF_SCOPE = `${ACCOUNTING_SCOPE} openid email`;

/** Every endpoint must be https, except on this machine; tokens must never cross a network in clear text. */
export function checkEndpoints(endpoints: IntuitEndpoints): IntuitEndpoints {
  for (const [name, url] of Object.entries(endpoints)) {
    if (url === undefined) continue;
    if (!URL.canParse(url)) throw new TypeError(`intuit.${name} is not a URL: ${url}`);
    const { protocol } = new URL(url);
    if (protocol !== 'https:' && !(protocol === 'http:' && isLoopback(url))) {
      throw new TypeError(`intuit.${name} must use https (plain http is allowed for loopback hosts only).`);
    }
  }
  return endpoints;
}

/** Plain http is acceptable only to this machine (a mock Intuit in tests or the demo), never across a network. */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
