// Access tokens for a tenant: refreshed 5 minutes early, one refresh at a time per tenant across every process
// (a row lock), rotation stored atomically, and Intuit's answers turning the connection inactive with the reason the
// one table (intuit/faults.ts) names.
import type { InactiveReason } from '../core/model.js';
import { decrypt, encrypt, type CryptoKey } from './crypto.js';
import { NotConnectedError, InvalidGrantError, IntuitUnavailableError } from './errors.js';
import type { ConnectionRepository, ConnectionRow } from './db/index.js';
import type { NewConnectionEvent } from './events/event.js';
import { linkedCompany } from './linked-company.js';
import { quickbooksRequest, quickbooksUrl } from './intuit/api.js';
import { apiAnswer, IntuitCallFailure, intuitTid, judgeIntuitAnswer, keepsGrant, type IntuitFailureReporter } from './intuit/faults.js';
import type { IntuitOAuth } from './intuit/oauth.js';
import type { RetryPolicy } from './intuit/retry.js';
import { markInactive } from './link-health.js';
import { IntuitTokens } from './tokens.js';

/** Refresh this long before the access token's expiry, so a token handed out is good for a call. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** The connection turned (or was) inactive: QuickBooks cannot be called until its reason is dealt with. */
export class ConnectionInactiveError extends NotConnectedError {
  constructor(readonly reason: string) {
    super(`The QuickBooks connection is inactive (${reason}); see its reason for the next step.`);
  }
}

export interface TokenManagerOptions {
  repository: ConnectionRepository;
  oauth: IntuitOAuth;
  key: CryptoKey;
  apiBaseUrl: string;
  retry: RetryPolicy;
  now: () => Date;
  /** Where failed Intuit calls are logged, with Intuit's intuit_tid (the server's onError). */
  report?: IntuitFailureReporter;
}

/** What a refresh is for: a caller's (`stale`: a token seen rejected) or the keep-alive's (`sealed`: the grant it claimed). */
interface RefreshNeed {
  stale: string | null;
  /** The keep-alive refreshes while the row still holds this sealed grant, however fresh its access token. */
  sealed?: string;
  /** Inactive links whose grant is kept may be refreshed too (the keep-alive's probes and refreshes only). */
  kept: boolean;
}

export class TokenManager {
  readonly #options: TokenManagerOptions;
  /** In-process single flight: concurrent callers for one tenant share one refresh. */
  readonly #refreshing = new Map<string, { kept: boolean; flight: Promise<Renewal> }>();

  constructor(options: TokenManagerOptions) {
    this.#options = options;
  }

  /** A valid access token for the tenant's company; refreshes when it is within 5 minutes of expiry. */
  async getAccessToken(tenantId: string): Promise<string> {
    const row = await this.#options.repository.getConnection(tenantId);
    const tokens = await this.#activeTokens(row, tenantId);
    if (tokens.accessTokenFresh(this.#options.now(), REFRESH_MARGIN_MS)) return tokens.accessToken();
    return (await this.#refreshOnce(tenantId, { stale: null, kept: false })).token;
  }

  /**
   * The keep-alive's token for a link it claimed (active, or inactive with its grant kept): refreshed through the
   * same row lock / compare-and-swap as every refresh when the row still holds `sealed` (the grant it found due), when
   * the access token is near its end, or when it is `stale` (just rejected). `renewed`: this call refreshed at Intuit.
   */
  async upkeepToken(tenantId: string, need: { sealed?: string; stale?: string }): Promise<Renewal> {
    const row = await this.#options.repository.getConnection(tenantId);
    const tokens = await this.#usableTokens(row, tenantId, true);
    const due = (need.sealed !== undefined && row!.tokens === need.sealed) || tokens.accessToken() === need.stale;
    if (!due && tokens.accessTokenFresh(this.#options.now(), REFRESH_MARGIN_MS)) return { token: tokens.accessToken(), renewed: false };
    return this.#refreshOnce(tenantId, { stale: need.stale ?? null, ...(need.sealed !== undefined ? { sealed: need.sealed } : {}), kept: true });
  }

  /** Logs a failed Intuit call through the server's onError (never a token: only the fields IntuitCallFailure takes). */
  reportFailure(details: ConstructorParameters<typeof IntuitCallFailure>[0]): void {
    this.#options.report?.(new IntuitCallFailure(details));
  }

  /**
   * A QuickBooks API call for the tenant's company: `path` is relative to /v3/company/{realmId} (or a full /v3/…
   * path). Bearer token and `Accept: application/json` are added; 429/5xx are retried; a 401 refreshes once. A fault
   * that names a reason (120, 6190, 3100) turns the link inactive and throws ConnectionInactiveError.
   */
  async qboFetch(tenantId: string, path: string, init: RequestInit = {}): Promise<Response> {
    const row = await this.#options.repository.getConnection(tenantId);
    const tokens = await this.#activeTokens(row, tenantId);
    const url = quickbooksUrl(this.#options.apiBaseUrl, row!.realmId!, path);
    const token = tokens.accessTokenFresh(this.#options.now(), REFRESH_MARGIN_MS)
      ? tokens.accessToken()
      : await this.#refreshOnce(tenantId, { stale: null, kept: false }).then((renewal) => renewal.token);
    const response = await this.#call(tenantId, url, token, init);
    const first = await this.#judge(tenantId, row!, url, response);
    if (first !== 'refresh') return response;
    // Intuit may end an access token early; one forced refresh tells a stale token from a revoked grant.
    await response.body?.cancel();
    const renewed = await this.#refreshOnce(tenantId, { stale: token, kept: false });
    const retried = await this.#call(tenantId, url, renewed.token, init);
    await this.#judge(tenantId, row!, url, retried);
    return retried;
  }

  async #call(tenantId: string, url: URL, token: string, init: RequestInit): Promise<Response> {
    try {
      return await quickbooksRequest(url, token, this.#options.retry, init);
    } catch (error) {
      if (error instanceof IntuitUnavailableError) {
        this.reportFailure({ call: 'QuickBooks API call', tenantId, status: error.intuitStatus, code: null, intuitTid: error.intuitTid, outcome: 'transient' });
      }
      throw error;
    }
  }

  /**
   * Applies the faults table to a reply about the linked company: 'refresh' for a 401 worth one refresh; a reason
   * turns the link inactive (and throws). Replies about other paths, and successes, pass untouched.
   */
  async #judge(tenantId: string, row: ConnectionRow, url: URL, response: Response): Promise<'refresh' | 'pass'> {
    if (response.ok) return 'pass';
    const answer = await apiAnswer(response);
    const ownCompany = url.pathname.startsWith(`/v3/company/${encodeURIComponent(row.realmId!)}/`);
    const outcome = ownCompany ? judgeIntuitAnswer(answer) : { action: 'none' as const };
    const described = outcome.action === 'inactive' ? outcome.reason : outcome.action === 'none' ? 'returned to caller' : outcome.action;
    const code = answer.codes.length ? `fault ${answer.codes.join(',')}` : null;
    this.reportFailure({ call: 'QuickBooks API call', tenantId, status: response.status, code, intuitTid: intuitTid(response), outcome: described });
    if (outcome.action === 'refresh') return 'refresh';
    if (outcome.action !== 'inactive') return 'pass';
    await response.body?.cancel();
    await markInactive(this.#options.repository, tenantId, row, outcome.reason, this.#options.now());
    throw new ConnectionInactiveError(outcome.reason);
  }

  async seal(tenantId: string, tokens: IntuitTokens, context = tenantId): Promise<string> {
    return encrypt(this.#options.key, tokens.serialize(), `${tenantId}|${context}`);
  }

  async open(tenantId: string, sealed: string, context = tenantId): Promise<IntuitTokens> {
    return IntuitTokens.deserialize(await decrypt(this.#options.key, sealed, `${tenantId}|${context}`));
  }

  #activeTokens(row: ConnectionRow | null, tenantId: string): Promise<IntuitTokens> {
    return this.#usableTokens(row, tenantId, false);
  }

  /** The row's grant when it may be used: an active link, or with `kept` an inactive one whose grant is kept. */
  async #usableTokens(row: ConnectionRow | null, tenantId: string, kept: boolean): Promise<IntuitTokens> {
    const usable = row?.linkState === 'active' || (kept && row?.linkState === 'inactive' && keepsGrant(row.inactiveReason));
    if (!row || !usable || !row.tokens || !row.realmId) {
      throw row?.linkState === 'inactive' ? new ConnectionInactiveError(row.inactiveReason ?? 'unknown') : new NotConnectedError();
    }
    return this.open(tenantId, row.tokens);
  }

  /**
   * One refresh at a time per tenant in this process: callers of the same kind share the running flight; a caller of
   * the other kind (the keep-alive, which may also refresh a kept grant, against a host's call) waits for it and then
   * looks again, finding the token it stored. Two refreshes of one grant side by side would spend the same refresh
   * token twice, and Intuit refuses the second with `invalid_grant`.
   */
  #refreshOnce(tenantId: string, need: RefreshNeed): Promise<Renewal> {
    const running = this.#refreshing.get(tenantId);
    if (running?.kept === need.kept) return running.flight.then((renewal) => ({ ...renewal, renewed: false }));
    if (running) return running.flight.then(noop, noop).then(() => this.#refreshOnce(tenantId, need));
    const flight = this.#refreshLocked(tenantId, need).finally(() => this.#refreshing.delete(tenantId));
    this.#refreshing.set(tenantId, { kept: need.kept, flight });
    return flight;
  }

  /**
   * On a shared PostgreSQL the row lock is held while talking to Intuit, so a second process waits and then reads
   * the token the first one stored instead of spending the same refresh token again. PGlite belongs to this process
   * alone, where the in-process flight already makes the refresh unique; holding its single connection during an
   * Intuit call would stall every other query, so there the write is a compare-and-swap on the row's version.
   */
  async #refreshLocked(tenantId: string, need: RefreshNeed): Promise<Renewal> {
    const { repository, now } = this.#options;
    let outcome: Outcome;
    if (repository.shared) {
      outcome = await repository.transaction(async (tx) => {
        const row = await tx.lockConnection(tenantId);
        return this.#refreshRow(tenantId, row, need, async (next, events) => {
          await tx.saveConnection(next, now(), events);
          return true;
        });
      });
    } else {
      const row = await repository.getConnection(tenantId);
      outcome = await this.#refreshRow(tenantId, row, need, (next, events) =>
        repository.saveConnectionIfVersion(next, row!.version, now(), events),
      );
    }
    if ('inactive' in outcome) throw new ConnectionInactiveError(outcome.inactive);
    if ('token' in outcome) return outcome;
    // The row changed during the refresh (a reconnect or a disconnect): what it holds now is the answer.
    const current = await repository.getConnection(tenantId);
    return { token: (await this.#usableTokens(current, tenantId, need.kept)).accessToken(), renewed: false };
  }

  async #refreshRow(
    tenantId: string,
    row: ConnectionRow | null,
    need: RefreshNeed,
    save: (next: Omit<ConnectionRow, 'version'>, events: NewConnectionEvent[]) => Promise<boolean>,
  ): Promise<Outcome> {
    const { oauth, now } = this.#options;
    const tokens = await this.#usableTokens(row, tenantId, need.kept);
    const claimed = need.sealed !== undefined && row!.tokens === need.sealed;
    if (!claimed && tokens.accessTokenFresh(now(), REFRESH_MARGIN_MS) && tokens.accessToken() !== need.stale) {
      return { token: tokens.accessToken(), renewed: false };
    }
    let renewed: IntuitTokens;
    try {
      renewed = await oauth.refresh(tokens, now);
    } catch (error) {
      const failure = { call: 'token refresh', tenantId, code: null as string | null };
      if (error instanceof IntuitUnavailableError) {
        this.reportFailure({ ...failure, status: error.intuitStatus, intuitTid: error.intuitTid, outcome: 'transient' });
      }
      if (!(error instanceof InvalidGrantError)) throw error;
      const lapsed = row!.credentialsExpireAt !== null && row!.credentialsExpireAt.getTime() <= now().getTime();
      const judged = judgeIntuitAnswer({ kind: 'invalid_grant', lapsed });
      const reason: InactiveReason = judged.action === 'inactive' ? judged.reason : 'revoked';
      this.reportFailure({ ...failure, status: 400, code: 'invalid_grant', intuitTid: error.intuitTid, outcome: reason });
      const saved = await save({ ...row!, linkState: 'inactive', inactiveReason: reason, tokens: null, credentialsExpireAt: null }, [
        { tenantId, type: 'inactive', at: now(), reason, company: linkedCompany(row) },
      ]);
      return saved ? { inactive: reason } : { changed: true };
    }
    const sealed = await this.seal(tenantId, renewed);
    const saved = await save({ ...row!, tokens: sealed, credentialsExpireAt: renewed.credentialsExpireAt() }, []);
    return saved ? { token: renewed.accessToken(), renewed: true } : { changed: true };
  }
}

/** A usable access token; `renewed` when this very call refreshed the grant at Intuit. */
export interface Renewal {
  token: string;
  renewed: boolean;
}

const noop = () => {};

type Outcome = Renewal | { inactive: InactiveReason } | { changed: true };
