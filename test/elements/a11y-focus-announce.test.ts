// Where focus goes and what screen readers hear: Dismiss ×, Retry, and the success message after the dialog closes.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import { QboConnectionStatus } from '../../src/elements/qbo-connection-status/qbo-connection-status.js';
import { QboIntegrationHeader } from '../../src/elements/qbo-integration-header/qbo-integration-header.js';
import { QboReconnectDialog } from '../../src/elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { QboSuccessBanner } from '../../src/elements/qbo-success-banner/qbo-success-banner.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { ACTIVE, INACTIVE, settle } from '../helpers/fakes.js';
import { answerLoad, mount, renderDone } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';

defineElement('qbo-connection-status', QboConnectionStatus);
defineElement('qbo-success-banner', QboSuccessBanner);
defineElement('qbo-reconnect-dialog', QboReconnectDialog);
defineElement('qbo-integration-header', QboIntegrationHeader);

const SUCCESS = 'Your account has been successfully reconnected.';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element below `root`, inside open shadow roots too. */
function deepQuery(root: Element | ShadowRoot, selector: string): Element | null {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) return el;
    const inner = el.shadowRoot ? deepQuery(el.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}

/** Connect Account → Yes → Intuit answers → the backend completes; waits until focus and announcements settle. */
async function reconnect(m: Mounted): Promise<void> {
  m.provider.store!.requestReconnect();
  await renderDone(m.provider);
  m.provider.store!.confirm('popup');
  await settle();
  m.windows[0]!.answer.resolve({ code: 'code-1', state: 's-1', realmId: INACTIVE.company!.realmId });
  await renderDone(m.provider);
  await wait(120);
}

/**
 * Records, at the very moment text enters `region`, what the page was like: Lit inserts a text node or changes its
 * data, so both are watched synchronously (a MutationObserver would report only after the dialog had closed).
 */
function watchText(region: Element, snapshot: () => Record<string, unknown>): { records: Array<Record<string, unknown>>; stop(): void } {
  const records: Array<Record<string, unknown>> = [];
  const insertBefore = Node.prototype.insertBefore;
  const dataSetter = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!;
  const note = (node: Node | null, text: string) => {
    if (node && region.contains(node) && text.trim()) records.push({ text: text.trim(), ...snapshot() });
  };
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    const result = insertBefore.call(this, node, child) as T;
    note(node, node.textContent ?? '');
    return result;
  };
  Object.defineProperty(CharacterData.prototype, 'data', {
    ...dataSetter,
    set(this: CharacterData, value: string) {
      dataSetter.set!.call(this, value);
      note(this, value);
    },
  });
  return {
    records,
    stop() {
      Node.prototype.insertBefore = insertBefore;
      Object.defineProperty(CharacterData.prototype, 'data', dataSetter);
    },
  };
}

describe('accessibility: focus after Dismiss × (WCAG 2.4.3)', () => {
  it('moves focus to the status line, which now says Active, instead of <body>', async () => {
    const m = await mount(html`<qbo-success-banner></qbo-success-banner><qbo-connection-status></qbo-connection-status><qbo-reconnect-dialog></qbo-reconnect-dialog>`, INACTIVE);
    await reconnect(m);
    expect(deepActive()?.textContent).to.include('Dismiss');
    await press('Enter');
    await renderDone(m.provider);
    const active = deepActive()!;
    expect(active).to.not.equal(document.body);
    expect(active.getAttribute('part')).to.equal('status');
    expect(active.textContent).to.equal('API Connection Status is Active');
  });

  it('does the same inside <qbo-integration-header>, whose pieces sit in its shadow root', async () => {
    const m = await mount(html`<qbo-integration-header></qbo-integration-header>`, INACTIVE);
    await reconnect(m);
    await press('Space');
    await renderDone(m.provider);
    expect(deepActive()?.textContent).to.equal('API Connection Status is Active');
  });

  it('skips a status line in a hidden tab panel for the one in the shown panel, whichever panel is shown', async () => {
    for (const shown of [0, 1, 2]) {
      const panels = [0, 1, 2].map(
        (n) => html`<div role="tabpanel" id="panel-${n}" ?hidden=${n !== shown}><qbo-connection-status></qbo-connection-status></div>`,
      );
      const m = await mount(html`<qbo-success-banner></qbo-success-banner>${panels}<qbo-reconnect-dialog></qbo-reconnect-dialog>`, INACTIVE);
      await reconnect(m);
      await press('Enter');
      await renderDone(m.provider);
      const active = deepActive()!;
      expect(active, `panel ${shown} shown`).to.not.equal(document.body);
      expect(active.textContent).to.equal('API Connection Status is Active');
      expect(m.provider.querySelector(`#panel-${shown} qbo-connection-status`)!.shadowRoot!.contains(active), `panel ${shown} shown`).to.equal(true);
      expect(active.getClientRects().length, 'what has focus is on screen').to.be.greaterThan(0);
      fixtureCleanup();
    }
  });

  it('takes the nearest shown status line outside any panel when every panel’s is hidden', async () => {
    const m = await mount(
      html`<div role="tabpanel" hidden><qbo-connection-status id="hidden"></qbo-connection-status></div>
        <qbo-success-banner></qbo-success-banner><qbo-connection-status id="near"></qbo-connection-status>
        <p>between</p><p>and</p><qbo-connection-status id="far"></qbo-connection-status><qbo-reconnect-dialog></qbo-reconnect-dialog>`,
      INACTIVE,
    );
    await reconnect(m);
    await press('Enter');
    await renderDone(m.provider);
    expect(m.provider.querySelector('#near')!.shadowRoot!.contains(deepActive())).to.equal(true);
  });

  it('falls back to the banner’s own box when no status line is shown, never <body>', async () => {
    const m = await mount(
      html`<qbo-success-banner></qbo-success-banner><div role="tabpanel" hidden><qbo-connection-status></qbo-connection-status></div><qbo-reconnect-dialog></qbo-reconnect-dialog>`,
      INACTIVE,
    );
    await reconnect(m);
    await press('Enter');
    await renderDone(m.provider);
    const banner = m.provider.querySelector('qbo-success-banner')!;
    expect(document.activeElement).to.equal(banner);
    expect(deepActive()).to.equal(banner.shadowRoot!.querySelector('[part=base]'));
  });

  it('leaves focus where the host’s qbo-banner-dismiss handler put it', async () => {
    const m = await mount(html`<button id="elsewhere">Elsewhere</button><qbo-success-banner></qbo-success-banner><qbo-connection-status></qbo-connection-status>`, INACTIVE);
    m.provider.addEventListener('qbo-banner-dismiss', () => m.provider.querySelector<HTMLButtonElement>('#elsewhere')!.focus());
    await reconnect(m);
    await press('Enter');
    await renderDone(m.provider);
    expect(document.activeElement?.id).to.equal('elsewhere');
  });
});

describe('accessibility: Retry is heard (WCAG 4.1.3)', () => {
  const statusOf = (m: Mounted) => m.provider.querySelector('qbo-connection-status')!;
  const announcer = (m: Mounted) => statusOf(m).shadowRoot!.querySelector('[part=announcer]')!;
  const retryButton = (m: Mounted) => statusOf(m).shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!;

  it('says "Checking…", then the same failure again, then the status once a check succeeds', async () => {
    const m = await mount(html`<qbo-connection-status></qbo-connection-status>`, null);
    await answerLoad(m, new ConnectionError('network', 'offline'));
    const region = announcer(m);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.closest('[aria-busy=true]')).to.equal(null);
    expect(region.textContent!.trim()).to.equal('');

    retryButton(m).click();
    await renderDone(m.provider);
    expect(region.textContent!.trim()).to.equal('Checking…');
    await answerLoad(m, new ConnectionError('network', 'still offline'));
    expect(region.textContent!.trim()).to.equal('Could not check the connection. The server could not be reached.');

    retryButton(m).click();
    await renderDone(m.provider);
    expect(region.textContent!.trim()).to.equal('Checking…');
    await answerLoad(m, INACTIVE);
    expect(region.textContent!.trim()).to.equal('API Connection Status is Inactive');
    expect(announcer(m)).to.equal(region);
  });

  it('leaves a changed status to the provider’s announcer, so it is said once', async () => {
    const m = await mount(html`<qbo-connection-status></qbo-connection-status>`, INACTIVE);
    const refreshed = m.provider.refresh();
    await answerLoad(m, new ConnectionError('timeout', 'slow'));
    await refreshed;
    retryButton(m).click();
    await renderDone(m.provider);
    await answerLoad(m, ACTIVE);
    await wait(10);
    expect(announcer(m).textContent!.trim()).to.equal('');
    const providerRegion = m.provider.shadowRoot!.querySelector('[part=announcer]')!;
    expect(providerRegion.textContent!.trim()).to.equal('API Connection Status is Active');
  });
});

describe('accessibility: the success message survives the dialog closing (WCAG 4.1.3)', () => {
  it('fills the banner and provider live regions only after the modal closed and focus settled', async () => {
    const m = await mount(html`<qbo-integration-header></qbo-integration-header>`, INACTIVE);
    const header = m.provider.querySelector('qbo-integration-header')!;
    const dialog = deepQuery(header.shadowRoot!, 'dialog') as HTMLDialogElement;
    const bannerRegion = deepQuery(header.shadowRoot!, '[part=message][role=status]')!;
    const providerRegion = m.provider.shadowRoot!.querySelector('[part=announcer]')!;
    const page = () => ({ dialogOpen: dialog.open, focus: deepActive()?.textContent?.replace(/\s+/g, ' ').trim() ?? '' });
    const banner = watchText(bannerRegion, page);
    const provider = watchText(providerRegion, page);
    try {
      await reconnect(m);
    } finally {
      banner.stop();
      provider.stop();
    }
    expect(banner.records).to.deep.equal([{ text: SUCCESS, dialogOpen: false, focus: 'Dismiss×' }]);
    expect(provider.records).to.deep.equal([{ text: 'API Connection Status is Active', dialogOpen: false, focus: 'Dismiss×' }]);
    // Neither region is inside the dialog or anything inert once the text is in.
    for (const region of [bannerRegion, providerRegion]) {
      expect(region.closest('[inert]')).to.equal(null);
      expect(dialog.contains(region)).to.equal(false);
    }
  });
});
