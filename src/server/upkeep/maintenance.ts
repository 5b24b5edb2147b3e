// Maintenance: the keep-alive cycle of one server process. Due connections are claimed through the database and
// handled with at most `concurrency` Intuit calls in flight and one at a time per realm.
//
// Why a lease on qbo_connections rather than a job library (pg-boss): the work is not a queue of jobs but a property
// of each row (its grant is old, its probe is due, an expiry threshold is near), so one UPDATE … RETURNING with
// FOR UPDATE SKIP LOCKED both finds and claims it, with no second table to keep in step with the connections and
// nothing to enqueue. It runs the same SQL on PGlite and PostgreSQL with no adapter, adds no dependency, and the
// lease (lease_owner, lease_until) is what lets a killed process's claims lapse and be taken by another process.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { ConnectionRepository } from '../db/index.js';
import type { ClaimedLink } from '../db/upkeep-store.js';
import { GRANT_KEPT_REASONS } from '../intuit/faults.js';
import type { RetryPolicy } from '../intuit/retry.js';
import type { TokenManager } from '../token-manager.js';
import { EXPIRING_DAYS } from './expiring.js';
import { handleLink, TRANSIENT_WAIT_MS, type CycleContext } from './handle-link.js';
import { emptyReport, type MaintenanceReport } from './report.js';
import type { KeepAliveSettings } from './settings.js';

export interface MaintenanceDeps {
  repository: ConnectionRepository;
  tokens: TokenManager;
  apiBaseUrl: string;
  retry: RetryPolicy;
  settings: KeepAliveSettings;
  now: () => Date;
  onError: (error: unknown) => void;
}

/** Links claimed per statement: enough to keep every lane busy, few enough to finish well inside one lease. */
const CLAIMS_PER_LANE = 8;

export class Maintenance {
  /** This process's name on its claims; unique per instance so two servers in one process never share claims. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  readonly #deps: MaintenanceDeps;
  #timer: ReturnType<typeof setInterval> | null = null;
  /** Cycles of this process run one after another; a timer tick that finds one running skips. */
  #running: Promise<unknown> = Promise.resolve();
  #busy = false;
  #closing = false;

  constructor(deps: MaintenanceDeps) {
    this.#deps = deps;
  }

  /** Starts the timer (unless interval is 0); it never keeps the process alive by itself. */
  start(): void {
    const { interval } = this.#deps.settings;
    if (interval <= 0 || this.#timer) return;
    this.#timer = setInterval(() => {
      if (this.#busy || this.#closing) return;
      void this.run().catch((error: unknown) => this.#deps.onError(error));
    }, interval);
    this.#timer.unref();
  }

  /** One cycle: claims and handles due connections until none is left for this process. */
  run(options: { now?: Date } = {}): Promise<MaintenanceReport> {
    const cycle = this.#running.then(() => this.#cycle(options.now ?? this.#deps.now()));
    this.#running = cycle.catch(() => {});
    return cycle;
  }

  /** Stops the timer and waits for a cycle in flight (it claims nothing more once closing). */
  async close(): Promise<void> {
    this.#closing = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  async #cycle(now: Date): Promise<MaintenanceReport> {
    const { settings, repository } = this.#deps;
    this.#busy = true;
    const started = performance.now();
    const cycle: CycleContext = {
      now,
      refreshBefore: new Date(now.getTime() - settings.refreshAfter),
      probeBefore: new Date(now.getTime() - settings.probeEvery),
      report: emptyReport(),
      held: new Set(),
      clock: () => new Date(now.getTime() + (performance.now() - started)),
      lease: settings.lease,
    };
    const handled = new Set<string>();
    try {
      while (!this.#closing) {
        // The cycle's clock runs on from `now`, so a lease measured against it lapses as real time passes.
        const at = cycle.clock();
        const claimed = await repository.upkeep.claimDue({
          owner: this.owner,
          now: at,
          leaseUntil: new Date(at.getTime() + settings.lease),
          refreshBefore: cycle.refreshBefore,
          probeBefore: cycle.probeBefore,
          keptReasons: GRANT_KEPT_REASONS,
          expiringDays: EXPIRING_DAYS,
          limit: settings.concurrency * CLAIMS_PER_LANE,
        });
        if (!claimed.length) break;
        // Handled once per cycle: a link due again already (a setting of 0 would do it) waits for the next cycle.
        const fresh = claimed.filter((link) => !handled.has(link.tenantId));
        const again = claimed.filter((link) => handled.has(link.tenantId));
        for (const link of again) {
          await repository.upkeep.release(link.tenantId, this.owner, { notBefore: new Date(at.getTime() + TRANSIENT_WAIT_MS) });
        }
        if (!fresh.length) break;
        for (const link of fresh) handled.add(link.tenantId);
        cycle.report.claimed += fresh.length;
        cycle.report.reclaimed += fresh.filter((link) => link.previousOwner !== null).length;
        await this.#handleAll(cycle, fresh);
      }
      return cycle.report;
    } finally {
      this.#busy = false;
    }
  }

  /** One lane per realm, at most `concurrency` lanes at once: each lane makes one Intuit call at a time. */
  async #handleAll(cycle: CycleContext, links: ClaimedLink[]): Promise<void> {
    const byRealm = new Map<string, ClaimedLink[]>();
    for (const link of links) byRealm.set(link.realmId, [...(byRealm.get(link.realmId) ?? []), link]);
    const lanes = [...byRealm.values()];
    const deps = { ...this.#deps, owner: this.owner };
    const worker = async () => {
      for (let lane = lanes.shift(); lane; lane = lanes.shift()) {
        for (const link of lane) {
          // A claim that lapsed while it waited its turn may belong to another process now: leave it.
          if (cycle.clock() >= link.leaseUntil) continue;
          await handleLink(deps, cycle, link);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#deps.settings.concurrency, lanes.length) }, worker));
  }
}
