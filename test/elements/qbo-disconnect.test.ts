// <qbo-disconnect>: the Disconnect action, its confirmation, and what the user and the host see afterwards.
import { expect } from '@open-wc/testing';
import { keyDown, keyUp, press } from '../helpers/keys.js';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboDisconnect } from '../../src/elements/qbo-disconnect/qbo-disconnect.js';
import { QboConnection } from '../../src/elements/qbo-connection/qbo-connection.js';
import { createHandlers, createMemoryAdapter, SAMPLE_ACTIVE_SNAPSHOT } from '../../src/mocks/index.js';
import { fixture } from '@open-wc/testing';
import { ACTIVE, DISCONNECTED, INACTIVE } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';
import { useMockWorker } from '../helpers/msw.js';

defineElement('qbo-disconnect', QboDisconnect);

const hostOf = (root: Element) => root.querySelector('qbo-disconnect')!;
const trigger = (root: Element) => hostOf(root).shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]');
const dialogOf = (root: Element) => hostOf(root).shadowRoot!.querySelector('dialog')!;
const button = (root: Element, label: string) =>
  [...dialogOf(root).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label)!;
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const disconnectEvents = (m: Mounted) => m.events.filter((e) => e.type.startsWith('qbo-disconnect')).map((e) => e.type);

async function confirming(): Promise<Mounted> {
  const m = await mount(html`<qbo-disconnect></qbo-disconnect>`, ACTIVE);
  trigger(m.provider)!.focus();
  await press('Enter');
  await renderDone(m.provider);
  return m;
}

describe('<qbo-disconnect>', () => {
  it('is offered only while active', async () => {
    const inactive = await mount(html`<qbo-disconnect></qbo-disconnect>`, INACTIVE);
    expect(hostOf(inactive.provider).hidden).to.equal(true);
    expect(trigger(inactive.provider)).to.equal(null);
    const active = await mount(html`<qbo-disconnect></qbo-disconnect>`, ACTIVE);
    expect(hostOf(active.provider).hidden).to.equal(false);
    expect(trigger(active.provider)!.textContent!.trim()).to.equal('Disconnect');
    expect(trigger(active.provider)!.getAttribute('aria-haspopup')).to.equal('dialog');
    await expect(hostOf(active.provider)).to.be.accessible();
  });

  it('is not offered by an adapter that cannot disconnect', async () => {
    const { disconnect: _left, ...withoutDisconnect } = createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT });
    defineElement('qbo-connection', QboConnection);
    const provider = await fixture<QboConnection>(html`<qbo-connection .adapter=${withoutDisconnect}><qbo-disconnect></qbo-disconnect></qbo-connection>`);
    for (let i = 0; i < 20 && provider.store!.state.status !== 'ready'; i++) await renderDone(provider);
    expect(provider.store!.state.snapshot!.linkState).to.equal('active');
    expect(trigger(provider)).to.equal(null);
    expect(hostOf(provider).hidden).to.equal(true);
  });

  it('asks first and says what happens: sync stops, data stays; focus on Cancel', async () => {
    const m = await confirming();
    const dialog = dialogOf(m.provider);
    expect(dialog.open).to.equal(true);
    const text = shownText(dialog);
    expect(text).to.include('Disconnect QuickBooks?');
    expect(text).to.include('Syncing with Northwind Outfitters stops.');
    expect(text).to.include('Your Locations, Accounts, Vendors, and Product Assignments stay as they are');
    expect(focused()).to.equal(button(m.provider, 'Cancel'));
    expect(button(m.provider, 'Disconnect').getAttribute('part')).to.include('button-danger');
    await expect(dialog).to.be.accessible();
  });

  it('keeps Tab and Shift+Tab between Cancel and Disconnect, never leaving the dialog', async () => {
    const m = await confirming();
    expect(focused()).to.equal(button(m.provider, 'Cancel'));
    await press('Tab');
    expect(focused()).to.equal(button(m.provider, 'Disconnect'));
    await press('Tab');
    expect(document.hasFocus()).to.equal(true);
    expect(focused()).to.equal(button(m.provider, 'Cancel'));
    await keyDown('Shift');
    await press('Tab');
    await keyUp('Shift');
    expect(document.hasFocus()).to.equal(true);
    expect(focused()).to.equal(button(m.provider, 'Disconnect'));
    await press('Escape');
    await renderDone(m.provider);
  });

  it('Cancel calls nothing, fires qbo-disconnect-cancel and returns focus', async () => {
    const m = await confirming();
    await press('Enter'); // on Cancel
    await renderDone(m.provider);
    expect(dialogOf(m.provider).open).to.equal(false);
    expect(m.adapter.disconnects).to.have.length(0);
    expect(disconnectEvents(m)).to.deep.equal(['qbo-disconnect-cancel']);
    expect(focused()).to.equal(trigger(m.provider));
  });

  it('Esc is Cancel', async () => {
    const m = await confirming();
    await press('Escape');
    await renderDone(m.provider);
    expect(dialogOf(m.provider).open).to.equal(false);
    expect(m.adapter.disconnects).to.have.length(0);
    expect(m.provider.store!.state.snapshot!.linkState).to.equal('active');
  });

  it('Disconnect ends the link: the host hears qbo-disconnect, and the element says so where focus lands', async () => {
    const m = await confirming();
    button(m.provider, 'Disconnect').focus();
    await press('Enter');
    await renderDone(m.provider);
    expect(shownText(dialogOf(m.provider))).to.include('Disconnecting…');
    m.adapter.disconnects[0]!.reply.resolve(DISCONNECTED);
    await renderDone(m.provider);
    expect(dialogOf(m.provider).open).to.equal(false);
    const event = m.events.find((e) => e.type === 'qbo-disconnect')!;
    expect(event.detail.snapshot.linkState).to.equal('disabled');
    expect(event.detail.snapshot.inactiveReason).to.equal('manually_disabled');
    expect(event.bubbles && event.composed).to.equal(true);
    const done = hostOf(m.provider).shadowRoot!.querySelector('[part=done]')!;
    expect(done.textContent).to.equal('QuickBooks is disconnected. Syncing has stopped; your data is kept.');
    expect(focused()).to.equal(done);
    await expect(hostOf(m.provider)).to.be.accessible();
  });

  it('Esc while the request runs leaves the dialog up until the answer arrives', async () => {
    const m = await confirming();
    button(m.provider, 'Disconnect').click();
    await renderDone(m.provider);
    await press('Escape');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await renderDone(m.provider);
    expect(dialogOf(m.provider).open).to.equal(true);
    expect(m.provider.store!.state.disconnect.name).to.equal('disconnecting');
    m.adapter.disconnects[0]!.reply.resolve(DISCONNECTED);
    await renderDone(m.provider);
    expect(dialogOf(m.provider).open).to.equal(false);
    expect(disconnectEvents(m)).to.deep.equal(['qbo-disconnect']);
  });

  it('a failed DELETE is named, says nothing changed, and Try again calls once more', async () => {
    const m = await confirming();
    button(m.provider, 'Disconnect').click();
    await renderDone(m.provider);
    m.adapter.disconnects[0]!.reply.reject(new ConnectionError('network', 'offline'));
    await renderDone(m.provider);
    const text = shownText(dialogOf(m.provider));
    expect(text).to.include('Could not disconnect');
    expect(text).to.include('The server could not be reached.');
    expect(text).to.include('Nothing changed; QuickBooks is still connected and syncing.');
    expect(m.events.find((e) => e.type === 'qbo-disconnect-error')!.detail).to.deep.equal({ reason: 'network', message: 'offline' });
    expect(m.provider.store!.state.snapshot!.linkState).to.equal('active');
    expect(focused()).to.equal(button(m.provider, 'Try again'));
    await expect(dialogOf(m.provider)).to.be.accessible();
    await press('Enter');
    await renderDone(m.provider);
    expect(m.adapter.disconnects).to.have.length(2);
    m.adapter.disconnects[1]!.reply.resolve(DISCONNECTED);
    await renderDone(m.provider);
    expect(m.provider.store!.state.snapshot!.linkState).to.equal('disabled');
  });

  it('Close after a failure changes nothing and returns focus', async () => {
    const m = await confirming();
    button(m.provider, 'Disconnect').click();
    await renderDone(m.provider);
    m.adapter.disconnects[0]!.reply.reject(new ConnectionError('server', 'boom', { status: 500 }));
    await renderDone(m.provider);
    button(m.provider, 'Close').click();
    await renderDone(m.provider);
    expect(dialogOf(m.provider).open).to.equal(false);
    expect(m.provider.store!.state.snapshot!.linkState).to.equal('active');
    expect(focused()).to.equal(trigger(m.provider));
  });

  describe('through the REST contract (msw)', () => {
    const worker = useMockWorker('qbo-disconnect');
    const BASE = '/api/qbo-disconnect-element';
    defineElement('qbo-connection', QboConnection);

    async function served(scenario: 'active' | 'disconnect-error') {
      worker.use(...createHandlers({ baseUrl: BASE, scenario }));
      const events: string[] = [];
      const provider = await fixture<QboConnection>(html`<qbo-connection
        .adapter=${createHttpAdapter({ baseUrl: BASE, timeoutMs: 3000 })}
        @qbo-disconnect=${(e: Event) => events.push(e.type)}
        @qbo-disconnect-error=${(e: Event) => events.push(e.type)}
        ><qbo-disconnect></qbo-disconnect
      ></qbo-connection>`);
      for (let i = 0; i < 50 && !trigger(provider); i++) await renderDone(provider);
      trigger(provider)!.click();
      await renderDone(provider);
      button(provider, 'Disconnect').click();
      for (let i = 0; i < 50 && provider.store!.state.disconnect.name === 'disconnecting'; i++) await renderDone(provider);
      await renderDone(provider);
      return { provider, events };
    }

    it('DELETE /connection turns the link disabled / manually_disabled', async () => {
      const { provider, events } = await served('active');
      expect(provider.store!.state.snapshot!.linkState).to.equal('disabled');
      expect(provider.store!.state.snapshot!.inactiveReason).to.equal('manually_disabled');
      expect(events).to.deep.equal(['qbo-disconnect']);
    });

    it('a failing DELETE (503) is named and nothing is lost', async () => {
      const { provider, events } = await served('disconnect-error');
      expect(shownText(dialogOf(provider))).to.include('The server answered with an error.');
      expect(provider.store!.state.snapshot!.linkState).to.equal('active');
      expect(events).to.deep.equal(['qbo-disconnect-error']);
    });
  });
});
