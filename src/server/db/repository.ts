// ConnectionRepository: the only code that writes SQL. One implementation over any `Database` (PGlite or pg).
import { randomBytes } from 'node:crypto';
import type { InactiveReason, LinkState } from '../../core/model.js';
import type { NewConnectionEvent } from '../events/event.js';
import type { Database, Sql } from './driver.js';
import { SqlHandoffRepository, type HandoffRepository } from './handoff-repository.js';
import { UpkeepStore } from './upkeep-store.js';

/** A tenant's stored connection; `tokens` is ciphertext and only the token manager opens it. */
export interface ConnectionRow {
  tenantId: string;
  linkState: LinkState;
  inactiveReason: InactiveReason | null;
  realmId: string | null;
  companyName: string | null;
  tokens: string | null;
  credentialsExpireAt: Date | null;
  connectedAt: Date | null;
  connectedBy: string | null;
  everReconnected: boolean;
  /** Bumped by every write; lets a reader tell whether the row changed under it. */
  version: number;
}

export interface OAuthStateRow {
  stateHash: string;
  tenantId: string;
  redirectUri: string;
  expiresAt: Date;
}

export interface PendingGrantRow {
  stateHash: string;
  tenantId: string;
  codeHash: string;
  realmId: string;
  companyName: string;
  tokens: string;
  connectedBy: string | null;
  expiresAt: Date;
}

export interface ConnectionRepository {
  /** True when other processes share the data, so a refresh must hold the row lock across the Intuit call. */
  readonly shared: boolean;
  getConnection(tenantId: string): Promise<ConnectionRow | null>;
  /** Inside `transaction`: reads the row and holds its lock until commit (other processes wait). */
  lockConnection(tenantId: string): Promise<ConnectionRow | null>;
  /**
   * The one writer of a link: saves the row and appends `events` (what the change means: connected, inactive…) in
   * the same transaction, so no change goes unreported and no report exists without its change. A write that
   * changes neither link state, reason nor company (a token rotation) passes `[]`.
   */
  saveConnection(row: Omit<ConnectionRow, 'version'>, now: Date, events: readonly NewConnectionEvent[]): Promise<void>;
  /** Writes (with its events) only if the row still has `version` (nobody wrote since it was read); false otherwise. */
  saveConnectionIfVersion(
    row: Omit<ConnectionRow, 'version'>,
    version: number,
    now: Date,
    events: readonly NewConnectionEvent[],
  ): Promise<boolean>;
  /** Appends events that report no row change of their own (expiring, hand-off requests); same transaction as the caller's. */
  appendEvents(events: readonly NewConnectionEvent[]): Promise<void>;
  insertState(row: OAuthStateRow): Promise<void>;
  /** Marks a state used if it exists, belongs to `tenantId`, is unused and unexpired; null otherwise. */
  consumeState(stateHash: string, tenantId: string, now: Date): Promise<OAuthStateRow | null>;
  /** Records a code as sent to Intuit; false when it already was. */
  markCodeUsed(codeHash: string, tenantId: string, now: Date): Promise<boolean>;
  savePendingGrant(row: PendingGrantRow): Promise<void>;
  /** Removes and returns the tenant's unexpired pending grant for this state. */
  takePendingGrant(stateHash: string, tenantId: string, now: Date): Promise<PendingGrantRow | null>;
  /** Removes and returns pending grants past their expiry; each is handed to exactly one caller. */
  takeExpiredPendingGrants(now: Date, limit: number): Promise<PendingGrantRow[]>;
  /** Forgets states past expiry and used codes older than `codesBefore`. */
  prune(now: Date, codesBefore: Date): Promise<void>;
  transaction<T>(fn: (repository: ConnectionRepository) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Hand-off requests (qbo_handoffs), on the same connection: inside `transaction`, part of it. */
  readonly handoffs: HandoffRepository;
  /** The keep-alive's claims and bookkeeping (upkeep-store.ts), on the same connection (inside `transaction` too). */
  readonly upkeep: UpkeepStore;
}

const CONNECTION_COLUMNS = `tenant_id, link_state, inactive_reason, realm_id, company_name, tokens, credentials_expire_at,
  connected_at, connected_by, ever_reconnected, version`;

/** $1 to $11 of both connection writes: the row's columns in table order, then updated_at. */
function connectionParams(row: Omit<ConnectionRow, 'version'>, now: Date) {
  return [
    row.tenantId,
    row.linkState,
    row.inactiveReason,
    row.realmId,
    row.companyName,
    row.tokens,
    iso(row.credentialsExpireAt),
    iso(row.connectedAt),
    row.connectedBy,
    row.everReconnected,
    now.toISOString(),
  ];
}

export class SqlConnectionRepository implements ConnectionRepository {
  readonly shared: boolean;
  readonly handoffs: HandoffRepository;
  readonly upkeep: UpkeepStore;

  constructor(
    private readonly sql: Sql,
    private readonly db?: Database,
    shared?: boolean,
  ) {
    this.shared = shared ?? db?.shared ?? true;
    this.handoffs = new SqlHandoffRepository(sql);
    this.upkeep = new UpkeepStore(sql);
  }

  async getConnection(tenantId: string): Promise<ConnectionRow | null> {
    const rows = await this.sql.query(`select ${CONNECTION_COLUMNS} from qbo_connections where tenant_id = $1`, [tenantId]);
    return rows[0] ? toConnection(rows[0]) : null;
  }

  async lockConnection(tenantId: string): Promise<ConnectionRow | null> {
    const rows = await this.sql.query(`select ${CONNECTION_COLUMNS} from qbo_connections where tenant_id = $1 for update`, [
      tenantId,
    ]);
    return rows[0] ? toConnection(rows[0]) : null;
  }

  async saveConnection(row: Omit<ConnectionRow, 'version'>, now: Date, events: readonly NewConnectionEvent[]): Promise<void> {
    if (events.length && this.db) return this.transaction((tx) => tx.saveConnection(row, now, events));
    await this.sql.query(
      `insert into qbo_connections (tenant_id, link_state, inactive_reason, realm_id, company_name, tokens,
         credentials_expire_at, connected_at, connected_by, ever_reconnected, version, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11)
       on conflict (tenant_id) do update set link_state = excluded.link_state, inactive_reason = excluded.inactive_reason,
         realm_id = excluded.realm_id, company_name = excluded.company_name, tokens = excluded.tokens,
         credentials_expire_at = excluded.credentials_expire_at, connected_at = excluded.connected_at,
         connected_by = excluded.connected_by, ever_reconnected = excluded.ever_reconnected,
         version = qbo_connections.version + 1, updated_at = excluded.updated_at`,
      connectionParams(row, now),
    );
    await this.appendEvents(events);
  }

  async saveConnectionIfVersion(
    row: Omit<ConnectionRow, 'version'>,
    version: number,
    now: Date,
    events: readonly NewConnectionEvent[],
  ): Promise<boolean> {
    if (events.length && this.db) return this.transaction((tx) => tx.saveConnectionIfVersion(row, version, now, events));
    const rows = await this.sql.query(
      `update qbo_connections set link_state = $2, inactive_reason = $3, realm_id = $4, company_name = $5, tokens = $6,
         credentials_expire_at = $7, connected_at = $8, connected_by = $9, ever_reconnected = $10,
         version = version + 1, updated_at = $11
       where tenant_id = $1 and version = $12 returning version`,
      [...connectionParams(row, now), version],
    );
    if (rows.length !== 1) return false;
    await this.appendEvents(events);
    return true;
  }

  async appendEvents(events: readonly NewConnectionEvent[]): Promise<void> {
    for (const event of events) {
      await this.sql.query(
        `insert into qbo_events (id, tenant_id, type, at, reason, realm_id, company_name, actor_name, actor_email, days_left,
           requested_by, next_attempt_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $4)`,
        [
          newEventId(),
          event.tenantId,
          event.type,
          event.at.toISOString(),
          event.reason ?? null,
          event.company?.realmId ?? null,
          event.company?.name ?? null,
          event.actor?.name ?? null,
          event.actor?.email ?? null,
          event.daysLeft ?? null,
          event.requestedBy ?? null,
        ],
      );
    }
  }

  async insertState(row: OAuthStateRow): Promise<void> {
    await this.sql.query(
      'insert into qbo_oauth_states (state_hash, tenant_id, redirect_uri, expires_at) values ($1, $2, $3, $4)',
      [row.stateHash, row.tenantId, row.redirectUri, row.expiresAt.toISOString()],
    );
  }

  async consumeState(stateHash: string, tenantId: string, now: Date): Promise<OAuthStateRow | null> {
    const rows = await this.sql.query(
      `update qbo_oauth_states set used_at = $3
       where state_hash = $1 and tenant_id = $2 and used_at is null and expires_at > $3
       returning state_hash, tenant_id, redirect_uri, expires_at`,
      [stateHash, tenantId, now.toISOString()],
    );
    const row = rows[0];
    return row
      ? { stateHash: String(row.state_hash), tenantId: String(row.tenant_id), redirectUri: String(row.redirect_uri), expiresAt: date(row.expires_at)! }
      : null;
  }

  async markCodeUsed(codeHash: string, tenantId: string, now: Date): Promise<boolean> {
    const rows = await this.sql.query(
      `insert into qbo_used_codes (code_hash, tenant_id, used_at) values ($1, $2, $3)
       on conflict (code_hash) do nothing returning code_hash`,
      [codeHash, tenantId, now.toISOString()],
    );
    return rows.length === 1;
  }

  async savePendingGrant(row: PendingGrantRow): Promise<void> {
    await this.sql.query(
      `insert into qbo_pending_grants (state_hash, tenant_id, code_hash, realm_id, company_name, tokens, connected_by, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.stateHash, row.tenantId, row.codeHash, row.realmId, row.companyName, row.tokens, row.connectedBy, row.expiresAt.toISOString()],
    );
  }

  async takePendingGrant(stateHash: string, tenantId: string, now: Date): Promise<PendingGrantRow | null> {
    const rows = await this.sql.query(
      `delete from qbo_pending_grants where state_hash = $1 and tenant_id = $2 and expires_at > $3 returning *`,
      [stateHash, tenantId, now.toISOString()],
    );
    return rows[0] ? toPending(rows[0]) : null;
  }

  async takeExpiredPendingGrants(now: Date, limit: number): Promise<PendingGrantRow[]> {
    const rows = await this.sql.query(
      `delete from qbo_pending_grants where state_hash in (
         select state_hash from qbo_pending_grants where expires_at <= $1 order by expires_at limit $2 for update skip locked)
       returning *`,
      [now.toISOString(), limit],
    );
    return rows.map(toPending);
  }

  async prune(now: Date, codesBefore: Date): Promise<void> {
    await this.sql.query('delete from qbo_oauth_states where expires_at <= $1', [now.toISOString()]);
    await this.sql.query('delete from qbo_used_codes where used_at < $1', [codesBefore.toISOString()]);
  }

  async transaction<T>(fn: (repository: ConnectionRepository) => Promise<T>): Promise<T> {
    if (!this.db) throw new Error('Nested transactions are not supported.');
    return this.db.transaction((tx) => fn(new SqlConnectionRepository(tx, undefined, this.shared)));
  }

  async close(): Promise<void> {
    await this.db?.close();
  }
}

/** `evt_` + 128 random bits: public, unguessable, and unique across processes without a round trip. */
const newEventId = () => `evt_${randomBytes(16).toString('base64url')}`;

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const date = (value: unknown): Date | null => (value == null ? null : value instanceof Date ? value : new Date(String(value)));
const text = (value: unknown): string | null => (value == null ? null : String(value));

function toConnection(row: Record<string, unknown>): ConnectionRow {
  return {
    tenantId: String(row.tenant_id),
    linkState: row.link_state as LinkState,
    inactiveReason: (row.inactive_reason ?? null) as InactiveReason | null,
    realmId: text(row.realm_id),
    companyName: text(row.company_name),
    tokens: text(row.tokens),
    credentialsExpireAt: date(row.credentials_expire_at),
    connectedAt: date(row.connected_at),
    connectedBy: text(row.connected_by),
    everReconnected: row.ever_reconnected === true,
    version: Number(row.version),
  };
}

function toPending(row: Record<string, unknown>): PendingGrantRow {
  return {
    stateHash: String(row.state_hash),
    tenantId: String(row.tenant_id),
    codeHash: String(row.code_hash),
    realmId: String(row.realm_id),
    companyName: String(row.company_name),
    tokens: String(row.tokens),
    connectedBy: text(row.connected_by),
    expiresAt: date(row.expires_at)!,
  };
}
