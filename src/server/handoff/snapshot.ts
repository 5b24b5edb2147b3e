// The snapshot's `handoff` field: the tenant's open hand-off request as the widget shows it, or null.
import type { HandoffRequest } from '../../core/model.js';
import type { ConnectionRepository, HandoffRow } from '../db/index.js';

export async function openHandoff(repository: ConnectionRepository, tenantId: string, now: Date): Promise<HandoffRequest | null> {
  const row = await repository.handoffs.openOf(tenantId, now);
  return row ? handoffRequestOf(row) : null;
}

/** A stored request as the snapshot shows it; a request made without a host user name shows a dash. */
export function handoffRequestOf(row: HandoffRow): HandoffRequest {
  return {
    requestedBy: { name: row.requestedBy ?? '—' },
    requestedAt: row.requestedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    email: row.email,
  };
}
