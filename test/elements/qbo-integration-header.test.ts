// <qbo-integration-header>: the seed's whole header in one tag, from Inactive through a reconnect to Active.
import { expect } from '@open-wc/testing';
import { press, keyDown, keyUp } from '../helpers/keys.js';
import { html } from 'lit';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboIntegrationHeader } from '../../src/elements/qbo-integration-header/qbo-integration-header.js';
import { ACTIVE, DISCONNECTED, INACTIVE, settle } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';

defineElement('qbo-integration-header', QboIntegrationHeader);

const headerOf = (m: Mounted) => m.provider.querySelector('qbo-integration-header')!;
const inHeader = <T extends Element>(m: Mounted, selector: string) => headerOf(m).shadowRoot!.querySelector<T>(selector)!;
const deepActive = () => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<qbo-integration-header>', () => {
  it('shows the inactive header of the seed: gray badge, red status with the link, one Inactive indicator', async () => {
    const m = await mount(html`<qbo-integration-header></qbo-integration-header>`, INACTIVE);
    const text = shownText(headerOf(m));
    expect(text).to.include('QuickBooks Online');
    expect(text).to.include('Inactive');
    expect(text).to.include('API Connection Status is Inactive');
    expect(text).to.include('Connect Account');
    expect(text).to.include('Inactive Link');
    expect(text).not.to.include('Active Link');
    expect(text).not.to.include('Total Sync Files');
    expect(text).not.to.include('Your account has been successfully reconnected.');
    expect(inHeader(m, 'qbo-status-badge').getAttribute('state')).to.equal('inactive');
    await expect(headerOf(m)).to.be.accessible();
  });

  it('walks a keyboard-only reconnect to the seed\'s restored state', async () => {
    const m = await mount(html`<qbo-integration-header></qbo-integration-header>`, INACTIVE);
    // Tab to Connect Account and press Enter: the question appears with focus on No.
    for (let i = 0; i < 6 && deepActive()?.textContent?.trim() !== 'Connect Account'; i++) await press('Tab');
    expect(deepActive()?.textContent?.trim()).to.equal('Connect Account');
    await press('Enter');
    await renderDone(m.provider);
    const dialog = inHeader(m, 'qbo-reconnect-dialog').shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(shownText(dialog)).to.include('Are you sure to Reconnect?');
    expect(deepActive()?.textContent?.trim()).to.equal('No');
    // Shift+Tab to Yes and press Enter: the sign-in window opens inside that key press.
    await keyDown('Shift');
    await press('Tab');
    await keyUp('Shift');
    expect(deepActive()?.textContent?.trim()).to.equal('Yes');
    await press('Enter');
    expect(m.windows).to.have.length(1);
    await settle();
    m.adapter.completeReply = async () => ({ outcome: 'connected', snapshot: ACTIVE });
    m.windows[0]!.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await renderDone(m.provider);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dialog.open).to.equal(false);
    const text = shownText(headerOf(m));
    expect(text).to.include('Your account has been successfully reconnected.');
    expect(text).to.include('API Connection Status is Active');
    expect(text).not.to.include('Connect Account');
    expect(text).to.include('Disabled Link');
    expect(text).to.include('Inactive Link');
    expect(text).to.include('Active Link');
    expect(text).to.include('Total Sync Files');
    expect(text).to.include('Most Recent Sync Date');
    const selected = inHeader(m, 'qbo-link-state-tabs').shadowRoot!.querySelector('[role=tab][aria-selected=true]')!;
    expect(selected.textContent).to.include('Active Link');
    expect(inHeader(m, 'qbo-status-badge').getAttribute('state')).to.equal('active');
    // Focus went to the banner's Dismiss button; Enter dismisses it.
    expect(deepActive()?.textContent).to.include('Dismiss');
    await expect(headerOf(m)).to.be.accessible();
    await press('Enter');
    await renderDone(m.provider);
    expect(shownText(headerOf(m))).not.to.include('Your account has been successfully reconnected.');
    expect(m.events.map((event) => event.type)).to.include.members([
      'qbo-status-change',
      'qbo-reconnect-start',
      'qbo-reconnect-success',
      'qbo-banner-dismiss',
    ]);
  });

  it('while active: Disconnect beside the status, who reconnected and when, and no expiry warning far from the lapse', async () => {
    const m = await mount(html`<div lang="en-US"><qbo-integration-header></qbo-integration-header></div>`, ACTIVE);
    const text = shownText(headerOf(m));
    expect(text).to.include('API Connection Status is Active');
    expect(text).to.include('Disconnect');
    expect(text).not.to.include('Connect Account');
    expect(text).to.include('Reconnected by Dana Ortiz · Nov 25, 2026');
    expect(text).not.to.include('Reconnect by');
    await expect(headerOf(m)).to.be.accessible();
  });

  it('disconnects from the keyboard with its own confirmation, then offers Connect Account again', async () => {
    const m = await mount(html`<qbo-integration-header></qbo-integration-header>`, ACTIVE);
    const disconnect = inHeader(m, 'qbo-disconnect');
    disconnect.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!.focus();
    await press('Enter');
    await renderDone(m.provider);
    const dialog = disconnect.shadowRoot!.querySelector('dialog')!;
    expect(shownText(dialog)).to.include('Disconnect QuickBooks?');
    expect(deepActive()?.textContent?.trim()).to.equal('Cancel');
    await press('Tab');
    await press('Enter');
    m.adapter.disconnects[0]!.reply.resolve(DISCONNECTED);
    await renderDone(m.provider);
    const text = shownText(headerOf(m));
    expect(text).to.include('API Connection Status is Disabled');
    expect(text).to.include('Connect Account');
    expect(text).to.include('QuickBooks is disconnected.');
    expect(text).to.include('Last synced');
    expect(m.events.map((e) => e.type)).to.include('qbo-disconnect');
    await expect(headerOf(m)).to.be.accessible();
  });

  it('warns before the credentials lapse, with the threshold the host sets', async () => {
    const soon = { ...ACTIVE, credentialsExpireAt: new Date(Date.now() + 20 * 86_400_000).toISOString() };
    const standard = await mount(html`<qbo-integration-header></qbo-integration-header>`, soon);
    expect(shownText(headerOf(standard))).not.to.include('to keep QuickBooks syncing');
    const early = await mount(html`<qbo-integration-header expiry-threshold-days="30"></qbo-integration-header>`, soon);
    expect(shownText(headerOf(early))).to.match(/Reconnect by .+ to keep QuickBooks syncing Connect Account/);
    await expect(headerOf(early)).to.be.accessible();
  });

  it('uses the heading level and title slot the host gives it', async () => {
    const m = await mount(html`<qbo-integration-header heading-level="1"><span slot="title">QuickBooks</span></qbo-integration-header>`, ACTIVE);
    const heading = inHeader(m, '[part=title]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('1');
    expect(shownText(headerOf(m))).to.match(/^QuickBooks Active/);
  });
});
