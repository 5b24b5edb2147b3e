// Intuit's grant as a typed object with accessors, so loose token JSON never travels through the code.

export interface IntuitTokenFields {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  /** The rolling expiry Intuit reports as x_refresh_token_expires_in. */
  refreshTokenExpiresAt: Date;
  /** Intuit's 5-year hard limit (x_refresh_token_hard_expires_in), when it reported one. */
  refreshTokenHardExpiresAt: Date | null;
}

/** What Intuit's token endpoint returns, after validation. */
export interface TokenReply {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  x_refresh_token_expires_in: number;
  x_refresh_token_hard_expires_in?: number | undefined;
}

export class IntuitTokens {
  readonly #fields: IntuitTokenFields;

  constructor(fields: IntuitTokenFields) {
    this.#fields = { ...fields };
  }

  /** A token reply read at `now`; a refresh reply without a hard expiry keeps the one the grant already had. */
  static fromReply(reply: TokenReply, now: Date, previous?: IntuitTokens): IntuitTokens {
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    return new IntuitTokens({
      accessToken: reply.access_token,
      refreshToken: reply.refresh_token,
      accessTokenExpiresAt: at(reply.expires_in),
      refreshTokenExpiresAt: at(reply.x_refresh_token_expires_in),
      refreshTokenHardExpiresAt:
        reply.x_refresh_token_hard_expires_in !== undefined
          ? at(reply.x_refresh_token_hard_expires_in)
          : (previous?.refreshTokenHardExpiresAt() ?? null),
    });
  }

  /** Reads the form `serialize()` wrote (after decryption). */
  static deserialize(text: string): IntuitTokens {
    const raw = JSON.parse(text) as Record<string, string | null>;
    return new IntuitTokens({
      accessToken: String(raw.accessToken),
      refreshToken: String(raw.refreshToken),
      accessTokenExpiresAt: new Date(String(raw.accessTokenExpiresAt)),
      refreshTokenExpiresAt: new Date(String(raw.refreshTokenExpiresAt)),
      refreshTokenHardExpiresAt: raw.refreshTokenHardExpiresAt ? new Date(raw.refreshTokenHardExpiresAt) : null,
    });
  }

  accessToken(): string {
    return this.#fields.accessToken;
  }
  refreshToken(): string {
    return this.#fields.refreshToken;
  }
  accessTokenExpiresAt(): Date {
    return this.#fields.accessTokenExpiresAt;
  }
  refreshTokenExpiresAt(): Date {
    return this.#fields.refreshTokenExpiresAt;
  }
  refreshTokenHardExpiresAt(): Date | null {
    return this.#fields.refreshTokenHardExpiresAt;
  }

  /** When the grant lapses for good: the earlier of the rolling and the hard refresh-token expiry. */
  credentialsExpireAt(): Date {
    const hard = this.#fields.refreshTokenHardExpiresAt;
    const rolling = this.#fields.refreshTokenExpiresAt;
    return hard && hard < rolling ? hard : rolling;
  }

  /** True when the access token is still good for at least `marginMs`. */
  accessTokenFresh(now: Date, marginMs: number): boolean {
    return this.#fields.accessTokenExpiresAt.getTime() - marginMs > now.getTime();
  }

  /** Plaintext for encryption only; it never leaves the repository layer unencrypted. */
  serialize(): string {
    const f = this.#fields;
    return JSON.stringify({
      accessToken: f.accessToken,
      refreshToken: f.refreshToken,
      accessTokenExpiresAt: f.accessTokenExpiresAt.toISOString(),
      refreshTokenExpiresAt: f.refreshTokenExpiresAt.toISOString(),
      refreshTokenHardExpiresAt: f.refreshTokenHardExpiresAt?.toISOString() ?? null,
    });
  }

  /** Keeps tokens out of logs and JSON replies by accident. */
  toJSON(): string {
    return '[IntuitTokens]';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return '[IntuitTokens]';
  }
}
