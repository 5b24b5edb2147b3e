// The host's support console in the Node API: connections.list (filtered, keyset-paged) and connections.stats.
// Only what an operator needs to see; the tokens column is never read.
import { INACTIVE_REASONS, LINK_STATES, type InactiveReason, type LinkState } from '../../core/model.js';
import type { OperatorRepository } from '../db/operator-repository.js';
import { QboServerError } from '../errors.js';
import { readLimit } from '../events/history.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ConnectionListQuery {
  linkState?: LinkState;
  /** Links that are not active for this reason. */
  reason?: InactiveReason;
  /** Active links whose credentials lapse within this many days. */
  expiringWithinDays?: number;
  cursor?: string | null;
  /** 1–500, default 50. */
  limit?: number;
}

export interface ConnectionSummary {
  tenantId: string;
  linkState: LinkState;
  inactiveReason: InactiveReason | null;
  company: { realmId: string; name: string } | null;
  /** ISO 8601; null when no grant is held. */
  credentialsExpireAt: string | null;
  connectedAt: string | null;
  connectedBy: { name: string } | null;
}

export interface ConnectionListPage {
  items: ConnectionSummary[];
  nextCursor: string | null;
}

export interface ConnectionStats {
  total: number;
  byState: Record<LinkState, number>;
  /** Links that are not active, by reason; reasons with none are left out. */
  byReason: Partial<Record<InactiveReason, number>>;
  /** Active links whose credentials lapse within 7 and within 30 days. */
  expiring: { within7Days: number; within30Days: number };
}

export class ConnectionsView {
  constructor(
    private readonly operator: OperatorRepository,
    private readonly now: () => Date,
  ) {}

  async list(query: ConnectionListQuery = {}): Promise<ConnectionListPage> {
    const limit = readLimit(query.limit, 50, 500);
    if (query.linkState !== undefined && !LINK_STATES.includes(query.linkState)) {
      throw new QboServerError('invalid_request', `linkState must be one of ${LINK_STATES.join(', ')}.`);
    }
    if (query.reason !== undefined && !INACTIVE_REASONS.includes(query.reason)) {
      throw new QboServerError('invalid_request', 'reason is not an inactive reason.');
    }
    const days = query.expiringWithinDays;
    if (days !== undefined && !(Number.isFinite(days) && days >= 0)) {
      throw new QboServerError('invalid_request', 'expiringWithinDays must be a number of days, 0 or more.');
    }
    const rows = await this.operator.list({
      linkState: query.linkState ?? null,
      reason: query.reason ?? null,
      expiringBefore: days === undefined ? null : new Date(this.now().getTime() + days * DAY_MS),
      afterTenant: query.cursor ? decodeCursor('c', query.cursor) : null,
      limit,
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => ({
        tenantId: row.tenantId,
        linkState: row.linkState,
        inactiveReason: row.inactiveReason,
        company: row.realmId ? { realmId: row.realmId, name: row.companyName ?? '' } : null,
        credentialsExpireAt: row.credentialsExpireAt?.toISOString() ?? null,
        connectedAt: row.connectedAt?.toISOString() ?? null,
        connectedBy: row.connectedBy ? { name: row.connectedBy } : null,
      })),
      nextCursor: rows.length > limit ? encodeCursor('c', page.at(-1)!.tenantId) : null,
    };
  }

  async stats(): Promise<ConnectionStats> {
    const counts = await this.operator.counts(this.now());
    const byState: Record<LinkState, number> = { active: 0, inactive: 0, disabled: 0 };
    for (const { linkState, count } of counts.byState) if (linkState in byState) byState[linkState as LinkState] += count;
    const byReason: Partial<Record<InactiveReason, number>> = {};
    for (const { reason, count } of counts.byReason) byReason[reason as InactiveReason] = count;
    return {
      total: byState.active + byState.inactive + byState.disabled,
      byState,
      byReason,
      expiring: { within7Days: counts.expiringWithin7Days, within30Days: counts.expiringWithin30Days },
    };
  }
}
