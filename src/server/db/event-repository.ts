// EventRepository: the SQL of the outbox (claiming, recording delivery) and of each tenant's history.
import type { Company, ConnectionEventType, EventActor, InactiveReason } from '../../core/model.js';
import type { ConnectionEvent } from '../events/event.js';
import type { Sql } from './driver.js';

/** A claimed outbox row: the event plus what delivery needs to decide on retry or give-up. */
export interface ClaimedEvent {
  seq: string;
  event: ConnectionEvent;
  /** Attempts made before this one. */
  attempts: number;
}

/** The delivery bookkeeping of one event, for tests and an operator's look at a stuck event. */
export interface DeliveryState {
  id: string;
  attempts: number;
  deliveredAt: Date | null;
  givenUpAt: Date | null;
  nextAttemptAt: Date;
  leaseOwner: string | null;
  lastError: string | null;
}

export interface EventRepository {
  /**
   * Leases up to `limit` events to `owner` until `leaseUntil`: for each tenant only its oldest event still owed
   * (neither delivered nor given up), when due and not leased by anyone else. One statement with
   * `FOR UPDATE SKIP LOCKED`, so processes claiming at once never take the same row.
   */
  claim(owner: string, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedEvent[]>;
  /** Marks these events delivered (one statement for a whole batch). */
  markDelivered(seqs: readonly string[], now: Date): Promise<void>;
  /** A failed attempt: retried at `nextAttemptAt`, or given up when `givenUp` (the tenant's next event proceeds). */
  markFailed(seq: string, now: Date, error: string, nextAttemptAt: Date, givenUp: boolean): Promise<void>;
  /** Newest first, strictly older than `beforeSeq` when given; `limit + 1` rows so the caller knows if more exist. */
  history(tenantId: string, beforeSeq: string | null, limit: number): Promise<Array<{ seq: string; event: ConnectionEvent }>>;
  deliveryState(eventId: string): Promise<DeliveryState | null>;
}

const EVENT_COLUMNS = `seq, id, tenant_id, type, at, reason, realm_id, company_name, actor_name, actor_email, days_left,
  requested_by, attempts`;

export class SqlEventRepository implements EventRepository {
  constructor(private readonly sql: Sql) {}

  async claim(owner: string, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedEvent[]> {
    // Only each tenant's head (its oldest owed event) is eligible, which keeps delivery in order per tenant; a row
    // another process holds is skipped, and once its claim commits the lease makes it ineligible on re-check.
    // A CTE runs its locking SELECT once; as an IN (…) subquery the planner may run it again per row and claim more
    // than `limit` (seen on PostgreSQL 15 and PGlite).
    const rows = await this.sql.query(
      `with heads as (
         select min(seq) as seq from qbo_events
         where delivered_at is null and given_up_at is null
         group by tenant_id),
       due as (
         select e.seq from qbo_events e join heads on heads.seq = e.seq
         where e.next_attempt_at <= $2 and (e.lease_until is null or e.lease_until <= $2)
         order by e.seq
         limit $4
         for update of e skip locked)
       update qbo_events set lease_owner = $1, lease_until = $3
       from due
       where qbo_events.seq = due.seq
         and qbo_events.delivered_at is null and qbo_events.given_up_at is null
         and (qbo_events.lease_until is null or qbo_events.lease_until <= $2)
       returning qbo_events.*`,
      [owner, now.toISOString(), leaseUntil.toISOString(), limit],
    );
    return rows
      .map((row) => ({ seq: String(row.seq), event: toEvent(row), attempts: Number(row.attempts) }))
      .sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  }

  async markDelivered(seqs: readonly string[], now: Date): Promise<void> {
    if (!seqs.length) return;
    await this.sql.query(
      `update qbo_events set delivered_at = $2, attempts = attempts + 1, lease_owner = null, lease_until = null, last_error = null
       where seq = any($1::bigint[]) and delivered_at is null`,
      [seqs, now.toISOString()],
    );
  }

  async markFailed(seq: string, now: Date, error: string, nextAttemptAt: Date, givenUp: boolean): Promise<void> {
    await this.sql.query(
      `update qbo_events set attempts = attempts + 1, last_error = $3, next_attempt_at = $4, lease_owner = null,
         lease_until = null, given_up_at = case when $5 then $2::timestamptz else null end
       where seq = $1 and delivered_at is null`,
      [seq, now.toISOString(), error.slice(0, 500), nextAttemptAt.toISOString(), givenUp],
    );
  }

  async history(tenantId: string, beforeSeq: string | null, limit: number) {
    const rows = await this.sql.query(
      `select ${EVENT_COLUMNS} from qbo_events
       where tenant_id = $1 and ($2::bigint is null or seq < $2::bigint)
       order by seq desc limit $3`,
      [tenantId, beforeSeq, limit + 1],
    );
    return rows.map((row) => ({ seq: String(row.seq), event: toEvent(row) }));
  }

  async deliveryState(eventId: string): Promise<DeliveryState | null> {
    const rows = await this.sql.query(
      `select id, attempts, delivered_at, given_up_at, next_attempt_at, lease_owner, last_error from qbo_events where id = $1`,
      [eventId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: String(row.id),
      attempts: Number(row.attempts),
      deliveredAt: date(row.delivered_at),
      givenUpAt: date(row.given_up_at),
      nextAttemptAt: date(row.next_attempt_at)!,
      leaseOwner: row.lease_owner == null ? null : String(row.lease_owner),
      lastError: row.last_error == null ? null : String(row.last_error),
    };
  }
}

const date = (value: unknown): Date | null => (value == null ? null : value instanceof Date ? value : new Date(String(value)));

/** The row as the host sees it: the columns the outbox keeps, never anything from the token column of a link. */
function toEvent(row: Record<string, unknown>): ConnectionEvent {
  const company: Company | null = row.realm_id == null ? null : { realmId: String(row.realm_id), name: String(row.company_name ?? '') };
  const actor: EventActor | null =
    row.actor_name == null && row.actor_email == null
      ? null
      : { name: row.actor_name == null ? null : String(row.actor_name), email: row.actor_email == null ? null : String(row.actor_email) };
  return {
    id: String(row.id),
    tenantId: String(row.tenant_id),
    type: row.type as ConnectionEventType,
    at: date(row.at)!.toISOString(),
    reason: (row.reason ?? null) as InactiveReason | null,
    company,
    actor,
    daysLeft: row.days_left == null ? null : Number(row.days_left),
    requestedBy: row.requested_by == null ? null : { name: String(row.requested_by) },
  };
}
