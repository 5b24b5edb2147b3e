// The SQL of hand-off requests (qbo_handoffs); reached as `repository.handoffs`, so it runs in the caller's transaction.
import type { Sql } from './driver.js';

/** `reconnected`: the link was restored another way (the widget, or a probe), which made the request moot. */
export type HandoffCloseReason = 'completed' | 'cancelled' | 'replaced' | 'expired' | 'reconnected';

/** A stored hand-off request. The token is never stored: `tokenHash` is its SHA-256 (hex). */
export interface HandoffRow {
  tokenHash: string;
  tenantId: string;
  realmId: string;
  companyName: string;
  requestedBy: string | null;
  email: string | null;
  note: string | null;
  lang: string;
  requestedAt: Date;
  expiresAt: Date;
  stateHash: string | null;
  closedAt: Date | null;
  closedReason: HandoffCloseReason | null;
}

export interface HandoffRepository {
  insert(row: Omit<HandoffRow, 'stateHash' | 'closedAt' | 'closedReason'>): Promise<void>;
  /** The row for a token hash, in whatever state (the page says why a closed one is refused). */
  byTokenHash(tokenHash: string): Promise<HandoffRow | null>;
  /** The tenant's open request that has not expired yet; null otherwise. */
  openOf(tenantId: string, now: Date): Promise<HandoffRow | null>;
  /** Closes the tenant's open request (expired or not) with `reason`; returns it, or null when there was none. */
  closeOpen(tenantId: string, now: Date, reason: HandoffCloseReason): Promise<HandoffRow | null>;
  /** How many requests the tenant made since `since`, and when the oldest of them was made. */
  requestedSince(tenantId: string, since: Date): Promise<{ count: number; oldest: Date | null }>;
  /** Records where the host mailed the link (the snapshot shows it). */
  setEmail(tokenHash: string, email: string): Promise<void>;
  /** Records the OAuth state of a sign-in started from the link, if the request is still open. */
  setState(tokenHash: string, stateHash: string, now: Date): Promise<boolean>;
  /**
   * Closes the request as completed if it is still open, unexpired, the tenant's and started this sign-in. One
   * UPDATE, so of two concurrent completions exactly one gets the row.
   */
  claim(tokenHash: string, tenantId: string, stateHash: string, now: Date): Promise<HandoffRow | null>;
  /** Closes open requests past their expiry (each handed to one caller) and returns them. */
  takeExpired(now: Date, limit: number): Promise<HandoffRow[]>;
}

const COLUMNS = `token_hash, tenant_id, realm_id, company_name, requested_by, email, note, lang, requested_at, expires_at,
  state_hash, closed_at, closed_reason`;

export class SqlHandoffRepository implements HandoffRepository {
  constructor(private readonly sql: Sql) {}

  async insert(row: Omit<HandoffRow, 'stateHash' | 'closedAt' | 'closedReason'>): Promise<void> {
    await this.sql.query(
      `insert into qbo_handoffs (token_hash, tenant_id, realm_id, company_name, requested_by, email, note, lang, requested_at,
         expires_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.tokenHash,
        row.tenantId,
        row.realmId,
        row.companyName,
        row.requestedBy,
        row.email,
        row.note,
        row.lang,
        row.requestedAt.toISOString(),
        row.expiresAt.toISOString(),
      ],
    );
  }

  async byTokenHash(tokenHash: string): Promise<HandoffRow | null> {
    const rows = await this.sql.query(`select ${COLUMNS} from qbo_handoffs where token_hash = $1`, [tokenHash]);
    return rows[0] ? toHandoff(rows[0]) : null;
  }

  async openOf(tenantId: string, now: Date): Promise<HandoffRow | null> {
    const rows = await this.sql.query(
      `select ${COLUMNS} from qbo_handoffs where tenant_id = $1 and closed_at is null and expires_at > $2`,
      [tenantId, now.toISOString()],
    );
    return rows[0] ? toHandoff(rows[0]) : null;
  }

  async closeOpen(tenantId: string, now: Date, reason: HandoffCloseReason): Promise<HandoffRow | null> {
    const rows = await this.sql.query(
      `update qbo_handoffs set closed_at = $2, closed_reason = $3 where tenant_id = $1 and closed_at is null returning ${COLUMNS}`,
      [tenantId, now.toISOString(), reason],
    );
    return rows[0] ? toHandoff(rows[0]) : null;
  }

  async requestedSince(tenantId: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const rows = await this.sql.query(
      'select count(*) as count, min(requested_at) as oldest from qbo_handoffs where tenant_id = $1 and requested_at > $2',
      [tenantId, since.toISOString()],
    );
    return { count: Number(rows[0]?.count ?? 0), oldest: date(rows[0]?.oldest) };
  }

  async setEmail(tokenHash: string, email: string): Promise<void> {
    await this.sql.query('update qbo_handoffs set email = $2 where token_hash = $1', [tokenHash, email]);
  }

  async setState(tokenHash: string, stateHash: string, now: Date): Promise<boolean> {
    const rows = await this.sql.query(
      `update qbo_handoffs set state_hash = $2 where token_hash = $1 and closed_at is null and expires_at > $3 returning token_hash`,
      [tokenHash, stateHash, now.toISOString()],
    );
    return rows.length === 1;
  }

  async claim(tokenHash: string, tenantId: string, stateHash: string, now: Date): Promise<HandoffRow | null> {
    const rows = await this.sql.query(
      `update qbo_handoffs set closed_at = $4, closed_reason = 'completed'
       where token_hash = $1 and tenant_id = $2 and state_hash = $3 and closed_at is null and expires_at > $4
       returning ${COLUMNS}`,
      [tokenHash, tenantId, stateHash, now.toISOString()],
    );
    return rows[0] ? toHandoff(rows[0]) : null;
  }

  async takeExpired(now: Date, limit: number): Promise<HandoffRow[]> {
    const rows = await this.sql.query(
      `update qbo_handoffs set closed_at = $1, closed_reason = 'expired' where token_hash in (
         select token_hash from qbo_handoffs where closed_at is null and expires_at <= $1 order by expires_at limit $2
         for update skip locked)
       returning ${COLUMNS}`,
      [now.toISOString(), limit],
    );
    return rows.map(toHandoff);
  }
}

const date = (value: unknown): Date | null => (value == null ? null : value instanceof Date ? value : new Date(String(value)));
const text = (value: unknown): string | null => (value == null ? null : String(value));

function toHandoff(row: Record<string, unknown>): HandoffRow {
  return {
    tokenHash: String(row.token_hash),
    tenantId: String(row.tenant_id),
    realmId: String(row.realm_id),
    companyName: String(row.company_name),
    requestedBy: text(row.requested_by),
    email: text(row.email),
    note: text(row.note),
    lang: String(row.lang),
    requestedAt: date(row.requested_at)!,
    expiresAt: date(row.expires_at)!,
    stateHash: text(row.state_hash),
    closedAt: date(row.closed_at),
    closedReason: (row.closed_reason ?? null) as HandoffCloseReason | null,
  };
}
