// <qbo-connection-status>: the seed's status line per state, its Connect Account link, progress and Retry.
import { expect } from '@open-wc/testing';
import { emulateMediaFeatures } from '../helpers/media.js';
import { itWhere } from '../helpers/engine.js';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import type { QboConnectLink } from '../../src/elements/qbo-connect-link/qbo-connect-link.js';
import { QboConnectionStatus } from '../../src/elements/qbo-connection-status/qbo-connection-status.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { answerLoad, mount, mountUnconfigured, renderDone, shownText } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';
import { ACTIVE, INACTIVE, deferred } from '../helpers/fakes.js';

// Read before any status element exists: importing the class must register nothing.
const linkDefinedOnImport = customElements.get('qbo-connect-link') !== undefined;
defineElement('qbo-connection-status', QboConnectionStatus);

const DISABLED: ConnectionSnapshot = { ...INACTIVE, linkState: 'disabled', inactiveReason: 'never_connected', company: null };
const TAG = html`<qbo-connection-status></qbo-connection-status>`;

const statusIn = (root: Element) => root.querySelector<QboConnectionStatus>('qbo-connection-status')!;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const linkOf = (status: Element) => status.shadowRoot!.querySelector<QboConnectLink>('qbo-connect-link')!;
const linkButtonOf = (status: Element) => linkOf(status).shadowRoot!.querySelector<HTMLButtonElement>('button');

async function authorizing(mounted: Mounted): Promise<void> {
  const store = mounted.provider.store!;
  store.requestReconnect();
  store.confirm();
  await renderDone(mounted.provider);
  expect(store.state.flow.name).to.equal('authorizing');
}

describe('<qbo-connection-status>', () => {
  afterEach(async () => {
    await emulateMediaFeatures({});
    document.body.style.background = '';
  });

  it('registers <qbo-connect-link> when the first status element is created, not on import', async () => {
    expect(linkDefinedOnImport).to.equal(false);
    await mount(TAG, INACTIVE);
    expect(customElements.get('qbo-connect-link')).to.exist;
  });

  it('reads "API Connection Status is Inactive" in bold red, with the Connect Account link to its right and the reason', async () => {
    const { provider } = await mount(TAG, INACTIVE);
    const status = statusIn(provider);
    expect(shownText(status)).to.equal('API Connection Status is Inactive Connect Account Your QuickBooks sign-in has expired. Reconnect to resume syncing.');
    expect(status.getAttribute('state')).to.equal('inactive');
    const line = part(status, 'status')!;
    expect(getComputedStyle(line).color).to.equal('rgb(185, 28, 28)');
    expect(getComputedStyle(line).fontWeight).to.equal('700');
    const link = linkOf(status);
    expect(link.hidden).to.equal(false);
    // Right of the text, on the same line.
    const textBox = line.getBoundingClientRect();
    const linkBox = link.getBoundingClientRect();
    expect(linkBox.left).to.be.greaterThan(textBox.right);
    expect(Math.abs(linkBox.top - textBox.top)).to.be.lessThan(textBox.height);
    await expect(status).to.be.accessible();
  });

  it('reads "API Connection Status is Active" in green, without the link or a reason', async () => {
    const { provider } = await mount(TAG, ACTIVE);
    const status = statusIn(provider);
    expect(shownText(status)).to.equal('API Connection Status is Active');
    expect(status.getAttribute('state')).to.equal('active');
    expect(getComputedStyle(part(status, 'status')!).color).to.equal('rgb(22, 101, 52)');
    expect(linkOf(status).hidden).to.equal(true);
    expect(part(status, 'reason')).to.equal(null);
    await expect(status).to.be.accessible();
  });

  it('reads "API Connection Status is Disabled" in gray, with the link to connect', async () => {
    const { provider } = await mount(TAG, DISABLED);
    const status = statusIn(provider);
    expect(shownText(status)).to.equal('API Connection Status is Disabled Connect Account QuickBooks has not been connected yet. Connect your QuickBooks account to start syncing.');
    expect(getComputedStyle(part(status, 'status')!).color).to.equal('rgb(75, 85, 99)');
    await expect(status).to.be.accessible();
    linkButtonOf(status)!.click();
    expect(provider.store!.state.flow.name).to.equal('confirming');
  });

  it('says each inactive reason in plain words', async () => {
    const { provider } = await mount(TAG, { ...INACTIVE, inactiveReason: 'revoked' });
    expect(part(statusIn(provider), 'reason')!.textContent).to.equal('Access to QuickBooks was revoked.');
  });

  it('opens the reconnect flow when its link is clicked', async () => {
    const { provider } = await mount(TAG, INACTIVE);
    linkButtonOf(statusIn(provider))!.click();
    expect(provider.store!.state.flow.name).to.equal('confirming');
  });

  it('opens the reconnect flow from the keyboard: Tab to the link, Enter', async () => {
    const { provider } = await mount(html`<button id="before">Before</button>${TAG}`, INACTIVE);
    const status = statusIn(provider);
    provider.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(document.activeElement).to.equal(status);
    expect(linkOf(status).shadowRoot!.activeElement).to.equal(linkButtonOf(status));
    await press('Enter');
    expect(provider.store!.state.flow.name).to.equal('confirming');
  });

  it('says "Checking…" with a spinner while the first load runs', async () => {
    const { provider } = await mount(TAG, null);
    const status = statusIn(provider);
    expect(shownText(status)).to.equal('Checking…');
    expect(status.getAttribute('state')).to.equal('loading');
    expect(status.hasAttribute('busy')).to.equal(true);
    expect(part(status, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(status, 'spinner')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(status).to.be.accessible();
  });

  it('names a failed first load and retries it', async () => {
    const mounted = await mount(TAG, null);
    await answerLoad(mounted, new ConnectionError('network', 'offline'));
    const status = statusIn(mounted.provider);
    expect(shownText(status)).to.equal('Could not check the connection. The server could not be reached. Retry');
    expect(status.getAttribute('state')).to.equal('error');
    expect(part(status, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(getComputedStyle(part(status, 'error')!).color).to.equal('rgb(185, 28, 28)');
    await expect(status).to.be.accessible();

    expect(mounted.adapter.loads.length).to.equal(1);
    part(status, 'retry')!.click();
    expect(mounted.adapter.loads.length).to.equal(2);
    await renderDone(mounted.provider);
    // While the retry runs: "Checking…", Retry stays (focus is kept) but is inert.
    expect(shownText(status)).to.contain('Checking…');
    expect(part(status, 'retry')!.getAttribute('aria-disabled')).to.equal('true');
    part(status, 'retry')!.click();
    expect(mounted.adapter.loads.length).to.equal(2);

    await answerLoad(mounted, INACTIVE);
    expect(shownText(status)).to.equal('API Connection Status is Inactive Connect Account Your QuickBooks sign-in has expired. Reconnect to resume syncing.');
    expect(part(status, 'retry')).to.equal(null);
  });

  it('retries from the keyboard', async () => {
    const mounted = await mount(TAG, null);
    await answerLoad(mounted, new ConnectionError('timeout', 'slow'));
    const status = statusIn(mounted.provider);
    status.focus(); // no link to focus: Retry
    expect(status.shadowRoot!.activeElement).to.equal(part(status, 'retry'));
    await press('Enter');
    expect(mounted.adapter.loads.length).to.equal(2);
  });

  it('keeps the last known status beside a failed refresh', async () => {
    const mounted = await mount(TAG, INACTIVE);
    void mounted.provider.refresh();
    await answerLoad(mounted, new ConnectionError('server', 'boom'));
    const status = statusIn(mounted.provider);
    expect(shownText(status)).to.equal(
      'API Connection Status is Inactive Connect Account Your QuickBooks sign-in has expired. Reconnect to resume syncing. ' +
        'Could not check the connection. The server answered with an error. Retry',
    );
    expect(status.getAttribute('state')).to.equal('inactive');
    expect(getComputedStyle(part(status, 'status')!).color).to.equal('rgb(185, 28, 28)');
    await expect(status).to.be.accessible();
    part(status, 'retry')!.click();
    expect(mounted.adapter.loads.length).to.equal(3);
    await answerLoad(mounted, ACTIVE);
    expect(shownText(status)).to.equal('API Connection Status is Active');
  });

  it('says "Reconnecting…" with a spinner while Intuit sign-in and the code exchange run, then Active', async () => {
    const completion = deferred<unknown>();
    const mounted = await mount(TAG, INACTIVE);
    mounted.adapter.completeReply = () => completion.promise;
    await authorizing(mounted);
    const status = statusIn(mounted.provider);
    expect(shownText(status)).to.equal('API Connection Status is Inactive Connect Account Reconnecting…');
    expect(part(status, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(status.hasAttribute('busy')).to.equal(true);
    expect(part(status, 'spinner')).to.exist;
    expect(linkButtonOf(status)!.getAttribute('aria-disabled')).to.equal('true');
    await expect(status).to.be.accessible();

    mounted.windows[0]!.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await renderDone(mounted.provider);
    expect(mounted.provider.store!.state.flow.name).to.equal('completing');
    expect(shownText(status)).to.contain('Reconnecting…');

    completion.resolve({ outcome: 'connected', snapshot: ACTIVE });
    await renderDone(mounted.provider);
    expect(shownText(status)).to.equal('API Connection Status is Active');
    expect(status.hasAttribute('busy')).to.equal(false);
    expect(linkOf(status).hidden).to.equal(true);
  });

  it('drops "Reconnecting…" when the reconnect fails, and the link works again', async () => {
    const mounted = await mount(TAG, INACTIVE);
    await authorizing(mounted);
    mounted.windows[0]!.answer.reject(new ConnectionError('access_denied', 'declined'));
    await renderDone(mounted.provider);
    const status = statusIn(mounted.provider);
    expect(shownText(status)).to.equal('API Connection Status is Inactive Connect Account Your QuickBooks sign-in has expired. Reconnect to resume syncing.');
    expect(linkButtonOf(status)!.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('says "Not configured" with a neutral, inert link when the provider has no adapter', async () => {
    const provider = await mountUnconfigured(TAG);
    const status = statusIn(provider);
    expect(shownText(status)).to.equal('Not configured Connect Account');
    expect(status.getAttribute('state')).to.equal('unconfigured');
    expect(getComputedStyle(part(status, 'status')!).color).to.equal('rgb(82, 96, 109)');
    expect(linkButtonOf(status)!.getAttribute('aria-disabled')).to.equal('true');
    await expect(status).to.be.accessible();
  });

  it('focus() puts focus on the Connect Account button', async () => {
    const { provider } = await mount(TAG, INACTIVE);
    const status = statusIn(provider);
    status.focus();
    expect(document.activeElement).to.equal(status);
    expect(linkOf(status).shadowRoot!.activeElement).to.equal(linkButtonOf(status));
  });

  itWhere('media-emulation', 'keeps its colours readable in dark mode', async () => {
    await emulateMediaFeatures({ colorScheme: 'dark' });
    document.body.style.background = '#1f2430';
    const { provider } = await mount(TAG, INACTIVE);
    const status = statusIn(provider);
    expect(getComputedStyle(part(status, 'status')!).color).to.equal('rgb(252, 165, 165)');
    await expect(status).to.be.accessible();
  });

  it('lets hosts recolour the inactive text through --qbo-color-inactive', async () => {
    const { provider } = await mount(html`<qbo-connection-status style="--qbo-color-inactive: rgb(154, 52, 18)"></qbo-connection-status>`, INACTIVE);
    expect(getComputedStyle(part(statusIn(provider), 'status')!).color).to.equal('rgb(154, 52, 18)');
  });
});
