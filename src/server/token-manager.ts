// Access tokens for a tenant: refreshed 5 minutes early, one refresh at a time per tenant across every process
// (a row lock), rotation stored atomically, and invalid_grant turning the connection inactive.
import { decrypt, encrypt, type CryptoKey } from './crypto.js';
import { NotConnectedError, InvalidGrantError } from './errors.js';
import type { ConnectionRepository, ConnectionRow } from './db/index.js';
import type { NewConnectionEvent } from './events/event.js';
import { linkedCompany } from './linked-company.js';
import { quickbooksRequest, quickbooksUrl } from './intuit/api.js';
import type { IntuitOAuth } from './intuit/oauth.js';
import type { RetryPolicy } from './intuit/retry.js';
import { IntuitTokens } from './tokens.js';

/** Refresh this long before the access token's expiry, so a token handed out is good for a call. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** The connection turned (or was) inactive: the user must reconnect before QuickBooks can be called. */
export class ConnectionInactiveError extends NotConnectedError {
  constructor(readonly reason: string) {
    super(`The QuickBooks connection is inactive (${reason}); the user must reconnect.`);
  }
}

export interface TokenManagerOptions {
  repository: ConnectionRepository;
  oauth: IntuitOAuth;
  key: CryptoKey;
  apiBaseUrl: string;
  retry: RetryPolicy;
  now: () => Date;
}

export class TokenManager {
  readonly #options: TokenManagerOptions;
  /** In-process single flight: concurrent callers for one tenant share one refresh. */
  readonly #refreshing = new Map<string, Promise<string>>();

  constructor(options: TokenManagerOptions) {
    this.#options = options;
  }

  /** A valid access token for the tenant's company; refreshes when it is within 5 minutes of expiry. */
  async getAccessToken(tenantId: string): Promise<string> {
    const row = await this.#options.repository.getConnection(tenantId);
    const tokens = await this.#activeTokens(row, tenantId);
    if (tokens.accessTokenFresh(this.#options.now(), REFRESH_MARGIN_MS)) return tokens.accessToken();
    return this.#refreshOnce(tenantId, null);
  }

  /**
   * A QuickBooks API call for the tenant's company: `path` is relative to /v3/company/{realmId} (or a full /v3/…
   * path). Bearer token and `Accept: application/json` are added; 429/5xx are retried; a 401 refreshes once.
   */
  async qboFetch(tenantId: string, path: string, init: RequestInit = {}): Promise<Response> {
    const row = await this.#options.repository.getConnection(tenantId);
    const tokens = await this.#activeTokens(row, tenantId);
    const url = quickbooksUrl(this.#options.apiBaseUrl, row!.realmId!, path);
    const token = tokens.accessTokenFresh(this.#options.now(), REFRESH_MARGIN_MS)
      ? tokens.accessToken()
      : await this.#refreshOnce(tenantId, null);
    const response = await quickbooksRequest(url, token, this.#options.retry, init);
    if (response.status !== 401) return response;
    // Intuit may end an access token early; one forced refresh tells a stale token from a revoked grant.
    await response.body?.cancel();
    const renewed = await this.#refreshOnce(tenantId, token);
    return quickbooksRequest(url, renewed, this.#options.retry, init);
  }

  async seal(tenantId: string, tokens: IntuitTokens, context = tenantId): Promise<string> {
    return encrypt(this.#options.key, tokens.serialize(), `${tenantId}|${context}`);
  }

  async open(tenantId: string, sealed: string, context = tenantId): Promise<IntuitTokens> {
    return IntuitTokens.deserialize(await decrypt(this.#options.key, sealed, `${tenantId}|${context}`));
  }

  async #activeTokens(row: ConnectionRow | null, tenantId: string): Promise<IntuitTokens> {
    if (!row || row.linkState !== 'active' || !row.tokens || !row.realmId) {
      throw row?.linkState === 'inactive' ? new ConnectionInactiveError(row.inactiveReason ?? 'unknown') : new NotConnectedError();
    }
    return this.open(tenantId, row.tokens);
  }

  /** `stale`: an access token the caller saw rejected, so a refresh is due even though it looked fresh. */
  #refreshOnce(tenantId: string, stale: string | null): Promise<string> {
    const running = this.#refreshing.get(tenantId);
    if (running) return running;
    const flight = this.#refreshLocked(tenantId, stale).finally(() => this.#refreshing.delete(tenantId));
    this.#refreshing.set(tenantId, flight);
    return flight;
  }

  /**
   * On a shared PostgreSQL the row lock is held while talking to Intuit, so a second process waits and then reads
   * the token the first one stored instead of spending the same refresh token again. PGlite belongs to this process
   * alone, where the in-process flight already makes the refresh unique; holding its single connection during an
   * Intuit call would stall every other query, so there the write is a compare-and-swap on the row's version.
   */
  async #refreshLocked(tenantId: string, stale: string | null): Promise<string> {
    const { repository, now } = this.#options;
    let outcome: Outcome;
    if (repository.shared) {
      outcome = await repository.transaction(async (tx) => {
        const row = await tx.lockConnection(tenantId);
        return this.#refreshRow(tenantId, row, stale, async (next, events) => {
          await tx.saveConnection(next, now(), events);
          return true;
        });
      });
    } else {
      const row = await repository.getConnection(tenantId);
      outcome = await this.#refreshRow(tenantId, row, stale, (next, events) =>
        repository.saveConnectionIfVersion(next, row!.version, now(), events),
      );
    }
    if ('inactive' in outcome) throw new ConnectionInactiveError(outcome.inactive);
    if ('token' in outcome) return outcome.token;
    // The row changed during the refresh (a reconnect or a disconnect): what it holds now is the answer.
    const current = await repository.getConnection(tenantId);
    return (await this.#activeTokens(current, tenantId)).accessToken();
  }

  async #refreshRow(
    tenantId: string,
    row: ConnectionRow | null,
    stale: string | null,
    save: (next: Omit<ConnectionRow, 'version'>, events: NewConnectionEvent[]) => Promise<boolean>,
  ): Promise<Outcome> {
    const { oauth, now } = this.#options;
    const tokens = await this.#activeTokens(row, tenantId);
    if (tokens.accessTokenFresh(now(), REFRESH_MARGIN_MS) && tokens.accessToken() !== stale) return { token: tokens.accessToken() };
    let renewed: IntuitTokens;
    try {
      renewed = await oauth.refresh(tokens, now);
    } catch (error) {
      if (!(error instanceof InvalidGrantError)) throw error;
      const lapsed = row!.credentialsExpireAt !== null && row!.credentialsExpireAt.getTime() <= now().getTime();
      const reason = lapsed ? 'expired_credentials' : 'revoked';
      const saved = await save({ ...row!, linkState: 'inactive', inactiveReason: reason, tokens: null, credentialsExpireAt: null }, [
        { tenantId, type: 'inactive', at: now(), reason, company: linkedCompany(row) },
      ]);
      return saved ? { inactive: reason } : { changed: true };
    }
    const sealed = await this.seal(tenantId, renewed);
    const saved = await save({ ...row!, tokens: sealed, credentialsExpireAt: renewed.credentialsExpireAt() }, []);
    return saved ? { token: renewed.accessToken() } : { changed: true };
  }
}

type Outcome = { token: string } | { inactive: 'expired_credentials' | 'revoked' } | { changed: true };
