// The events log panel: every qbo-* event the page hears (type and detail, newest first), and the demo's own notes.
import { html, render } from 'lit';
import { qboEventNames } from '../../src/events.js';

interface Entry {
  id: number;
  time: string;
  type: string;
  detail: string | null;
  note: boolean;
}

const MAX_ENTRIES = 60;

export interface EventsLog {
  /** A line of the demo's own (a scenario switch), told apart from the elements' events. */
  note(text: string): void;
}

export function startEventsLog(source: EventTarget, list: HTMLElement, clearButton: HTMLButtonElement): EventsLog {
  let entries: Entry[] = [];
  let nextId = 1;

  const show = () =>
    render(
      entries.length
        ? entries.map(
            (entry) => html`<li class=${entry.note ? 'log-note' : 'log-event'} data-type=${entry.type}>
              <div class="log-head"><time>${entry.time}</time> <code>${entry.type}</code></div>
              ${entry.detail ? html`<pre>${entry.detail}</pre>` : ''}
            </li>`,
          )
        : html`<li class="log-empty">No events yet.</li>`,
      list,
    );

  const add = (type: string, detail: string | null, note: boolean) => {
    const time = new Date().toLocaleTimeString('en-US', { hour12: false });
    entries = [{ id: nextId++, time, type, detail, note }, ...entries].slice(0, MAX_ENTRIES);
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
  return { note: (text) => add(text, null, true) };
}
