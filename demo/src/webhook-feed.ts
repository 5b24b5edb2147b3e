// Polls the demo host's webhook receiver (demo/server/webhooks.ts) for this session's connection events and adds
// each to the events log with its signature check. Only with a server behind the page (not in msw mode).
import type { EventsLog } from './events-log.js';

const POLL_MS = 1_500;

interface ReceivedWebhook {
  seq: number;
  type: string;
  verified: boolean;
  error: string | null;
  data: unknown;
}

export function startWebhookFeed(log: EventsLog): void {
  let after = 0;
  let stopped = false;
  const poll = async () => {
    try {
      const response = await fetch(`/api/demo/webhooks?after=${after}`, { headers: { accept: 'application/json' } });
      // Without the demo's server (a static build) there is nothing to show: stop asking.
      if (response.status === 404) stopped = true;
      if (response.ok) {
        const { items } = (await response.json()) as { items?: ReceivedWebhook[] };
        for (const item of items ?? []) {
          after = Math.max(after, item.seq);
          log.webhook(item.type, item.verified, item.error, item.data);
        }
      }
    } catch {
      // The dev server restarting: the next poll tries again.
    }
    if (!stopped) setTimeout(() => void poll(), POLL_MS);
  };
  void poll();
}
