// The snapshot's `handoff` field: the tenant's open hand-off request as the widget shows it, or null.
import type { HandoffRequest } from '../../core/model.js';
import type { ConnectionRepository, ConnectionRow, HandoffRow } from '../db/index.js';

export async function openHandoff(repository: ConnectionRepository, connection: ConnectionRow, now: Date): Promise<HandoffRequest | null> {
  // An active link needs no admin: a request still open then (a probe found the link working) is not shown.
  if (connection.linkState === 'active') return null;
  const row = await repository.handoffs.openOf(connection.tenantId, now);
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
