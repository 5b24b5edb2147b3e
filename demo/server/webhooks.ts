// The demo host's webhook receiver: the server POSTs each connection event to the demo's own /api/demo/webhooks,
// where it is verified with standardwebhooks (as a real host would) and kept per tenant for the page's events log.
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { Webhook } from 'standardwebhooks';
import { tenantOf } from './session.js';

export const WEBHOOK_PATH = '/api/demo/webhooks';
/** What the page's poll gets: newest last, after the sequence number it already has. */
const KEPT_PER_TENANT = 50;

export interface ReceivedWebhook {
  seq: number;
  receivedAt: string;
  /** The webhook-id header: the event's id. */
  id: string;
  type: string;
  verified: boolean;
  /** Why verification failed, when it did. */
  error: string | null;
  data: unknown;
}

type Verified = { type?: unknown; data?: { tenantId?: unknown } } | null;

export interface DemoWebhooks {
  /** For createQboServer's `webhooks` option. */
  secret: string;
  mount(app: Hono): void;
}

export function demoWebhooks(): DemoWebhooks {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const verifier = new Webhook(secret);
  const received = new Map<string, ReceivedWebhook[]>();
  let seq = 0;

  const keep = (tenantId: string, entry: Omit<ReceivedWebhook, 'seq' | 'receivedAt'>) => {
    const list = received.get(tenantId) ?? [];
    list.push({ ...entry, seq: ++seq, receivedAt: new Date().toISOString() });
    received.set(tenantId, list.slice(-KEPT_PER_TENANT));
  };

  return {
    secret,
    mount(app) {
      app.post(WEBHOOK_PATH, async (c) => {
        // The raw body, exactly as sent: the signature covers these bytes.
        const body = await c.req.text();
        const headers = Object.fromEntries(c.req.raw.headers);
        const id = headers['webhook-id'] ?? '';
        let payload: Verified;
        try {
          payload = verifier.verify(body, headers) as Verified;
        } catch (error) {
          // Unverified, so the body is not trusted; it is shown to the tenant it names only to explain the refusal.
          const claimed = safeParse(body);
          const tenantId = claimed?.data?.tenantId;
          if (typeof tenantId === 'string') {
            keep(tenantId, { id, type: String(claimed?.type ?? 'unknown'), verified: false, error: error instanceof Error ? error.message : String(error), data: null });
          }
          return c.json({ error: 'invalid_signature' }, 400);
        }
        const tenantId = payload?.data?.tenantId;
        if (payload && typeof tenantId === 'string') keep(tenantId, { id, type: String(payload.type), verified: true, error: null, data: payload.data });
        return c.body(null, 204);
      });

      // The page polls this for its own tenant's webhooks (the session cookie says whose).
      app.get(WEBHOOK_PATH, (c) => {
        const tenantId = tenantOf(c.req.raw);
        if (!tenantId) return c.json({ error: 'unauthenticated' }, 401);
        const after = Number(c.req.query('after') ?? 0) || 0;
        c.header('cache-control', 'no-store');
        return c.json({ items: (received.get(tenantId) ?? []).filter((entry) => entry.seq > after) });
      });
    },
  };
}

function safeParse(body: string): { type?: unknown; data?: { tenantId?: unknown } } | null {
  try {
    const value = JSON.parse(body) as unknown;
    return value && typeof value === 'object' ? (value as { type?: unknown; data?: { tenantId?: unknown } }) : null;
  } catch {
    return null;
  }
}
