// A connection event as the server writes it (outbox row), hands it to the host's hook and signs it for webhooks.
import type { Company, ConnectionEventType, EventActor, InactiveReason } from '../../core/model.js';

/** What a change reports; the repository adds `id` and `seq` when it writes the row with the change. */
export interface NewConnectionEvent {
  tenantId: string;
  type: ConnectionEventType;
  at: Date;
  reason?: InactiveReason | null;
  company?: Company | null;
  actor?: EventActor | null;
  /** For `expiring`: whole days until the credentials lapse. */
  daysLeft?: number | null;
  /** The host user who asked for a hand-off that this event belongs to. */
  requestedBy?: string | null;
}

/** A written event: what `onConnectionEvent` receives and what a webhook carries in `data`. Never a token. */
export interface ConnectionEvent {
  id: string;
  tenantId: string;
  type: ConnectionEventType;
  /** ISO 8601. */
  at: string;
  reason: InactiveReason | null;
  company: Company | null;
  actor: EventActor | null;
  daysLeft: number | null;
  requestedBy: { name: string } | null;
}

/** An actor for a host user known only by the name the host's session gave. */
export function personNamed(name: string | null | undefined): EventActor | null {
  return name ? { name, email: null } : null;
}
