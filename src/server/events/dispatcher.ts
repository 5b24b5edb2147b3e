// Dispatcher: delivers the outbox after commit — to the host's onConnectionEvent hook and its Standard Webhooks
// receiver — in order per tenant, at least once, one process at a time per event, with backoff and a give-up time.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { ClaimedEvent, EventRepository } from '../db/event-repository.js';
import type { ConnectionEvent } from './event.js';
import { checkWebhookTarget, DEFAULT_WEBHOOK_TIMEOUT_MS, WebhookSender, type WebhookTarget } from './webhook.js';

export const DEFAULT_DELIVERY_INTERVAL_MS = 1_000;
export const DEFAULT_GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

export interface DispatcherOptions {
  events: EventRepository;
  hook?: ((event: ConnectionEvent) => void | Promise<void>) | undefined;
  webhooks?: WebhookTarget | undefined;
  /** ms between timer cycles; 0 = no timer (commits in this process still nudge a cycle). */
  interval?: number | undefined;
  giveUpAfter?: number | undefined;
  now: () => Date;
  onError: (error: unknown) => void;
}

export interface DispatchResult {
  delivered: number;
  /** Attempts that failed and are scheduled again. */
  retrying: number;
  gaveUp: number;
}

/** Reported through onError when an event's retries ran out; the row keeps `given_up_at` and the last error. */
export class EventDeliveryError extends Error {
  override readonly name = 'EventDeliveryError';
  constructor(
    readonly event: ConnectionEvent,
    readonly attempts: number,
    readonly lastError: string,
  ) {
    super(`Gave up delivering ${event.type} event ${event.id} of tenant ${event.tenantId} after ${attempts} attempts: ${lastError}`);
  }
}

/** The delivery options checked before anything is opened, so a typo fails createQboServer cleanly. */
export function checkDeliveryOptions(options: { webhooks?: WebhookTarget | undefined; giveUpAfter?: number | undefined; interval?: number | undefined }): void {
  if (options.webhooks) checkWebhookTarget(options.webhooks);
  if (options.giveUpAfter !== undefined && !(options.giveUpAfter > 0)) throw new TypeError('eventDelivery.giveUpAfter must be a positive number of ms.');
  if (options.interval !== undefined && !(options.interval >= 0)) throw new TypeError('eventDelivery.interval must be 0 or a positive number of ms.');
}

export class Dispatcher {
  /** Names this process's leases in the table (host, pid and a random part, as pids repeat across machines). */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  /**
   * Retry schedule: attempt n waits about base·2^(n-1) (half of it fixed, half random so failed receivers are not
   * hit in lockstep), at most `maxMs`. Internal knob: the bench shortens it to measure many retries quickly.
   */
  backoff = { baseMs: 5_000, maxMs: 60 * 60 * 1000 };
  /** Events claimed per statement (distinct tenants) and delivered at once. */
  batch = 50;
  readonly #options: DispatcherOptions;
  readonly #sender: WebhookSender | null;
  readonly #giveUpAfter: number;
  readonly #lease: number;
  readonly #inFlight = new Set<Promise<unknown>>();
  #timer: ReturnType<typeof setInterval> | null = null;
  #nudged: Promise<unknown> | null = null;
  #again = false;
  #closed = false;

  constructor(options: DispatcherOptions) {
    checkDeliveryOptions(options);
    this.#options = options;
    this.#sender = options.webhooks ? new WebhookSender(options.webhooks) : null;
    this.#giveUpAfter = options.giveUpAfter ?? DEFAULT_GIVE_UP_AFTER_MS;
    // Longer than one attempt can take, so a live process keeps its claim; a dead one's lapses within a minute or two.
    this.#lease = 60_000 + 2 * (options.webhooks?.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS);
  }

  /** Without a hook or a webhook there is nobody to tell; events stay owed (and are history) until one is set. */
  get enabled(): boolean {
    return Boolean(this.#options.hook || this.#sender);
  }

  start(): void {
    const interval = this.#options.interval ?? DEFAULT_DELIVERY_INTERVAL_MS;
    if (!this.enabled || interval <= 0) return;
    this.#timer = setInterval(() => this.nudge(), interval);
    this.#timer.unref();
  }

  /** A change just committed (or the timer fired): run a cycle now, or once more after the running one. */
  nudge(): void {
    if (!this.enabled || this.#closed) return;
    if (this.#nudged) {
      this.#again = true;
      return;
    }
    const loop = async () => {
      do {
        this.#again = false;
        await this.#track(this.#cycle(null)).catch(this.#options.onError);
      } while (this.#again && !this.#closed);
    };
    this.#nudged = loop().finally(() => (this.#nudged = null));
  }

  /** connections.dispatchEvents: waits for this process's running cycles, then runs one (at `now` when given). */
  async dispatch(now?: Date): Promise<DispatchResult> {
    await Promise.allSettled([...this.#inFlight]);
    if (!this.enabled) return { delivered: 0, retrying: 0, gaveUp: 0 };
    return this.#track(this.#cycle(now ?? null));
  }

  /** Stops the timer and waits for the cycle in flight (its claimed events are finished, not abandoned). */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    while (this.#inFlight.size || this.#nudged) await Promise.allSettled([...this.#inFlight, this.#nudged]);
  }

  #track<T>(work: Promise<T>): Promise<T> {
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work)).catch(() => {});
    return work;
  }

  /** Claims and delivers until nothing is due: each batch holds at most one event per tenant, so order holds. */
  async #cycle(fixedNow: Date | null): Promise<DispatchResult> {
    const result: DispatchResult = { delivered: 0, retrying: 0, gaveUp: 0 };
    const clock = () => fixedNow ?? this.#options.now();
    while (!this.#closed || fixedNow) {
      // Each loop ends once nothing is due: a failed event waits for its next attempt time, so this terminates.
      const at = clock();
      const claimed = await this.#options.events.claim(this.owner, at, new Date(at.getTime() + this.#lease), this.batch);
      if (!claimed.length) break;
      const outcomes = await Promise.all(claimed.map((item) => this.#deliver(item, clock)));
      // One statement marks the batch's successes; until it commits they count as owed (at least once).
      await this.#options.events.markDelivered(
        claimed.filter((_, i) => outcomes[i] === 'delivered').map((item) => item.seq),
        clock(),
      );
      for (const outcome of outcomes) result[outcome]++;
    }
    return result;
  }

  async #deliver(item: ClaimedEvent, clock: () => Date): Promise<keyof DispatchResult> {
    const { events, hook, onError } = this.#options;
    try {
      // The hook gets its own copy, so whatever it does to the object never changes what the webhook signs.
      if (hook) await hook(structuredClone(item.event));
      if (this.#sender) await this.#sender.send(item.event);
    } catch (error) {
      const now = clock();
      const attempts = item.attempts + 1;
      const message = describe(error);
      const deadline = Date.parse(item.event.at) + this.#giveUpAfter;
      const givenUp = now.getTime() >= deadline;
      // The last retry lands on the deadline itself rather than past it.
      const next = Math.min(now.getTime() + this.#delay(attempts), Math.max(deadline, now.getTime()));
      await events.markFailed(item.seq, now, message, new Date(next), givenUp);
      if (!givenUp) return 'retrying';
      onError(new EventDeliveryError(item.event, attempts, message));
      return 'gaveUp';
    }
    return 'delivered';
  }

  #delay(attempt: number): number {
    const full = Math.min(this.backoff.maxMs, this.backoff.baseMs * 2 ** Math.min(attempt - 1, 30));
    return full / 2 + Math.random() * (full / 2);
  }
}

/** What the row keeps of a failure: the message only (a hook's error text is the host's own, never a token of ours). */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
