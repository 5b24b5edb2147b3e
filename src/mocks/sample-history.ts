// Sample connection histories for the mock scenarios: what the server's event log would hold for each situation.
import type { Company, ConnectionEventType, EventActor, HistoryItem, InactiveReason } from '../core/model.js';
import { SAMPLE_COMPANIES } from './sample-data.js';

const company = SAMPLE_COMPANIES[0] as Company;
const dana: EventActor = { name: 'Dana Ortiz', email: null };
const admin: EventActor = { name: null, email: 'ops@harborstreet.example' };

interface Entry {
  at: string;
  type: ConnectionEventType;
  reason?: InactiveReason;
  actor?: EventActor;
  daysLeft?: number;
  requestedBy?: string;
}

function items(entries: readonly Entry[]): HistoryItem[] {
  // Newest first, as the history route answers.
  return entries
    .map((entry, index) => ({
      id: `sample-${index + 1}`,
      at: entry.at,
      type: entry.type,
      reason: entry.reason ?? null,
      actor: entry.actor ?? null,
      company: { ...company },
      daysLeft: entry.daysLeft ?? null,
      requestedBy: entry.requestedBy ? { name: entry.requestedBy } : null,
    }))
    .reverse();
}

const connected: Entry = { at: '2026-07-14T16:20:00.000Z', type: 'connected', actor: dana };
const lapse: Entry[] = [
  { at: '2026-09-30T09:00:00.000Z', type: 'expiring', daysLeft: 30 },
  { at: '2026-10-16T09:00:00.000Z', type: 'expiring', daysLeft: 14 },
  { at: '2026-10-23T09:00:00.000Z', type: 'expiring', daysLeft: 7 },
  { at: '2026-10-29T09:00:00.000Z', type: 'expiring', daysLeft: 1 },
  { at: '2026-10-31T09:00:00.000Z', type: 'inactive', reason: 'expired_credentials' },
];
/** A revoked grant a QuickBooks admin restored through a hand-off link Dana asked for. */
const handedOff: Entry[] = [
  { at: '2026-08-02T11:40:00.000Z', type: 'inactive', reason: 'revoked' },
  { at: '2026-08-03T08:15:00.000Z', type: 'handoff_requested', actor: dana, requestedBy: 'Dana Ortiz' },
  { at: '2026-08-03T13:02:00.000Z', type: 'reconnected', actor: admin, requestedBy: 'Dana Ortiz' },
];
const reconnected: Entry = { at: '2026-11-25T08:55:00.000Z', type: 'reconnected', actor: dana };

/** The seed's situation: connected once, then the credentials lapsed unnoticed (6 events). */
export const SAMPLE_INACTIVE_HISTORY: readonly HistoryItem[] = items([connected, ...lapse]);

/** Active again after a reconnect (10 events). */
export const SAMPLE_ACTIVE_HISTORY: readonly HistoryItem[] = items([connected, ...handedOff, ...lapse, reconnected]);

/** The active history, then the link went inactive for `reason` (11 events: more than one page of 10). */
export function sampleHistoryInactive(reason: InactiveReason): HistoryItem[] {
  return items([connected, ...handedOff, ...lapse, reconnected, { at: '2026-12-01T06:00:00.000Z', type: 'inactive', reason }]);
}
