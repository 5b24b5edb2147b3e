// The mock Intuit's memory: authorization codes, grants and their tokens, with Intuit's lifetimes and rotation.
import { randomBytes } from 'node:crypto';
import type { MockSubject } from './mock-intuit-userinfo.js';

export interface Lifetimes {
  accessTokenLifetimeSec: number;
  refreshTokenLifetimeSec: number;
  refreshTokenHardLifetimeSec: number;
  codeLifetimeSec: number;
  rotateRefreshTokens: boolean;
}

export interface TokenReply {
  access_token: string;
  refresh_token: string;
  token_type: 'bearer';
  expires_in: number;
  x_refresh_token_expires_in: number;
  x_refresh_token_hard_expires_in: number;
}

interface Grant {
  realmId: string;
  refreshToken: string;
  refreshExpiresAt: number;
  hardExpiresAt: number;
  revoked: boolean;
  accessTokens: Set<string>;
  /** Who signed in (userinfo); null for seeded grants. */
  subject?: MockSubject | null;
  /** Refresh requests with one of this grant's refresh tokens, accepted and refused (stale, revoked, expired). */
  refreshes: { accepted: number; refused: number };
}

interface AuthorizationCode {
  realmId: string;
  /** The state of the authorization request it answers, so faults can be aimed at one sign-in. */
  state: string | null;
  redirectUri: string;
  expiresAt: number;
  used: boolean;
  /** The grant its exchange produced: a second exchange revokes it, as Intuit does. */
  grant: Grant | null;
  subject?: MockSubject | null;
}

export type GrantOutcome = { ok: true; reply: TokenReply } | { ok: false; error: 'invalid_grant'; description: string };

export type AccessCheck = { ok: true; realmId: string } | { ok: false };

const token = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;

export class GrantBook {
  readonly #codes = new Map<string, AuthorizationCode>();
  readonly #grants = new Set<Grant>();
  readonly #byRefreshToken = new Map<string, Grant>();
  readonly #byAccessToken = new Map<string, { grant: Grant; expiresAt: number }>();
  /** Every refresh token ever issued, so a stale rotated one is told apart from one never seen. */
  readonly #retired = new Map<string, Grant>();

  constructor(
    private readonly lifetimes: Lifetimes,
    private readonly now: () => Date,
  ) {}

  #nowMs(): number {
    return this.now().getTime();
  }

  issueCode(realmId: string, redirectUri: string, state: string | null = null, subject: MockSubject | null = null): string {
    const code = token('AB11');
    this.#codes.set(code, { realmId, state, redirectUri, expiresAt: this.#nowMs() + this.lifetimes.codeLifetimeSec * 1000, used: false, grant: null, subject });
    return code;
  }

  stateOfCode(code: string): string | null {
    return this.#codes.get(code)?.state ?? null;
  }

  exchangeCode(code: string, redirectUri: string): GrantOutcome {
    const entry = this.#codes.get(code);
    if (!entry) return { ok: false, error: 'invalid_grant', description: 'Invalid authorization code' };
    if (entry.used) {
      if (entry.grant) this.#revoke(entry.grant);
      return { ok: false, error: 'invalid_grant', description: 'Authorization code already used' };
    }
    if (entry.expiresAt <= this.#nowMs()) return { ok: false, error: 'invalid_grant', description: 'Authorization code expired' };
    if (entry.redirectUri !== redirectUri) return { ok: false, error: 'invalid_grant', description: 'redirect_uri does not match the authorization request' };
    entry.used = true;
    const reply = this.createGrant(entry.realmId);
    entry.grant = this.#byAccessToken.get(reply.access_token)?.grant ?? null;
    if (entry.grant) entry.grant.subject = entry.subject ?? null;
    return { ok: true, reply };
  }

  createGrant(
    realmId: string,
    lifetimes: Partial<Pick<Lifetimes, 'accessTokenLifetimeSec' | 'refreshTokenLifetimeSec' | 'refreshTokenHardLifetimeSec'>> = {},
  ): TokenReply {
    const now = this.#nowMs();
    const grant: Grant = {
      realmId,
      refreshToken: token('RT1-'),
      refreshExpiresAt: now + (lifetimes.refreshTokenLifetimeSec ?? this.lifetimes.refreshTokenLifetimeSec) * 1000,
      hardExpiresAt: now + (lifetimes.refreshTokenHardLifetimeSec ?? this.lifetimes.refreshTokenHardLifetimeSec) * 1000,
      revoked: false,
      accessTokens: new Set(),
      refreshes: { accepted: 0, refused: 0 },
    };
    grant.refreshExpiresAt = Math.min(grant.refreshExpiresAt, grant.hardExpiresAt);
    this.#grants.add(grant);
    this.#byRefreshToken.set(grant.refreshToken, grant);
    return this.#reply(grant, lifetimes.accessTokenLifetimeSec ?? this.lifetimes.accessTokenLifetimeSec);
  }

  refresh(refreshToken: string): GrantOutcome {
    const grant = this.#byRefreshToken.get(refreshToken);
    const refused = (description: string): GrantOutcome => {
      const owner = grant ?? this.#retired.get(refreshToken);
      if (owner) owner.refreshes.refused++;
      return { ok: false, error: 'invalid_grant', description };
    };
    if (!grant) return refused(this.#retired.has(refreshToken) ? 'Refresh token was rotated and is no longer valid' : 'Invalid refresh token');
    if (grant.revoked) return refused('Token revoked');
    const now = this.#nowMs();
    if (grant.refreshExpiresAt <= now) return refused('Refresh token expired');
    if (this.lifetimes.rotateRefreshTokens) {
      this.#byRefreshToken.delete(grant.refreshToken);
      this.#retired.set(grant.refreshToken, grant);
      grant.refreshToken = token('RT1-');
      this.#byRefreshToken.set(grant.refreshToken, grant);
    }
    grant.refreshes.accepted++;
    // The refresh token's lifetime rolls with each use, never past the grant's hard limit.
    grant.refreshExpiresAt = Math.min(now + this.lifetimes.refreshTokenLifetimeSec * 1000, grant.hardExpiresAt);
    return { ok: true, reply: this.#reply(grant, this.lifetimes.accessTokenLifetimeSec) };
  }

  #reply(grant: Grant, accessLifetimeSec: number): TokenReply {
    const now = this.#nowMs();
    const accessToken = token('eyJmock.');
    grant.accessTokens.add(accessToken);
    this.#byAccessToken.set(accessToken, { grant, expiresAt: now + accessLifetimeSec * 1000 });
    const seconds = (at: number) => Math.max(0, Math.floor((at - now) / 1000));
    return {
      access_token: accessToken,
      refresh_token: grant.refreshToken,
      token_type: 'bearer',
      expires_in: accessLifetimeSec,
      x_refresh_token_expires_in: seconds(grant.refreshExpiresAt),
      x_refresh_token_hard_expires_in: seconds(grant.hardExpiresAt),
    };
  }

  /** Revokes the grant a refresh or access token belongs to; unknown tokens are ignored, as RFC 7009 asks. */
  revokeToken(value: string): boolean {
    const grant = this.#byRefreshToken.get(value) ?? this.#byAccessToken.get(value)?.grant;
    if (!grant) return false;
    this.#revoke(grant);
    return true;
  }

  revokeRealm(realmId: string): number {
    let count = 0;
    for (const grant of this.#grants) {
      if (grant.realmId === realmId && !grant.revoked) {
        this.#revoke(grant);
        count++;
      }
    }
    return count;
  }

  #revoke(grant: Grant): void {
    grant.revoked = true;
  }

  checkAccessToken(value: string): AccessCheck {
    const entry = this.#byAccessToken.get(value);
    if (!entry || entry.grant.revoked || entry.expiresAt <= this.#nowMs()) return { ok: false };
    return { ok: true, realmId: entry.grant.realmId };
  }

  /** The person behind a valid access token (null: a grant without one); undefined when the token is not valid. */
  subjectOf(accessToken: string): MockSubject | null | undefined {
    return this.checkAccessToken(accessToken).ok ? (this.#byAccessToken.get(accessToken)?.grant.subject ?? null) : undefined;
  }

  /** How often the grant `value` belongs to (any of its tokens, rotated ones included) was refreshed. */
  refreshCounts(value: string): { accepted: number; refused: number } {
    const grant = this.#byRefreshToken.get(value) ?? this.#byAccessToken.get(value)?.grant ?? this.#retired.get(value);
    return grant ? { ...grant.refreshes } : { accepted: 0, refused: 0 };
  }

  /** True when the grant the token belongs to (a rotated refresh token still belongs to it) was revoked. */
  isRevoked(value: string): boolean {
    const grant = this.#byRefreshToken.get(value) ?? this.#byAccessToken.get(value)?.grant ?? this.#retired.get(value);
    return grant?.revoked ?? false;
  }

  clear(): void {
    this.#codes.clear();
    this.#grants.clear();
    this.#byRefreshToken.clear();
    this.#byAccessToken.clear();
    this.#retired.clear();
  }
}
