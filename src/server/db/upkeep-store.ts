// The keep-alive's SQL: claiming due connections with a lease (FOR UPDATE SKIP LOCKED in one UPDATE … RETURNING),
// releasing them with their bookkeeping, and holding back a realm Intuit throttled.
import type { InactiveReason, LinkState } from '../../core/model.js';
import type { Sql } from './driver.js';

/** A connection one process claimed for this cycle, with what decides the work on it. */
export interface ClaimedLink {
  tenantId: string;
  realmId: string;
  companyName: string | null;
  linkState: LinkState;
  inactiveReason: InactiveReason | null;
  /** The sealed grant as claimed; the token manager refreshes only if the row still holds this one. */
  tokens: string;
  refreshedAt: Date | null;
  probedAt: Date | null;
  credentialsExpireAt: Date | null;
  connectedAt: Date | null;
  expiringNotified: number[];
  /** connected_at of the grant expiringNotified belongs to. */
  expiringGrant: Date | null;
  leaseUntil: Date;
  /** The process whose lease lapsed before it released the row (it died or stalled); null for a fresh claim. */
  previousOwner: string | null;
  /** A claim holder that sent a refresh and never released the row: that refresh's answer may be lost. */
  refreshSentBy: string | null;
}

export interface ClaimRequest {
  owner: string;
  now: Date;
  leaseUntil: Date;
  /** Due for a refresh when the grant last changed at or before this. */
  refreshBefore: Date;
  /** Due for a probe when last probed at or before this (or never). */
  probeBefore: Date;
  /** Inactive links with these reasons still hold their grant and are maintained too. */
  keptReasons: readonly InactiveReason[];
  /** Days before credentialsExpireAt at which an `expiring` event is due. */
  expiringDays: readonly number[];
  limit: number;
}

export interface ReleaseBookkeeping {
  probedAt?: Date;
  notBefore?: Date;
  expiring?: { notified: number[]; grant: Date | null };
}

export class UpkeepStore {
  constructor(private readonly sql: Sql) {}

  /**
   * Claims up to `limit` due connections for `owner` until `leaseUntil`. The rows are chosen and leased in one
   * statement; SKIP LOCKED lets concurrent claimers (and a refresh holding a row lock) pass each other instead of
   * waiting, and a row whose lease lapsed is due again whoever held it.
   */
  async claimDue(request: ClaimRequest): Promise<ClaimedLink[]> {
    const rows = await this.sql.query(
      `with due as (
         select tenant_id, lease_owner from qbo_connections
         where tokens is not null and realm_id is not null
           and (link_state = 'active' or (link_state = 'inactive' and inactive_reason = any($4::text[])))
           and (lease_until is null or lease_until <= $3)
           and (not_before is null or not_before <= $3)
           and (refreshed_at is null or refreshed_at <= $5
             or probed_at is null or probed_at <= $6
             or exists (select 1 from unnest($7::int[]) as threshold(days)
                        where credentials_expire_at - threshold.days * interval '1 day' <= $3
                          and not (threshold.days = any(case when expiring_grant is not distinct from connected_at
                                                         then expiring_notified else '{}'::int[] end))))
         limit $8
         for update skip locked)
       update qbo_connections c set lease_owner = $1, lease_until = $2
       from due where c.tenant_id = due.tenant_id
       returning c.tenant_id, c.realm_id, c.company_name, c.link_state, c.inactive_reason, c.tokens, c.refreshed_at,
         c.probed_at, c.credentials_expire_at, c.connected_at, c.expiring_notified, c.expiring_grant, c.lease_until,
         c.refresh_sent_by, due.lease_owner as previous_owner`,
      [
        request.owner,
        request.leaseUntil.toISOString(),
        request.now.toISOString(),
        [...request.keptReasons],
        request.refreshBefore.toISOString(),
        request.probeBefore.toISOString(),
        [...request.expiringDays],
        request.limit,
      ],
    );
    return rows.map(toClaimed);
  }

  /**
   * Notes (committed at once) that `owner` is about to send a refresh, and renews its lease from `now`; false when its
   * claim lapsed or was taken, and then the refresh must not be sent.
   */
  async markRefreshSent(tenantId: string, owner: string, now: Date, leaseUntil: Date): Promise<boolean> {
    const rows = await this.sql.query(
      `update qbo_connections set refresh_sent_by = $2, lease_until = $4
       where tenant_id = $1 and lease_owner = $2 and lease_until > $3 returning tenant_id`,
      [tenantId, owner, now.toISOString(), leaseUntil.toISOString()],
    );
    return rows.length === 1;
  }

  /** Ends `owner`'s claim and writes the bookkeeping; false when the claim was lost (the lease lapsed and was taken). */
  async release(tenantId: string, owner: string, bookkeeping: ReleaseBookkeeping): Promise<boolean> {
    const rows = await this.sql.query(
      `update qbo_connections set lease_owner = null, lease_until = null, refresh_sent_by = null,
         probed_at = coalesce($3, probed_at), not_before = $4,
         expiring_notified = coalesce($5::int[], expiring_notified),
         expiring_grant = case when $5::int[] is null then expiring_grant else $6::timestamptz end
       where tenant_id = $1 and lease_owner = $2 returning tenant_id`,
      [
        tenantId,
        owner,
        bookkeeping.probedAt?.toISOString() ?? null,
        bookkeeping.notBefore?.toISOString() ?? null,
        bookkeeping.expiring ? bookkeeping.expiring.notified : null,
        bookkeeping.expiring?.grant?.toISOString() ?? null,
      ],
    );
    return rows.length === 1;
  }

  /** Intuit throttled this realm: none of its links is maintained (by any process) before `until`. */
  async holdRealm(realmId: string, until: Date): Promise<void> {
    await this.sql.query(
      `update qbo_connections set not_before = greatest(coalesce(not_before, $2::timestamptz), $2::timestamptz) where realm_id = $1`,
      [realmId, until.toISOString()],
    );
  }
}

const date = (value: unknown): Date | null => (value == null ? null : value instanceof Date ? value : new Date(String(value)));

function toClaimed(row: Record<string, unknown>): ClaimedLink {
  return {
    tenantId: String(row.tenant_id),
    realmId: String(row.realm_id),
    companyName: row.company_name == null ? null : String(row.company_name),
    linkState: row.link_state as LinkState,
    inactiveReason: (row.inactive_reason ?? null) as InactiveReason | null,
    tokens: String(row.tokens),
    refreshedAt: date(row.refreshed_at),
    probedAt: date(row.probed_at),
    credentialsExpireAt: date(row.credentials_expire_at),
    connectedAt: date(row.connected_at),
    expiringNotified: Array.isArray(row.expiring_notified) ? row.expiring_notified.map(Number) : [],
    expiringGrant: date(row.expiring_grant),
    leaseUntil: date(row.lease_until)!,
    previousOwner: row.previous_owner == null ? null : String(row.previous_owner),
    refreshSentBy: row.refresh_sent_by == null ? null : String(row.refresh_sent_by),
  };
}
