// The full-stack demo's clock: real time plus an offset that the Demo controls move ("+30 days"). The server and the
// mock Intuit share it, so the keep-alive, an expiry notice and a lapse play out in seconds instead of months.
import type { MaintenanceReport } from '../../src/server/index.js';

const DAY_MS = 86_400_000;

export class DemoClock {
  #offsetMs = 0;

  /** The demo's "now": what createQboServer and the mock Intuit read. */
  readonly now = (): Date => new Date(Date.now() + this.#offsetMs);

  /** Moves the clock forward by whole days (1 to 365 at a time) and returns the new "now". */
  advanceDays(days: number): Date {
    if (!Number.isInteger(days) || days < 1 || days > 365) throw new RangeError('days must be a whole number from 1 to 365.');
    this.#offsetMs += days * DAY_MS;
    return this.now();
  }

  /** How far ahead of real time the demo runs, in milliseconds. */
  get aheadMs(): number {
    return this.#offsetMs;
  }

  /** How far ahead of real time the demo runs, in days. */
  get daysAhead(): number {
    return Math.round(this.#offsetMs / DAY_MS);
  }
}

/** Seconds from `now` until `iso` (at least one), for a grant whose credentials must lapse when the snapshot says. */
export function secondsUntil(iso: string | null, now: Date): number | null {
  if (!iso) return null;
  return Math.max(1, Math.round((Date.parse(iso) - now.getTime()) / 1000));
}

/** Several keep-alive cycles as one report: counts added, inactive reasons merged. */
export function sumReports(reports: readonly MaintenanceReport[]): MaintenanceReport {
  const total: MaintenanceReport = { claimed: 0, refreshed: 0, probed: 0, inactive: {}, recovered: 0, expiring: 0, transientFailures: 0, reclaimed: 0 };
  for (const report of reports) {
    total.claimed += report.claimed;
    total.refreshed += report.refreshed;
    total.probed += report.probed;
    total.recovered += report.recovered;
    total.expiring += report.expiring;
    total.transientFailures += report.transientFailures;
    total.reclaimed += report.reclaimed;
    for (const [reason, count] of Object.entries(report.inactive) as Array<[keyof MaintenanceReport['inactive'], number]>) {
      total.inactive[reason] = (total.inactive[reason] ?? 0) + count;
    }
  }
  return total;
}
