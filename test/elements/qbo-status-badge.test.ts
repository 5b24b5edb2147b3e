import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboStatusBadge } from '../../src/elements/qbo-status-badge/qbo-status-badge.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';
import { fixture } from '@open-wc/testing';

defineElement('qbo-status-badge', QboStatusBadge);

const badgeIn = (root: Element) => root.querySelector('qbo-status-badge')!;

describe('<qbo-status-badge>', () => {
  it('shows the gray "Inactive" flag while inactive', async () => {
    const { provider } = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const badge = badgeIn(provider);
    expect(shownText(badge)).to.equal('Inactive');
    expect(badge.getAttribute('state')).to.equal('inactive');
    const pill = badge.shadowRoot!.querySelector('[part=base]')!;
    expect(getComputedStyle(pill).backgroundColor).to.equal('rgb(229, 231, 235)');
    await expect(badge).to.be.accessible();
  });

  it('shows the green "Active" flag when live', async () => {
    const { provider } = await mount(html`<qbo-status-badge></qbo-status-badge>`, ACTIVE);
    const badge = badgeIn(provider);
    expect(shownText(badge)).to.equal('Active');
    expect(getComputedStyle(badge.shadowRoot!.querySelector('[part=base]')!).backgroundColor).to.equal('rgb(220, 252, 231)');
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

  it('is neutral outside a provider', async () => {
    const badge = await fixture<QboStatusBadge>(html`<qbo-status-badge></qbo-status-badge>`);
    expect(shownText(badge)).to.equal('Not configured');
    expect(badge.getAttribute('state')).to.equal('unconfigured');
  });
});
