// ConnectionService owns the rules of the contract: states, snapshots, disconnect, vendors, and the sweep of
// expired pending grants. It never sees HTTP objects; the routes translate for it.
import type { Company, ConnectionSnapshot, VendorPage } from '../core/model.js';
import { randomToken, sha256 } from './crypto.js';
import { QboServerError } from './errors.js';
import type { ConnectionRepository, ConnectionRow } from './db/index.js';
import { processVendorQueryResponse, vendorQuery } from './intuit/api.js';
import type { IntuitOAuth } from './intuit/oauth.js';
import type { QboServerHooks, TenantContext } from './options.js';
import { ConnectionInactiveError, type TokenManager } from './token-manager.js';
import { linkedCompany } from './linked-company.js';
import { personNamed } from './events/event.js';
import { openHandoff } from './handoff/snapshot.js';

export { linkedCompany };

/** How long a state (and a pending grant made under it) stays usable. */
export const STATE_LIFETIME_MS = 10 * 60 * 1000;
/** Intuit's codes live minutes; a day of spent-code hashes is plenty to refuse any repeat. */
const USED_CODE_MEMORY_MS = 24 * 60 * 60 * 1000;
const MAX_VENDOR_LIMIT = 1000;

export interface ServiceDeps {
  repository: ConnectionRepository;
  oauth: IntuitOAuth;
  tokens: TokenManager;
  hooks: QboServerHooks;
  redirectUris: readonly string[];
  now: () => Date;
}

export class ConnectionService {
  constructor(readonly deps: ServiceDeps) {}

  async snapshot(tenant: TenantContext): Promise<ConnectionSnapshot> {
    const row = await this.deps.repository.getConnection(tenant.tenantId);
    return this.snapshotOf(tenant.tenantId, row);
  }

  async snapshotOf(tenantId: string, row: ConnectionRow | null): Promise<ConnectionSnapshot> {
    const sync = (await this.deps.hooks.syncSummary?.({ tenantId })) ?? null;
    if (!row) {
      return {
        linkState: 'disabled',
        everReconnected: false,
        inactiveReason: 'never_connected',
        company: null,
        sync,
        credentialsExpireAt: null,
        connectedAt: null,
        connectedBy: null,
        handoff: null,
      };
    }
    return {
      linkState: row.linkState,
      everReconnected: row.everReconnected,
      inactiveReason: row.linkState === 'active' ? null : (row.inactiveReason ?? 'unknown'),
      company: linkedCompany(row),
      sync,
      credentialsExpireAt: row.tokens ? (row.credentialsExpireAt?.toISOString() ?? null) : null,
      connectedAt: row.connectedAt?.toISOString() ?? null,
      connectedBy: row.connectedBy ? { name: row.connectedBy } : null,
      handoff: await openHandoff(this.deps.repository, row, this.deps.now()),
    };
  }

  /** `scope`: a hand-off sign-in also asks for `openid email` (src/server/handoff). */
  async authorize(tenant: TenantContext, redirectUri: string, scope?: string): Promise<{ authorizationUrl: string; state: string }> {
    if (!this.deps.redirectUris.includes(redirectUri)) {
      throw new QboServerError('redirect_uri_not_allowed', 'redirectUri is not one of the registered redirect URIs.');
    }
    const state = randomToken();
    await this.deps.repository.insertState({
      stateHash: await sha256(state),
      tenantId: tenant.tenantId,
      redirectUri,
      expiresAt: new Date(this.deps.now().getTime() + STATE_LIFETIME_MS),
    });
    return { authorizationUrl: this.deps.oauth.authorizationUrl(redirectUri, state, scope), state };
  }

  /** DELETE /connection: the grant is revoked at Intuit first, so a failure there leaves the link as it was. */
  async disconnect(tenant: TenantContext): Promise<ConnectionSnapshot> {
    const row = await this.deps.repository.getConnection(tenant.tenantId);
    if (!row || row.linkState === 'disabled') throw new QboServerError('not_connected', 'There is no QuickBooks link to end.');
    await this.#revokeRow(tenant.tenantId, row, true);
    return this.#disable(tenant.tenantId, tenant.user?.name ?? null);
  }

  /** Intuit's Disconnect URL: the user already ended the grant inside QuickBooks; drop ours, quietly. */
  /**
   * GET /intuit/disconnect, Intuit's Disconnect URL. Any page can send a signed-in browser there, so the visit proves
   * nothing: nothing is revoked, and the link ends only when Intuit itself confirms the grant is gone. True when it did.
   */
  async disconnectedAtIntuit(tenant: TenantContext): Promise<boolean> {
    const row = await this.deps.repository.getConnection(tenant.tenantId);
    if (row?.linkState !== 'active' || !row.tokens || !row.realmId) return false;
    if (!(await this.#grantGoneAtIntuit(tenant.tenantId, row.realmId))) return false;
    await this.#disable(tenant.tenantId, null);
    return true;
  }

  async vendors(tenant: TenantContext, cursor: string | null, limit: number): Promise<VendorPage> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_VENDOR_LIMIT) {
      throw new QboServerError('invalid_request', `limit must be an integer from 1 to ${MAX_VENDOR_LIMIT}.`);
    }
    const row = await this.deps.repository.getConnection(tenant.tenantId);
    if (row?.linkState === 'active') {
      try {
        return await this.#quickbooksVendors(tenant.tenantId, cursor, limit);
      } catch (error) {
        // The grant just turned out to be gone: the host's own list is what the page can still show.
        if (!(error instanceof ConnectionInactiveError)) throw error;
      }
    }
    const page = (await this.deps.hooks.localVendors?.({ tenantId: tenant.tenantId, cursor, limit })) ?? {
      items: [],
      nextCursor: null,
    };
    return { items: page.items.map((vendor) => ({ id: null, name: vendor.name })), nextCursor: page.nextCursor };
  }

  /** Revokes pending grants that expired unconfirmed and forgets stale states and code hashes. */
  async sweep(): Promise<{ revoked: number }> {
    const now = this.deps.now();
    let revoked = 0;
    for (;;) {
      const expired = await this.deps.repository.takeExpiredPendingGrants(now, 50);
      for (const grant of expired) {
        const tokens = await this.deps.tokens.open(grant.tenantId, grant.tokens, `pending:${grant.stateHash}`);
        try {
          await this.deps.oauth.revoke(tokens.refreshToken());
          revoked++;
        } catch {
          // Intuit is down: keep the grant (already expired, so unusable) for the next sweep to revoke.
          await this.deps.repository.savePendingGrant(grant);
          return { revoked };
        }
      }
      if (expired.length < 50) break;
    }
    await this.deps.repository.prune(now, new Date(now.getTime() - USED_CODE_MEMORY_MS));
    return { revoked };
  }

  async #quickbooksVendors(tenantId: string, cursor: string | null, limit: number): Promise<VendorPage> {
    const start = cursor === null ? 1 : Number(cursor);
    if (!Number.isInteger(start) || start < 1) throw new QboServerError('invalid_request', 'cursor is not a vendor position.');
    const query = encodeURIComponent(vendorQuery(start, limit));
    const items = await processVendorQueryResponse(await this.deps.tokens.qboFetch(tenantId, `/query?query=${query}`));
    return { items, nextCursor: items.length === limit ? String(start + limit) : null };
  }

  /**
   * Asks Intuit whether the tenant's grant still works: one CompanyInfo call, whose 401 is followed by one refresh
   * (the token manager tells a stale access token from a revoked grant). Only `invalid_grant` there counts as gone;
   * a live grant, or Intuit not answering, leaves the link as it is.
   */
  async #grantGoneAtIntuit(tenantId: string, realmId: string): Promise<boolean> {
    try {
      const response = await this.deps.tokens.qboFetch(tenantId, `/companyinfo/${encodeURIComponent(realmId)}`);
      await response.body?.cancel();
      return false;
    } catch (error) {
      return error instanceof ConnectionInactiveError;
    }
  }

  /** `strict`: a revocation Intuit cannot take (unavailable) stops the disconnect instead of being ignored. */
  async #revokeRow(tenantId: string, row: ConnectionRow, strict: boolean): Promise<void> {
    if (!row.tokens) return;
    const tokens = await this.deps.tokens.open(tenantId, row.tokens);
    const revoking = this.deps.oauth.revoke(tokens.refreshToken());
    if (strict) await revoking;
    else await revoking.catch(() => {});
  }

  /** `actor`: the host user who ended the link here; null when it was ended inside QuickBooks. */
  async #disable(tenantId: string, actor: string | null): Promise<ConnectionSnapshot> {
    const now = this.deps.now();
    const row = await this.deps.repository.transaction(async (tx) => {
      const current = await tx.lockConnection(tenantId);
      if (!current) return null;
      const next = { ...current, linkState: 'disabled' as const, inactiveReason: 'manually_disabled' as const, tokens: null, credentialsExpireAt: null };
      await tx.saveConnection(next, now, [
        { tenantId, type: 'disconnected', at: now, reason: 'manually_disabled', company: linkedCompany(current), actor: personNamed(actor) },
      ]);
      return { ...next, version: current.version + 1 };
    });
    return this.snapshotOf(tenantId, row);
  }
}
