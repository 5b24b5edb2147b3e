// Standard Webhooks delivery of one connection event: the JSON body, its signature headers, and the POST.
import { Webhook } from 'standardwebhooks';
import type { ConnectionEvent } from './event.js';

export interface WebhookTarget {
  url: string;
  /** `whsec_` + base64 of 24 to 64 random bytes, shared with the receiver. */
  secret: string;
  /** How long one attempt may take before it counts as failed. Default 10 s. */
  timeoutMs?: number;
}

export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

/** The receiver answered outside 2xx; its status is all the dispatcher records (never the body). */
export class WebhookRejectedError extends Error {
  override readonly name = 'WebhookRejectedError';
  constructor(readonly status: number) {
    super(`The webhook receiver answered HTTP ${status}.`);
  }
}

/** Checks the target once at startup, so a typo fails createQboServer instead of every delivery. */
export function checkWebhookTarget(target: WebhookTarget): void {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    throw new TypeError('webhooks.url must be an absolute http(s) URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('webhooks.url must be an http(s) URL.');
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(target.secret ?? '');
  const bytes = match ? Buffer.from(match[1]!, 'base64').length : 0;
  if (bytes < 24 || bytes > 64) throw new TypeError('webhooks.secret must be "whsec_" followed by base64 of 24 to 64 random bytes.');
  if (target.timeoutMs !== undefined && !(target.timeoutMs > 0)) throw new TypeError('webhooks.timeoutMs must be a positive number.');
}

/** The body every receiver gets: Standard Webhooks' `type`, `timestamp` (when it happened) and `data`. */
export function webhookBody(event: ConnectionEvent): string {
  return JSON.stringify({ type: `connection.${event.type}`, timestamp: event.at, data: event });
}

export class WebhookSender {
  readonly #signer: Webhook;

  constructor(readonly target: WebhookTarget) {
    checkWebhookTarget(target);
    this.#signer = new Webhook(target.secret);
  }

  /** One attempt; resolves on 2xx, throws otherwise (status, timeout or network failure). */
  async send(event: ConnectionEvent): Promise<void> {
    const body = webhookBody(event);
    // The wall clock, not the server's `now` option: receivers check webhook-timestamp against their own clock.
    const sentAt = new Date();
    const timeoutMs = this.target.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
    const response = await fetch(this.target.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'qbo-reconnect-webhooks',
        'webhook-id': event.id,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': this.#signer.sign(event.id, sentAt, body),
      },
      body,
    }).catch((error: unknown) => {
      if (error instanceof Error && error.name === 'TimeoutError') throw new Error(`The webhook receiver did not answer within ${timeoutMs} ms.`);
      throw new Error(`The webhook receiver could not be reached (${error instanceof Error ? error.message : String(error)}).`);
    });
    // The body is of no interest; reading it frees the connection for the next delivery.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status < 200 || response.status >= 300) throw new WebhookRejectedError(response.status);
  }
}
