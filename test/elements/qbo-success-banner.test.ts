// <qbo-success-banner>: appears after a reconnect, is announced, and goes away with Dismiss × (mouse or keyboard).
import { expect } from '@open-wc/testing';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboSuccessBanner } from '../../src/elements/qbo-success-banner/qbo-success-banner.js';
import { ACTIVE, INACTIVE, settle } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';

defineElement('qbo-success-banner', QboSuccessBanner);

const MESSAGE = 'Your account has been successfully reconnected.';
const bannerOf = (m: Mounted) => m.provider.querySelector('qbo-success-banner')!;
const dismissButton = (m: Mounted) => bannerOf(m).shadowRoot!.querySelector<HTMLButtonElement>('[part=dismiss-button]');
const dismissEvents = (m: Mounted) => m.events.filter((e) => e.type === 'qbo-banner-dismiss');

/** The accessible name of a button whose decorative bits are aria-hidden. */
function nameOf(button: HTMLElement): string {
  const clone = button.cloneNode(true) as HTMLElement;
  for (const hidden of clone.querySelectorAll('[aria-hidden=true]')) hidden.remove();
  return button.getAttribute('aria-label') ?? clone.textContent!.replace(/\s+/g, ' ').trim();
}

async function reconnected(): Promise<Mounted> {
  const m = await mount(
    html`<button id="before">Before</button>
      <qbo-success-banner></qbo-success-banner>`,
    INACTIVE,
  );
  m.provider.store!.requestReconnect();
  m.provider.store!.confirm('popup');
  await settle();
  m.windows[0]!.answer.resolve({ code: 'code-1', state: 's-1', realmId: '9130357766' });
  await renderDone(m.provider);
  return m;
}

describe('<qbo-success-banner>', () => {
  it('shows nothing before a reconnect', async () => {
    const m = await mount(html`<qbo-success-banner></qbo-success-banner>`, INACTIVE);
    expect(shownText(bannerOf(m))).to.equal('');
    expect(bannerOf(m).hasAttribute('open')).to.equal(false);
    expect(dismissButton(m)).to.equal(null);
    expect(bannerOf(m).getBoundingClientRect().height).to.equal(0);
  });

  it('appears green with a check icon after a successful reconnect', async () => {
    const m = await reconnected();
    const banner = bannerOf(m);
    expect(banner.hasAttribute('open')).to.equal(true);
    expect(shownText(banner)).to.equal(`${MESSAGE} Dismiss ×`);
    expect(banner.shadowRoot!.querySelector('svg[part=icon]')).to.exist;
    const base = banner.shadowRoot!.querySelector('[part=base]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(220, 252, 231)');
    expect(getComputedStyle(base).color).to.equal('rgb(22, 101, 52)');
    await expect(banner).to.be.accessible();
  });

  it('speaks the message from a live region that was there before it appeared', async () => {
    const m = await mount(html`<qbo-success-banner></qbo-success-banner>`, INACTIVE);
    const region = bannerOf(m).shadowRoot!.querySelector('[role=status]')!;
    expect(region.textContent!.trim()).to.equal('');
    m.provider.store!.requestReconnect();
    m.provider.store!.confirm('popup');
    await settle();
    m.windows[0]!.answer.resolve({ code: 'code-1', state: 's-1', realmId: '9130357766' });
    await renderDone(m.provider);
    expect(bannerOf(m).shadowRoot!.querySelector('[role=status]')).to.equal(region);
    expect(region.textContent!.trim()).to.equal(MESSAGE);
  });

  it('names its button "Dismiss", the × being decorative', async () => {
    const m = await reconnected();
    const button = dismissButton(m)!;
    expect(button.textContent!.replace(/\s+/g, '')).to.equal('Dismiss×');
    expect(nameOf(button)).to.equal('Dismiss');
  });

  it('stays until dismissed', async () => {
    const m = await reconnected();
    const refreshed = m.provider.refresh();
    m.adapter.loads[1]!.reply.resolve(ACTIVE);
    await refreshed;
    await renderDone(m.provider);
    expect(m.provider.store!.state.snapshot!.sync!.totalFiles).to.equal(ACTIVE.sync!.totalFiles);
    expect(shownText(bannerOf(m))).to.include(MESSAGE);
  });

  it('Dismiss × hides it and fires qbo-banner-dismiss', async () => {
    const m = await reconnected();
    dismissButton(m)!.click();
    await renderDone(m.provider);
    expect(shownText(bannerOf(m))).to.equal('');
    expect(bannerOf(m).hasAttribute('open')).to.equal(false);
    expect(dismissEvents(m)).to.have.length(1);
    expect(m.provider.store!.state.bannerVisible).to.equal(false);
    await expect(bannerOf(m)).to.be.accessible();
  });

  it('is dismissed from the keyboard with Enter', async () => {
    const m = await reconnected();
    m.provider.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(bannerOf(m).shadowRoot!.activeElement).to.equal(dismissButton(m));
    await press('Enter');
    await renderDone(m.provider);
    expect(shownText(bannerOf(m))).to.equal('');
    expect(dismissEvents(m)).to.have.length(1);
  });

  it('is dismissed from the keyboard with Space', async () => {
    const m = await reconnected();
    dismissButton(m)!.focus();
    await press('Space');
    await renderDone(m.provider);
    expect(dismissEvents(m)).to.have.length(1);
    expect(dismissButton(m)).to.equal(null);
  });

  it('takes focus when the reconnect left focus nowhere, and leaves it where a person put it', async () => {
    const m = await reconnected();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(bannerOf(m).shadowRoot!.activeElement).to.equal(dismissButton(m));

    const other = await mount(html`<button id="before">Before</button><qbo-success-banner></qbo-success-banner>`, INACTIVE);
    other.provider.store!.requestReconnect();
    other.provider.store!.confirm('popup');
    await settle();
    other.provider.querySelector<HTMLButtonElement>('#before')!.focus();
    other.windows[0]!.answer.resolve({ code: 'code-2', state: 's-1', realmId: '9130357766' });
    await renderDone(other.provider);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(document.activeElement?.id).to.equal('before');
  });
});
