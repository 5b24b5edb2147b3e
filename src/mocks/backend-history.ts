// The memory backend's connection history: the events a change of the link describes, and pages of them, newest first.
import type { ConnectionSnapshot, EventActor, HistoryItem, HistoryPage, HistoryRequest } from '../core/model.js';
import { badRequest, readCursor } from './backend-requests.js';

export const DEFAULT_HISTORY_LIMIT = 20;
export const MAX_HISTORY_LIMIT = 100;
/** Kept per backend: enough for any demo, small enough for Web Storage. */
export const MAX_HISTORY_ITEMS = 200;

let issued = 0;

function eventId(at: Date): string {
  issued += 1;
  return `evt_${at.getTime().toString(36)}_${issued.toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

function item(type: HistoryItem['type'], at: Date, snapshot: ConnectionSnapshot, actor: EventActor | null): HistoryItem {
  return {
    id: eventId(at),
    at: at.toISOString(),
    type,
    reason: type === 'inactive' || type === 'disconnected' ? snapshot.inactiveReason : null,
    actor,
    company: snapshot.company ? { ...snapshot.company } : null,
    daysLeft: null,
    requestedBy: null,
  };
}

/**
 * The events that describe going from `previous` to `next`, as the server's outbox records them: a new link made
 * by a sign-in (`signedIn`, by `actor`) is `connected`, `reconnected` or `company_switched`; an inactive link that turns active with
 * nobody acting is `recovered`; turning inactive (or inactive for another reason) is `inactive`; ending it is
 * `disconnected`. Nothing for a change that is none of these.
 */
export function eventsForChange(
  previous: ConnectionSnapshot,
  next: ConnectionSnapshot,
  at: Date,
  actor: EventActor | null,
  signedIn = false,
): HistoryItem[] {
  if (next.linkState === 'active') {
    if (signedIn) {
      const before = previous.company;
      if (!before || previous.inactiveReason === 'never_connected') return [item('connected', at, next, actor)];
      if (next.company && before.realmId !== next.company.realmId) return [item('company_switched', at, next, actor)];
      return [item('reconnected', at, next, actor)];
    }
    if (previous.linkState === 'inactive') return [item('recovered', at, next, null)];
    if (previous.linkState === 'disabled') return [item('connected', at, next, actor)];
    return [];
  }
  if (next.linkState === 'inactive') {
    const changed = previous.linkState !== 'inactive' || previous.inactiveReason !== next.inactiveReason;
    return changed ? [item('inactive', at, next, null)] : [];
  }
  return previous.linkState === 'disabled' ? [] : [item('disconnected', at, next, actor)];
}

/** Newest first: `events` (in the order they happened) go on top; the oldest fall off past MAX_HISTORY_ITEMS. */
export function prepend(history: readonly HistoryItem[], events: readonly HistoryItem[]): HistoryItem[] {
  return [...[...events].reverse(), ...history].slice(0, MAX_HISTORY_ITEMS);
}

/** A page of the history, as `GET /connection/history` answers: a bad limit or cursor is a 400. */
export function historyPage(history: readonly HistoryItem[], request: HistoryRequest): HistoryPage {
  const { limit } = request;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY_LIMIT) {
    throw badRequest('invalid_request', `"limit" must be an integer from 1 to ${MAX_HISTORY_LIMIT}.`);
  }
  const start = readCursor(request.cursor);
  const end = start + limit;
  return { items: structuredClone(history.slice(start, end)), nextCursor: end < history.length ? String(end) : null };
}

/** Reads the history query as it arrives in a URL; a missing limit takes the default. */
export function readHistoryQuery(cursor: string | null, limit: string | null): HistoryRequest {
  const parsedLimit = limit === null || limit === '' ? DEFAULT_HISTORY_LIMIT : Number(limit);
  return { cursor: cursor === '' ? null : cursor, limit: parsedLimit };
}
