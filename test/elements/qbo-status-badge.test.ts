import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboStatusBadge } from '../../src/elements/qbo-status-badge/qbo-status-badge.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';
import { dotOf } from '../helpers/colors.js';
import { answerLoad, mount, renderDone, shownText } from '../helpers/elements.js';
import { fixture } from '@open-wc/testing';

defineElement('qbo-status-badge', QboStatusBadge);

const badgeIn = (root: Element) => root.querySelector('qbo-status-badge')!;

describe('<qbo-status-badge>', () => {
  it('shows the gray "Inactive" flag while inactive', async () => {
    const { provider } = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const badge = badgeIn(provider);
    expect(shownText(badge)).to.equal('Inactive');
    expect(badge.getAttribute('state')).to.equal('inactive');
    expect(getComputedStyle(badge).backgroundColor).to.equal('rgb(229, 231, 235)');
    expect(dotOf(badge)).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgb(75, 85, 99)', 'rgb(75, 85, 99)', 'rgba(0, 0, 0, 0)']);
    await expect(badge).to.be.accessible();
  });

  it('shows the green "Active" flag when live', async () => {
    const { provider } = await mount(html`<qbo-status-badge></qbo-status-badge>`, ACTIVE);
    const badge = badgeIn(provider);
    expect(shownText(badge)).to.equal('Active');
    expect(getComputedStyle(badge).backgroundColor).to.equal('rgb(220, 252, 231)');
    expect(getComputedStyle(badge).color).to.equal('rgb(22, 101, 52)');
    expect(dotOf(badge)).to.deep.equal(['rgb(22, 101, 52)', 'rgba(0, 0, 0, 0)']);
    await expect(badge).to.be.accessible();
  });

  it('shows "Disabled" when never connected', async () => {
    const { provider } = await mount(html`<qbo-status-badge></qbo-status-badge>`, { ...INACTIVE, linkState: 'disabled', inactiveReason: 'never_connected', company: null });
    expect(shownText(badgeIn(provider))).to.equal('Disabled');
  });

  it('says "Checking…" while the first load runs', async () => {
    const { provider } = await mount(html`<qbo-status-badge></qbo-status-badge>`, null);
    expect(shownText(badgeIn(provider))).to.equal('Checking…');
    expect(badgeIn(provider).getAttribute('state')).to.equal('loading');
  });

  it('says "Unknown" (not "Checking…") when the first load failed', async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, null);
    m.adapter.loads[0]!.reply.reject(new Error('offline'));
    await renderDone(m.provider);
    expect(shownText(badgeIn(m.provider))).to.equal('Unknown');
    expect(badgeIn(m.provider).getAttribute('state')).to.equal('error');
    await expect(badgeIn(m.provider)).to.be.accessible();
  });

  it('is one label span with one text node: a state change rewrites the text and the state attribute in place', async () => {
    const mounted = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const badge = badgeIn(mounted.provider);
    const label = badge.shadowRoot!.querySelector('[part=label]')!;
    const text = label.firstChild!;
    expect(badge.shadowRoot!.childNodes.length).to.equal(1);
    expect(label.childNodes.length).to.equal(1);
    expect(text.nodeType).to.equal(Node.TEXT_NODE);
    void mounted.provider.refresh();
    await answerLoad(mounted, ACTIVE);
    expect(badge.shadowRoot!.firstChild).to.equal(label);
    expect(label.firstChild).to.equal(text);
    expect(text.textContent).to.equal('Active');
    expect(badge.state).to.equal('active');
  });

  it('follows the provider it is moved into', async () => {
    const first = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const second = await mount(html``, ACTIVE);
    const badge = badgeIn(first.provider);
    second.provider.append(badge);
    expect(shownText(badge)).to.equal('Active');
    void first.provider.refresh();
    await answerLoad(first, { ...INACTIVE, linkState: 'disabled' });
    expect(shownText(badge)).to.equal('Active');
  });

  it('is neutral outside a provider', async () => {
    const badge = await fixture<QboStatusBadge>(html`<qbo-status-badge></qbo-status-badge>`);
    expect(shownText(badge)).to.equal('Not configured');
    expect(badge.getAttribute('state')).to.equal('unconfigured');
  });
});
