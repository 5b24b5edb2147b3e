// OperatorRepository: the SQL of the host's support console (connections.list and connections.stats). Reads only,
// and never the tokens column.
import type { InactiveReason, LinkState } from '../../core/model.js';
import type { Sql } from './driver.js';

export interface ConnectionSummaryRow {
  tenantId: string;
  linkState: LinkState;
  inactiveReason: InactiveReason | null;
  realmId: string | null;
  companyName: string | null;
  credentialsExpireAt: Date | null;
  connectedAt: Date | null;
  connectedBy: string | null;
}

export interface ConnectionFilter {
  linkState: LinkState | null;
  reason: InactiveReason | null;
  /** Only active links whose credentials lapse before this instant. */
  expiringBefore: Date | null;
  /** Keyset: tenants strictly after this id. */
  afterTenant: string | null;
  limit: number;
}

export interface ConnectionCounts {
  byState: Array<{ linkState: string; count: number }>;
  byReason: Array<{ reason: string; count: number }>;
  expiringWithin7Days: number;
  expiringWithin30Days: number;
}

export class OperatorRepository {
  constructor(private readonly sql: Sql) {}

  /** `limit + 1` rows in tenant order, so the caller knows whether another page exists. */
  async list(filter: ConnectionFilter): Promise<ConnectionSummaryRow[]> {
    const rows = await this.sql.query(
      `select tenant_id, link_state, inactive_reason, realm_id, company_name, credentials_expire_at, connected_at, connected_by
       from qbo_connections
       where ($1::text is null or link_state = $1)
         and ($2::text is null or (inactive_reason = $2 and link_state <> 'active'))
         and ($3::timestamptz is null or (link_state = 'active' and credentials_expire_at is not null
           and credentials_expire_at <= $3::timestamptz))
         and ($4::text is null or tenant_id > $4)
       order by tenant_id limit $5`,
      [filter.linkState, filter.reason, filter.expiringBefore?.toISOString() ?? null, filter.afterTenant, filter.limit + 1],
    );
    return rows.map((row) => ({
      tenantId: String(row.tenant_id),
      linkState: row.link_state as LinkState,
      inactiveReason: row.link_state === 'active' ? null : ((row.inactive_reason ?? 'unknown') as InactiveReason),
      realmId: text(row.realm_id),
      companyName: text(row.company_name),
      credentialsExpireAt: date(row.credentials_expire_at),
      connectedAt: date(row.connected_at),
      connectedBy: text(row.connected_by),
    }));
  }

  async counts(now: Date): Promise<ConnectionCounts> {
    const byState = await this.sql.query(
      'select link_state, count(*)::int as count from qbo_connections group by link_state order by link_state',
    );
    const byReason = await this.sql.query(
      `select coalesce(inactive_reason, 'unknown') as reason, count(*)::int as count from qbo_connections
       where link_state <> 'active' group by 1 order by 1`,
    );
    const day = 24 * 60 * 60 * 1000;
    const [expiring] = await this.sql.query(
      `select count(*) filter (where credentials_expire_at <= $1)::int as within7,
              count(*) filter (where credentials_expire_at <= $2)::int as within30
       from qbo_connections where link_state = 'active' and credentials_expire_at is not null`,
      [new Date(now.getTime() + 7 * day).toISOString(), new Date(now.getTime() + 30 * day).toISOString()],
    );
    return {
      byState: byState.map((row) => ({ linkState: String(row.link_state), count: Number(row.count) })),
      byReason: byReason.map((row) => ({ reason: String(row.reason), count: Number(row.count) })),
      expiringWithin7Days: Number(expiring?.within7 ?? 0),
      expiringWithin30Days: Number(expiring?.within30 ?? 0),
    };
  }
}

const text = (value: unknown): string | null => (value == null ? null : String(value));
const date = (value: unknown): Date | null => (value == null ? null : value instanceof Date ? value : new Date(String(value)));
