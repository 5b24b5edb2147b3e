// Mounts the status line (and the reconnect dialog) in a provider over the memory adapter, for the hand-off tests.
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { defineAll } from '../../src/elements/registry.js';
import type { QboConnection } from '../../src/elements/qbo-connection/qbo-connection.js';
import { createMemoryAdapter } from '../../src/mocks/index.js';
import type { MemoryAdapter, MemoryBackendOptions } from '../../src/mocks/index.js';
import { renderDone } from './elements.js';

defineAll();

export interface HandoffPage {
  provider: QboConnection;
  adapter: MemoryAdapter;
  events: CustomEvent[];
}

const EVENTS = ['qbo-handoff-create', 'qbo-handoff-cancel', 'qbo-handoff-error', 'qbo-reconnect-error'];

export async function mountHandoff(snapshot: ConnectionSnapshot, options: MemoryBackendOptions & { lang?: string } = {}): Promise<HandoffPage> {
  const adapter = createMemoryAdapter({ snapshot, handoffLinkBase: 'https://host.example/qbo/handoff/', ...options });
  const events: CustomEvent[] = [];
  const provider = await fixture<QboConnection>(html`<qbo-connection
    lang=${options.lang ?? 'en'}
    redirect-uri="https://host.example/oauth/callback"
    .adapter=${adapter}
    ><qbo-connection-status></qbo-connection-status><qbo-reconnect-dialog></qbo-reconnect-dialog
  ></qbo-connection>`);
  for (const type of EVENTS) provider.addEventListener(type, (event) => events.push(event as CustomEvent));
  await until(() => provider.store?.state.status === 'ready');
  await settled(provider);
  return { provider, adapter, events };
}

/** Polls every 20 ms, for up to 10 s, until `test` holds. */
export async function until(test: () => boolean, what = 'condition'): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (test()) return;
  throw new Error(`Timed out waiting for ${what}`);
}

/** Every element, including those inside shadow roots, has rendered. */
export async function settled(provider: QboConnection): Promise<void> {
  await renderDone(provider);
  const offers = [...deepAll(provider, 'qbo-handoff-offer'), ...deepAll(provider, 'qbo-handoff-dialog')] as Array<Element & { updateComplete: Promise<unknown> }>;
  await Promise.all(offers.map((el) => el.updateComplete));
  await renderDone(provider);
}

/** Every match of `selector` under `root`, through open shadow roots. */
export function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

export const statusOf = (page: HandoffPage) => page.provider.querySelector('qbo-connection-status')!;
/** The status line's offer. */
export const offerOf = (page: HandoffPage) => statusOf(page).shadowRoot!.querySelector('qbo-handoff-offer')!;
export const offerPart = (page: HandoffPage, part: string) => offerOf(page).shadowRoot!.querySelector<HTMLElement>(`[part~=${part}]`);
export const formOf = (page: HandoffPage) => offerOf(page).shadowRoot!.querySelector('qbo-handoff-dialog')!;
export const formDialog = (page: HandoffPage) => formOf(page).shadowRoot!.querySelector('dialog')!;
export const formField = <T extends HTMLElement = HTMLElement>(page: HandoffPage, selector: string) => formDialog(page).querySelector<T>(selector)!;

export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
