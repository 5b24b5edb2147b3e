// Intuit OAuth 2.0: the authorization URL, code exchange and refresh through oauth4webapi, and JSON revocation.
import * as oauth from 'oauth4webapi';
import { z } from 'zod';
import { IntuitUnavailableError, InvalidGrantError, QboServerError } from '../errors.js';
import { IntuitTokens } from '../tokens.js';
import { ACCOUNTING_SCOPE, isLoopback, type IntuitEndpoints } from './endpoints.js';
import { intuitTid, isTransient, withRetry, type RetryPolicy } from './retry.js';

const tokenReplySchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.number().positive(),
  x_refresh_token_expires_in: z.number().positive(),
  x_refresh_token_hard_expires_in: z.number().positive().optional(),
});

/** Intuit reports the 5-year hard refresh-token limit only when asked with this header. */
const TOKEN_HEADERS = { accept: 'application/json', 'x-include-refresh-token-hard-expires-in': 'true' };

export interface IntuitOAuthOptions {
  clientId: string;
  clientSecret: string;
  endpoints: IntuitEndpoints;
  retry: RetryPolicy;
}

export class IntuitOAuth {
  readonly #as: oauth.AuthorizationServer;
  readonly #client: oauth.Client;
  readonly #auth: oauth.ClientAuth;
  readonly #options: IntuitOAuthOptions;

  constructor(options: IntuitOAuthOptions) {
    this.#options = options;
    const { endpoints } = options;
    this.#as = {
      issuer: new URL(endpoints.tokenEndpoint).origin,
      authorization_endpoint: endpoints.authorizationEndpoint,
      token_endpoint: endpoints.tokenEndpoint,
    };
    this.#client = { client_id: options.clientId };
    this.#auth = oauth.ClientSecretBasic(options.clientSecret);
  }

  /** Where the browser goes to sign in; Intuit sends it back to `redirectUri?code&state&realmId`. */
  authorizationUrl(redirectUri: string, state: string, scope: string = ACCOUNTING_SCOPE): string {
    const url = new URL(this.#options.endpoints.authorizationEndpoint);
    url.searchParams.set('client_id', this.#options.clientId);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', scope);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('state', state);
    return url.href;
  }

  /** Exchanges a code exactly once: a sent code is spent, so a failure here is never retried. */
  async exchangeCode(code: string, state: string, redirectUri: string, now: Date): Promise<IntuitTokens> {
    const params = oauth.validateAuthResponse(this.#as, this.#client, new URLSearchParams({ code, state }), state);
    let response: Response;
    try {
      response = await oauth.authorizationCodeGrantRequest(
        this.#as,
        this.#client,
        this.#auth,
        params,
        redirectUri,
        oauth.nopkce,
        this.#requestOptions(this.#options.endpoints.tokenEndpoint, AbortSignal.timeout(this.#options.retry.timeoutMs)),
      );
    } catch (error) {
      throw new IntuitUnavailableError('Intuit did not answer the code exchange.', { cause: error });
    }
    return this.#processTokenResponse(response, now, undefined, 'code');
  }

  /** A refresh, retried on 429/5xx/network; `invalid_grant` means the grant is gone. */
  async refresh(tokens: IntuitTokens, now: () => Date): Promise<IntuitTokens> {
    const response = await withRetry('token refresh', this.#options.retry, (signal) =>
      oauth.refreshTokenGrantRequest(
        this.#as,
        this.#client,
        this.#auth,
        tokens.refreshToken(),
        this.#requestOptions(this.#options.endpoints.tokenEndpoint, signal),
      ),
    );
    return this.#processTokenResponse(response, now(), tokens, 'refresh');
  }

  /**
   * Ends the grant at Intuit. Hand-written because Intuit documents a JSON body `{ token }` with Basic auth, while
   * oauth4webapi's revocationRequest sends RFC 7009's form body. A token Intuit no longer knows counts as revoked.
   */
  async revoke(token: string): Promise<void> {
    const { clientId, clientSecret, endpoints } = this.#options;
    const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
    const response = await withRetry('revocation', this.#options.retry, (signal) =>
      fetch(endpoints.revocationEndpoint, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
        signal,
      }),
    );
    await response.body?.cancel();
    if (!response.ok && response.status !== 400) {
      throw new IntuitUnavailableError(`Intuit revocation answered HTTP ${response.status}.`);
    }
  }

  #requestOptions(endpoint: string, signal: AbortSignal): oauth.TokenEndpointRequestOptions {
    return { headers: TOKEN_HEADERS, signal, ...(isLoopback(endpoint) ? { [oauth.allowInsecureRequests]: true } : {}) };
  }

  async #processTokenResponse(
    response: Response,
    now: Date,
    previous: IntuitTokens | undefined,
    grant: 'code' | 'refresh',
  ): Promise<IntuitTokens> {
    const tid = intuitTid(response);
    const seen = { intuitTid: tid, status: response.status };
    if (isTransient(response.status)) {
      await response.body?.cancel();
      throw new IntuitUnavailableError(`Intuit's token endpoint answered HTTP ${response.status}.`, seen);
    }
    let body: oauth.TokenEndpointResponse;
    try {
      body =
        grant === 'code'
          ? await oauth.processAuthorizationCodeResponse(this.#as, this.#client, response)
          : await oauth.processRefreshTokenResponse(this.#as, this.#client, response);
    } catch (error) {
      if (error instanceof oauth.ResponseBodyError && error.error === 'invalid_grant') throw new InvalidGrantError(undefined, tid);
      if (error instanceof oauth.ResponseBodyError && grant === 'code') {
        throw new QboServerError('invalid_grant', `Intuit refused the authorization code (${error.error}).`);
      }
      if (error instanceof oauth.ResponseBodyError) {
        // invalid_client and the like are the host's configuration faults: the user's grant is not to blame, so
        // the connection must not turn inactive over them.
        throw new IntuitUnavailableError(`Intuit refused the refresh (${error.error}).`, { cause: error, ...seen });
      }
      throw new IntuitUnavailableError("Intuit's token endpoint sent an unreadable reply.", { cause: error, ...seen });
    }
    const parsed = tokenReplySchema.safeParse(body);
    if (!parsed.success) throw new IntuitUnavailableError("Intuit's token reply did not match the expected shape.", seen);
    return IntuitTokens.fromReply(parsed.data, now, previous);
  }
}
