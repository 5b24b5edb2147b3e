// The public types of the mock Intuit: its options, fault injection, call bookkeeping and the handle startMockIntuit() returns.
import type { MockCompany } from './mock-intuit-data.js';
import type { TokenReply } from './mock-intuit-grants.js';
import type { AuthorizationRequest } from './mock-intuit-authorization.js';
import type { SignInBehaviour } from './mock-intuit-sign-in.js';

export type { MockCompany, MockVendor } from './mock-intuit-data.js';
export type { TokenReply } from './mock-intuit-grants.js';
export type { AuthorizationRequest } from './mock-intuit-authorization.js';
export type { SignInBehaviour } from './mock-intuit-sign-in.js';
export type { RealmFaultKind } from './mock-intuit-realm-faults.js';
import type { RealmFaultKind } from './mock-intuit-realm-faults.js';

/** One behaviour for every sign-in, or one chosen per authorization request (by its state, say). */
export type SignInBehaviourSource = SignInBehaviour | ((request: AuthorizationRequest) => SignInBehaviour | undefined);

export interface MockIntuitOptions {
  hostname?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  clientId?: string;
  clientSecret?: string;
  companies?: MockCompany[];
  /** Registered redirect URIs; when given, any other redirect_uri gets the error page, as Intuit does. */
  redirectUris?: string[];
  /** The app name the sign-in page shows. */
  appName?: string;
  accessTokenLifetimeSec?: number;
  refreshTokenLifetimeSec?: number;
  refreshTokenHardLifetimeSec?: number;
  /** Each refresh returns a new refresh token and refuses the old one afterwards (Intuit may do so at any refresh). */
  rotateRefreshTokens?: boolean;
  codeLifetimeSec?: number;
  now?: () => Date;
}

export type FaultEndpoint = 'token' | 'revoke' | 'companyinfo' | 'query' | 'authorize';
export type FaultKind = '5xx' | '429' | 'slow' | 'malformed' | 'invalid_grant';

export interface FaultSpec {
  endpoint: FaultEndpoint;
  kind: FaultKind;
  /** How many requests it hits; unlimited until clearFaults() when left out. */
  times?: number;
  /** For 'slow': how long to wait before answering normally (default 2000 ms). */
  delayMs?: number;
  /**
   * Aims the fault at one authorization: its sign-in page ('authorize') and the exchange of its code ('token').
   * Without it the fault hits every request to the endpoint.
   */
  state?: string;
}

export interface SignInOptions {
  /** The company to sign in to; default the preselected one. */
  realmId?: string;
  deny?: boolean;
  errorDescription?: string;
  /** Who signs in, as userinfo reports it when the sign-in asked for `openid email`; default admin@example.com. */
  email?: string;
}

export interface SignInAnswer {
  redirectUrl: string;
  state: string;
  code?: string;
  realmId?: string;
  error?: string;
}

export interface CallLogEntry {
  at: string;
  method: string;
  path: string;
  endpoint: FaultEndpoint | 'sign-in' | 'other';
  grantType?: string;
  status: number;
  /** The intuit_tid header the reply carried (JSON replies). */
  intuitTid?: string;
}

export interface MockIntuitCalls {
  authorize: number;
  token: { authorization_code: number; refresh_token: number; other: number };
  revoke: number;
  companyInfo: number;
  query: number;
  log: CallLogEntry[];
}

export interface MockIntuit {
  origin: string;
  endpoints: { authorizationEndpoint: string; tokenEndpoint: string; revocationEndpoint: string; apiBaseUrl: string; userinfoEndpoint: string };
  clientId: string;
  clientSecret: string;
  companies: MockCompany[];
  calls: MockIntuitCalls;
  /** What a person does on the sign-in page, for tests without a browser. */
  signIn(authorizationUrl: string, options?: SignInOptions): Promise<SignInAnswer>;
  /** Mints a valid grant directly (seeding); not counted as a code exchange. */
  issueGrant(options: {
    realmId: string;
    accessTokenLifetimeSec?: number;
    refreshTokenLifetimeSec?: number;
    /** This grant's 5-year limit instead of the mock's (to bring its end near in a test). */
    refreshTokenHardLifetimeSec?: number;
  }): Promise<TokenReply>;
  /** As if the user disconnected the app inside QuickBooks: every grant for the company ends. */
  revokeGrant(realmId: string): void;
  isRevoked(token: string): boolean;
  /** How the sign-in page (and signIn()) behaves from now on: preselected company, refusal. */
  configureSignIn(behaviour: SignInBehaviourSource): void;
  fault(spec: FaultSpec): void;
  clearFaults(): void;
  /**
   * Plays a fault on every QuickBooks API call for the company (after its token is accepted) until set to null:
   * fault 120 (admin_access_lost), 6190 (subscription_inactive), 403 3100 (app_not_authorized), 429 (throttled),
   * 503 (unavailable). Refreshes keep working, as at Intuit. Not cleared by clearFaults(); reset() clears it.
   */
  setRealmFault(realmId: string, kind: RealmFaultKind | null): void;
  /** Refresh requests that presented any refresh token of the grant `token` belongs to (current or rotated). */
  grantRefreshes(token: string): { accepted: number; refused: number };
  /** Forgets every code, grant, fault, call and sign-in setting. */
  reset(): void;
  close(): Promise<void>;
}
