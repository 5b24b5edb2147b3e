// <qbo-connect-link>: shown while inactive/disabled, hidden when active, opens the flow by click and keyboard.
import { expect, fixture } from '@open-wc/testing';
import { emulateMediaFeatures } from '../helpers/media.js';
import { itWhere } from '../helpers/engine.js';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { QboConnectLink } from '../../src/elements/qbo-connect-link/qbo-connect-link.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { answerLoad, mount, mountUnconfigured, renderDone, shownText } from '../helpers/elements.js';
import { ACTIVE, INACTIVE, deferred } from '../helpers/fakes.js';

defineElement('qbo-connect-link', QboConnectLink);

const DISABLED: ConnectionSnapshot = { ...INACTIVE, linkState: 'disabled', inactiveReason: 'never_connected', company: null };

const linkIn = (root: Element) => root.querySelector<QboConnectLink>('qbo-connect-link')!;
const buttonOf = (link: Element) => link.shadowRoot!.querySelector<HTMLButtonElement>('button');

describe('<qbo-connect-link>', () => {
  afterEach(async () => {
    await emulateMediaFeatures({});
    document.body.style.background = '';
  });

  it('is the blue, underlined "Connect Account" button while inactive, with a decorative icon', async () => {
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    const link = linkIn(provider);
    const button = buttonOf(link)!;
    expect(shownText(link)).to.equal('Connect Account');
    expect(link.hidden).to.equal(false);
    expect(link.getAttribute('state')).to.equal('inactive');
    expect(button.type).to.equal('button');
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(link.shadowRoot!.querySelector('[part=icon]')!.getAttribute('aria-hidden')).to.equal('true');
    // The seed's 📶: ascending bars on a tile in the link colour, so it reads the same without an emoji font.
    const icon = link.shadowRoot!.querySelector('[part=icon] svg')!;
    expect(icon.getAttribute('data-symbol')).to.equal('📶');
    expect(icon.querySelectorAll('g rect')).to.have.length(4);
    // Bars in the surface colour on the link-coloured tile, set by the stylesheet (a strict CSP forbids style attributes).
    expect(icon.querySelector('[style]')).to.equal(null);
    expect(getComputedStyle(icon.querySelector('g')!).fill).to.equal('rgb(255, 255, 255)');
    expect(icon.getBoundingClientRect().width).to.be.above(8);
    expect(getComputedStyle(button).color).to.equal('rgb(11, 92, 173)');
    expect(getComputedStyle(link.shadowRoot!.querySelector('[part=label]')!).textDecorationLine).to.equal('underline');
    await expect(link).to.be.accessible();
  });

  it('opens the reconnect flow when clicked', async () => {
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    expect(provider.store!.state.flow.name).to.equal('idle');
    buttonOf(linkIn(provider))!.click();
    expect(provider.store!.state.flow.name).to.equal('confirming');
  });

  it('opens the reconnect flow from the keyboard: Tab to it, Enter', async () => {
    const { provider } = await mount(html`<button id="before">Before</button><qbo-connect-link></qbo-connect-link>`, INACTIVE);
    const link = linkIn(provider);
    provider.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(document.activeElement).to.equal(link);
    expect(link.shadowRoot!.activeElement).to.equal(buttonOf(link));
    await press('Enter');
    expect(provider.store!.state.flow.name).to.equal('confirming');
  });

  it('opens the flow with Space too', async () => {
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    linkIn(provider).focus();
    await press('Space');
    expect(provider.store!.state.flow.name).to.equal('confirming');
  });

  it('is shown while disabled (never connected) and connects from there', async () => {
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, DISABLED);
    const link = linkIn(provider);
    expect(shownText(link)).to.equal('Connect Account');
    expect(link.getAttribute('state')).to.equal('disabled');
    await expect(link).to.be.accessible();
    buttonOf(link)!.click();
    expect(provider.store!.state.flow.name).to.equal('confirming');
  });

  it('is hidden and renders nothing when the connection is active', async () => {
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, ACTIVE);
    const link = linkIn(provider);
    expect(link.hidden).to.equal(true);
    expect(getComputedStyle(link).display).to.equal('none');
    expect(buttonOf(link)).to.equal(null);
    expect(shownText(provider)).to.equal('');
    expect(link.getAttribute('state')).to.equal('active');
    await expect(link).to.be.accessible();
  });

  it('stays hidden until the first load answers, and appears once it says inactive', async () => {
    const mounted = await mount(html`<qbo-connect-link></qbo-connect-link>`, null);
    const link = linkIn(mounted.provider);
    expect(link.hidden).to.equal(true);
    expect(link.getAttribute('state')).to.equal('loading');
    await answerLoad(mounted, INACTIVE);
    expect(link.hidden).to.equal(false);
    expect(shownText(link)).to.equal('Connect Account');
  });

  it('stays hidden when the first load fails (Retry is the way forward)', async () => {
    const mounted = await mount(html`<qbo-connect-link></qbo-connect-link>`, null);
    await answerLoad(mounted, new ConnectionError('network', 'offline'));
    const link = linkIn(mounted.provider);
    expect(link.hidden).to.equal(true);
    expect(link.getAttribute('state')).to.equal('error');
    await expect(link).to.be.accessible();
  });

  it('keeps the last known state when a refresh fails', async () => {
    const mounted = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    void mounted.provider.refresh();
    await answerLoad(mounted, new ConnectionError('server', 'boom'));
    const link = linkIn(mounted.provider);
    expect(link.hidden).to.equal(false);
    expect(shownText(link)).to.equal('Connect Account');
  });

  it('is aria-disabled while the dialog asks, and busy while Intuit sign-in runs; clicks do nothing then', async () => {
    const completion = deferred<unknown>();
    const mounted = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    mounted.adapter.completeReply = () => completion.promise;
    const store = mounted.provider.store!;
    const link = linkIn(mounted.provider);

    store.requestReconnect();
    await renderDone(mounted.provider);
    expect(buttonOf(link)!.getAttribute('aria-disabled')).to.equal('true');
    expect(link.hasAttribute('busy')).to.equal(false);

    store.confirm();
    await renderDone(mounted.provider);
    expect(store.state.flow.name).to.equal('authorizing');
    const button = buttonOf(link)!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(link.hasAttribute('busy')).to.equal(true);
    expect(getComputedStyle(button).color).to.equal('rgb(82, 96, 109)');
    expect(getComputedStyle(link.shadowRoot!.querySelector('[part=label]')!).textDecorationLine).to.equal('none');
    await expect(link).to.be.accessible();
    button.click();
    expect(store.state.flow.name).to.equal('authorizing');

    mounted.windows[0]!.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await renderDone(mounted.provider);
    expect(store.state.flow.name).to.equal('completing');
    expect(link.hasAttribute('busy')).to.equal(true);

    completion.resolve({ outcome: 'connected', snapshot: ACTIVE });
    await renderDone(mounted.provider);
    expect(store.state.flow.name).to.equal('succeeded');
    expect(link.hidden).to.equal(true);
    expect(link.hasAttribute('busy')).to.equal(false);
  });

  it('is usable again after the user says No', async () => {
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    const link = linkIn(provider);
    buttonOf(link)!.click();
    provider.store!.cancel();
    await renderDone(provider);
    expect(buttonOf(link)!.hasAttribute('aria-disabled')).to.equal(false);
    buttonOf(link)!.click();
    expect(provider.store!.state.flow.name).to.equal('confirming');
  });

  it('is shown but neutral and inert when no adapter is configured', async () => {
    const provider = await mountUnconfigured(html`<qbo-connect-link></qbo-connect-link>`);
    const link = linkIn(provider);
    const button = buttonOf(link)!;
    expect(shownText(link)).to.equal('Connect Account');
    expect(link.getAttribute('state')).to.equal('unconfigured');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(getComputedStyle(button).color).to.equal('rgb(82, 96, 109)');
    button.click(); // nothing to call: must not throw
    await expect(link).to.be.accessible();
  });

  it('is neutral outside any provider', async () => {
    const link = await fixture<QboConnectLink>(html`<qbo-connect-link></qbo-connect-link>`);
    expect(shownText(link)).to.equal('Connect Account');
    expect(buttonOf(link)!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('focus() lands on the inner button, for the dialog to return focus to', async () => {
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    const link = linkIn(provider);
    link.focus();
    expect(document.activeElement).to.equal(link);
    expect(link.shadowRoot!.activeElement).to.equal(buttonOf(link));
  });

  it('takes its label from the provider strings', async () => {
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    provider.strings = { connectAccount: 'Reconnect QuickBooks' };
    await renderDone(provider);
    expect(shownText(linkIn(provider))).to.equal('Reconnect QuickBooks');
  });

  itWhere('media-emulation', 'keeps 4.5:1 contrast in dark mode', async () => {
    await emulateMediaFeatures({ colorScheme: 'dark' });
    document.body.style.background = '#1f2430';
    const { provider } = await mount(html`<qbo-connect-link></qbo-connect-link>`, INACTIVE);
    const link = linkIn(provider);
    expect(getComputedStyle(buttonOf(link)!).color).to.equal('rgb(147, 197, 253)');
    await expect(link).to.be.accessible();
  });
});
