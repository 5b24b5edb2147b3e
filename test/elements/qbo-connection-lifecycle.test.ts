// <qbo-connection> across moves, removals and adapter swaps, and its authorization-origins setting.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { QboStatusBadge } from '../../src/elements/qbo-status-badge/qbo-status-badge.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { ACTIVE, INACTIVE, ScriptedAdapter, settle } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';

defineElement('qbo-status-badge', QboStatusBadge);

async function signingIn() {
  const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
  const store = m.provider.store!;
  store.requestReconnect();
  store.confirm();
  await settle();
  expect(store.state.flow.name).to.equal('authorizing');
  return { ...m, store };
}

describe('<qbo-connection>: moves and removals', () => {
  it('survives a move within the same task: same store, sign-in window still open, no event', async () => {
    const m = await signingIn();
    const eventsBefore = m.events.length;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      elsewhere.append(m.provider);
      await settle();
      await settle();
      expect(m.provider.store).to.equal(m.store);
      expect(m.windows[0]!.closed).to.equal(false);
      expect(m.store.state.flow.name).to.equal('authorizing');
      expect(m.events.slice(eventsBefore).map((event) => event.type)).to.deep.equal([]);
    } finally {
      elsewhere.remove();
    }
  });

  it('survives a remove and re-insert within the same task', async () => {
    const m = await signingIn();
    const parent = m.provider.parentNode!;
    m.provider.remove();
    parent.append(m.provider);
    await settle();
    expect(m.provider.store).to.equal(m.store);
    expect(m.windows[0]!.closed).to.equal(false);
  });

  it('disposes the store once really removed: the sign-in window closes', async () => {
    const m = await signingIn();
    m.provider.remove();
    expect(m.windows[0]!.closed, 'not yet: it may be a move').to.equal(false);
    await settle();
    expect(m.windows[0]!.closed).to.equal(true);
    expect(m.provider.store).to.equal(null);
  });
});

describe('<qbo-connection>: adapter swaps', () => {
  it('keeps the shown status across a swap and does not announce the same status again', async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const before = m.events.filter((event) => event.type === 'qbo-status-change').length;
    const next = new ScriptedAdapter();
    m.provider.adapter = next;
    await renderDone(m.provider);
    expect(m.provider.store!.state.snapshot?.linkState, 'no flash of "Checking…"').to.equal('inactive');
    expect(shownText(m.provider.querySelector('qbo-status-badge')!)).to.equal('Inactive');
    next.loads[0]!.reply.resolve(INACTIVE);
    await renderDone(m.provider);
    expect(m.events.filter((event) => event.type === 'qbo-status-change').length).to.equal(before);
    // A real change is still announced, naming what it was before.
    m.provider.adapter = new ScriptedAdapter();
    await renderDone(m.provider);
    (m.provider.adapter as ScriptedAdapter).loads[0]!.reply.resolve(ACTIVE);
    await renderDone(m.provider);
    const changes = m.events.filter((event) => event.type === 'qbo-status-change');
    expect(changes.at(-1)!.detail).to.deep.include({ linkState: 'active', previous: 'inactive' });
  });

  it('warns once about an adapter replaced on every render', async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      for (let i = 0; i < 8; i++) {
        m.provider.adapter = new ScriptedAdapter();
        await m.provider.updateComplete;
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((text) => text.includes('adapter was replaced'))).to.have.length(1);
  });

  it('does not warn about a host switching adapters now and then', async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      m.provider.adapter = new ScriptedAdapter();
      await m.provider.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });
});

describe('<qbo-connection authorization-origins>', () => {
  it("refuses a sign-in address off Intuit's by default, and follows a configured mock", async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    m.adapter.authorizeReply = async () => ({ authorizationUrl: 'http://127.0.0.1:4010/connect/oauth2?state=s-1', state: 's-1' });
    m.provider.store!.requestReconnect();
    m.provider.store!.confirm('redirect');
    await settle();
    expect(m.provider.store!.state.flow).to.deep.include({ name: 'failed', reason: 'invalid_response' });
    expect(m.navigations).to.deep.equal([]);

    m.provider.setAttribute('authorization-origins', 'http://127.0.0.1:4010 https://appcenter.intuit.com/connect/oauth2');
    await m.provider.updateComplete;
    (m.provider.adapter as ScriptedAdapter).loads.at(-1)!.reply.resolve(INACTIVE);
    await settle();
    m.provider.store!.requestReconnect();
    m.provider.store!.confirm('redirect');
    await settle();
    expect(m.navigations).to.deep.equal(['http://127.0.0.1:4010/connect/oauth2?state=s-1']);
  });
});
