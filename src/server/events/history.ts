// A tenant's history: its connection events, newest first, in pages behind an opaque cursor.
import type { HistoryPage } from '../../core/model.js';
import type { EventRepository } from '../db/event-repository.js';
import { QboServerError } from '../errors.js';
import { decodeCursor, encodeCursor } from '../operator/cursor.js';

export const DEFAULT_HISTORY_LIMIT = 20;
export const MAX_HISTORY_LIMIT = 100;

export interface HistoryQuery {
  cursor?: string | null | undefined;
  limit?: number | string | null | undefined;
}

export class HistoryService {
  constructor(private readonly events: EventRepository) {}

  /**
   * The cursor names the last event of the previous page by its write order, so events written meanwhile (always
   * newer) never shift a page, and another tenant's cursor only ever reaches this tenant's rows.
   */
  async page(tenantId: string, query: HistoryQuery = {}): Promise<HistoryPage> {
    const limit = readLimit(query.limit, DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT);
    const before = query.cursor ? decodeCursor('h', query.cursor) : null;
    if (before !== null && !/^[1-9]\d{0,18}$/.test(before)) throw new QboServerError('invalid_request', 'cursor is not a history cursor.');
    const rows = await this.events.history(tenantId, before, limit);
    const page = rows.slice(0, limit);
    return {
      items: page.map(({ event }) => ({
        id: event.id,
        at: event.at,
        type: event.type,
        reason: event.reason,
        actor: event.actor,
        company: event.company,
        daysLeft: event.daysLeft,
        requestedBy: event.requestedBy,
      })),
      nextCursor: rows.length > limit ? encodeCursor('h', page.at(-1)!.seq) : null,
    };
  }
}

/** A page size from a query string or the Node API: an integer from 1 to `max`, `fallback` when absent. */
export function readLimit(value: number | string | null | undefined, fallback: number, max: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const limit = typeof value === 'number' ? value : /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new QboServerError('invalid_request', `limit must be an integer from 1 to ${max}.`);
  }
  return limit;
}
