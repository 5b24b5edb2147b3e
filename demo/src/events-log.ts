// The events log panel: every qbo-* event the page hears (type and detail, newest first), the webhooks the demo host
// received from the server (with their signature check), and the demo's own notes.
import { html, render } from 'lit';
import { qboEventNames } from '../../src/events.js';

interface Entry {
  id: number;
  time: string;
  type: string;
  detail: string | null;
  note: boolean;
  /** For a webhook the demo host received: whether its signature verified, and what it said otherwise. */
  webhook?: { verified: boolean; error: string | null };
}

const MAX_ENTRIES = 60;

export interface EventsLog {
  /** A line of the demo's own (a scenario switch), told apart from the elements' events. */
  note(text: string): void;
  /** A connection event the demo host received as a webhook, with the result of checking its signature. */
  webhook(type: string, verified: boolean, error: string | null, data: unknown): void;
}

export function startEventsLog(source: EventTarget, list: HTMLElement, clearButton: HTMLButtonElement): EventsLog {
  let entries: Entry[] = [];
  let nextId = 1;

  const show = () =>
    render(
      entries.length
        ? entries.map(
            (entry) => html`<li class=${entry.note ? 'log-note' : entry.webhook ? 'log-webhook' : 'log-event'} data-type=${entry.type}>
              <div class="log-head">
                <time>${entry.time}</time> ${entry.webhook ? 'Webhook ' : ''}<code>${entry.type}</code>
                ${entry.webhook
                  ? html`<span class=${entry.webhook.verified ? 'log-verified' : 'log-unverified'}
                      >${entry.webhook.verified ? 'signature verified' : `signature refused: ${entry.webhook.error}`}</span
                    >`
                  : ''}
              </div>
              ${entry.detail ? html`<pre>${entry.detail}</pre>` : ''}
            </li>`,
          )
        : html`<li class="log-empty">No events yet.</li>`,
      list,
    );

  const add = (type: string, detail: string | null, note: boolean, webhook?: Entry['webhook']) => {
    const time = new Date().toLocaleTimeString('en-US', { hour12: false });
    entries = [{ id: nextId++, time, type, detail, note, ...(webhook ? { webhook } : {}) }, ...entries].slice(0, MAX_ENTRIES);
    show();
  };

  for (const type of qboEventNames) {
    source.addEventListener(type, (event) => {
      const { detail } = event as CustomEvent<unknown>;
      const empty = detail === null || detail === undefined || (typeof detail === 'object' && Object.keys(detail).length === 0);
      add(type, empty ? null : JSON.stringify(detail, null, 2), false);
    });
  }
  clearButton.addEventListener('click', () => {
    entries = [];
    show();
  });
  show();
  return {
    note: (text) => add(text, null, true),
    webhook: (type, verified, error, data) => add(type, data === null ? null : JSON.stringify(data, null, 2), false, { verified, error }),
  };
}
