// Mounts qbo- elements inside a <qbo-connection> wired to a scripted adapter and a fake sign-in window.
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboConnection } from '../../src/elements/qbo-connection/qbo-connection.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import type { StoreEnvironment } from '../../src/core/store.js';
import { FakeWindow, MemoryStorage, ScriptedAdapter, settle } from './fakes.js';

defineElement('qbo-connection', QboConnection);

export interface Mounted {
  provider: QboConnection;
  adapter: ScriptedAdapter;
  storage: MemoryStorage;
  navigations: string[];
  /** The sign-in windows opened so far. */
  windows: FakeWindow[];
  /** Every qbo-* event heard on the provider, in order. */
  events: CustomEvent[];
}

/**
 * Renders `content` inside a provider and answers the first load with `snapshot` (pass null to leave it loading).
 * `environment` overrides the fakes (storage, navigation, sign-in window).
 */
export async function mount(
  content: TemplateResult,
  snapshot: ConnectionSnapshot | null,
  environment: Partial<StoreEnvironment> = {},
): Promise<Mounted> {
  FakeWindow.created = [];
  FakeWindow.blockNext = false;
  const adapter = new ScriptedAdapter();
  const storage = new MemoryStorage();
  const navigations: string[] = [];
  const env: Partial<StoreEnvironment> = {
    storage,
    currentUrl: () => 'https://host.example/integrations/quickbooks',
    navigate: (url) => navigations.push(url),
    replaceUrl: () => {},
    createWindow: (uri, hooks) => new FakeWindow(uri, hooks),
    ...environment,
  };
  const events: CustomEvent[] = [];
  const provider = await fixture<QboConnection>(html`<qbo-connection
    redirect-uri="https://host.example/oauth/callback"
    .environment=${env}
    .adapter=${adapter}
    @qbo-status-change=${(e: CustomEvent) => events.push(e)}
    @qbo-load-error=${(e: CustomEvent) => events.push(e)}
    @qbo-reconnect-start=${(e: CustomEvent) => events.push(e)}
    @qbo-reconnect-cancel=${(e: CustomEvent) => events.push(e)}
    @qbo-reconnect-success=${(e: CustomEvent) => events.push(e)}
    @qbo-reconnect-error=${(e: CustomEvent) => events.push(e)}
    @qbo-banner-dismiss=${(e: CustomEvent) => events.push(e)}
    @qbo-disconnect=${(e: CustomEvent) => events.push(e)}
    @qbo-disconnect-cancel=${(e: CustomEvent) => events.push(e)}
    @qbo-disconnect-error=${(e: CustomEvent) => events.push(e)}
    >${content}</qbo-connection
  >`);
  if (snapshot) {
    adapter.loads[0]!.reply.resolve(snapshot);
    await settle();
  }
  await renderDone(provider);
  return { provider, adapter, storage, navigations, windows: FakeWindow.created, events };
}

/** Waits until the provider and every qbo- element below it has rendered. */
export async function renderDone(root: Element): Promise<void> {
  await settle();
  const elements = [root, ...root.querySelectorAll('*')].filter((el) => el.tagName.startsWith('QBO-')) as Array<
    Element & { updateComplete?: Promise<unknown> }
  >;
  await Promise.all(elements.map((el) => el.updateComplete));
  // Elements inside shadow roots (e.g. the integration header) render one tick later.
  await settle();
}

/** The visible text of an element, shadow DOM included, with whitespace folded. */
export function shownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && (node.hidden || getComputedStyle(node).display === 'none')) return;
    if (node instanceof HTMLElement && node.classList.contains('visually-hidden')) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const root = (node as Element).shadowRoot;
    if (root) {
      // Slotted light DOM is visited in place of its slot.
      for (const child of root.childNodes) walk(child);
      return;
    }
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      for (const child of assigned.length ? assigned : node.childNodes) walk(child);
      return;
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Renders `content` inside a provider that has no adapter: the "not configured" state. */
export async function mountUnconfigured(content: TemplateResult): Promise<QboConnection> {
  const warn = console.warn;
  console.warn = () => {}; // the provider's "no adapter" hint is expected here
  try {
    const provider = await fixture<QboConnection>(html`<qbo-connection>${content}</qbo-connection>`);
    await renderDone(provider);
    return provider;
  } finally {
    console.warn = warn;
  }
}

/** Answers the newest load request (the first one, or a refresh) with a snapshot or a failure, then renders. */
export async function answerLoad(mounted: Mounted, reply: ConnectionSnapshot | Error): Promise<void> {
  const load = mounted.adapter.loads.at(-1);
  if (!load) throw new Error('No load request to answer.');
  if (reply instanceof Error) load.reply.reject(reply);
  else load.reply.resolve(reply);
  await renderDone(mounted.provider);
}
