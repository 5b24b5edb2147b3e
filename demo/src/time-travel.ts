// The Demo clock's "+30 days" (full-stack demo only): asks the demo host to move its clock and run one keep-alive
// cycle (demo/server/clock.ts), notes what the cycle did in the events log, and has the page check the status again.
import type { EventsLog } from './events-log.js';

interface AdvanceReply {
  now: string;
  daysAhead: number;
  report: {
    claimed: number;
    refreshed: number;
    probed: number;
    inactive: Record<string, number>;
    recovered: number;
    expiring: number;
    transientFailures: number;
  };
}

export interface TimeTravelElements {
  section: HTMLElement;
  button: HTMLButtonElement;
  now: HTMLElement;
}

const dateText = (iso: string) => new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** What one cycle did, in one line: "refreshed 1, probed 1, inactive (expired_credentials) 1". */
function summary(report: AdvanceReply['report']): string {
  const parts = [
    ['refreshed', report.refreshed],
    ['probed', report.probed],
    ['recovered', report.recovered],
    ['expiry notices', report.expiring],
    ['transient failures', report.transientFailures],
    ...Object.entries(report.inactive).map(([reason, count]) => [`inactive (${reason})`, count] as const),
  ].filter(([, count]) => Number(count) > 0);
  return parts.length ? parts.map(([what, count]) => `${what} ${count}`).join(', ') : 'nothing was due';
}

export function startTimeTravel(elements: TimeTravelElements, log: EventsLog, refresh: () => Promise<void>): void {
  const { section, button, now } = elements;
  section.hidden = false;
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    try {
      const response = await fetch('/api/demo/advance', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ days: 30 }),
      });
      const reply = (await response.json().catch(() => null)) as (AdvanceReply & { message?: string }) | null;
      if (!response.ok || !reply?.report) {
        log.note(`Demo clock: could not move (${reply?.message ?? `HTTP ${response.status}`}).`);
        return;
      }
      now.textContent = `${dateText(reply.now)} (${reply.daysAhead} days ahead)`;
      log.note(`Demo clock +30 days, now ${dateText(reply.now)}. Keep-alive: ${summary(reply.report)}.`);
      await refresh();
    } catch (error) {
      log.note(`Demo clock: the demo host did not answer (${(error as Error).message}).`);
    } finally {
      button.removeAttribute('aria-disabled');
    }
  });
}
