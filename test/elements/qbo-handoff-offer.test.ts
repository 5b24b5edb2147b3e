// <qbo-handoff-offer> in the status line and the reconnect dialog: when "Ask an admin" is offered, when it comes
// first, and the open request's line with Cancel request and New link.
import { expect } from '@open-wc/testing';
import { ConnectionError } from '../../src/core/errors.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { getScenario, SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_DISABLED_SNAPSHOT, SAMPLE_INACTIVE_SNAPSHOT } from '../../src/mocks/index.js';
import { shownText } from '../helpers/elements.js';
import { deepAll, focused, formDialog, mountHandoff, offerOf, offerPart, settled, statusOf, until } from '../helpers/handoff.js';
import { press } from '../helpers/keys.js';

const ADMIN_LOST: ConnectionSnapshot = { ...SAMPLE_INACTIVE_SNAPSHOT, inactiveReason: 'admin_access_lost' };
const linkOf = (page: Awaited<ReturnType<typeof mountHandoff>>) => statusOf(page).shadowRoot!.querySelector('qbo-connect-link')!;
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('<qbo-handoff-offer>', function () {
  // axe and the first page load take seconds on a busy machine; nothing here is timed.
  this.timeout(30_000);
  it('is offered below the status line while a reconnect is needed, after Connect Account', async () => {
    const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
    const offer = offerOf(page);
    expect(offer.getAttribute('offer')).to.equal('offer');
    expect(offer.hidden).to.equal(false);
    expect(shownText(statusOf(page))).to.include('Not a QuickBooks admin? Ask one to reconnect');
    const ask = offerPart(page, 'ask')!;
    expect(ask.getAttribute('part')).to.equal('ask');
    expect(ask.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(follows(linkOf(page), offer)).to.equal(true);
    await expect(statusOf(page)).to.be.accessible();
  });

  it('is not offered while active, with nothing ever linked, when a reconnect cannot help, or without createHandoff', async () => {
    for (const snapshot of [SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_DISABLED_SNAPSHOT, { ...SAMPLE_INACTIVE_SNAPSHOT, inactiveReason: 'subscription_inactive' as const }]) {
      const page = await mountHandoff(snapshot);
      expect(offerOf(page), snapshot.linkState).to.equal(null);
    }
    const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
    const { createHandoff: _c, cancelHandoff: _x, ...plain } = page.adapter;
    void _c;
    void _x;
    page.provider.adapter = plain;
    await until(() => page.provider.store?.adapter === plain && page.provider.store.state.status === 'ready');
    await settled(page.provider);
    expect(offerOf(page)).to.equal(null);
  });

  it('comes first for admin_access_lost: before Connect Account, as a filled button', async () => {
    const page = await mountHandoff(ADMIN_LOST);
    const offer = offerOf(page);
    expect(offer.getAttribute('offer')).to.equal('first');
    expect(offerPart(page, 'ask')!.getAttribute('part')).to.equal('ask ask-first');
    expect(follows(offer, linkOf(page))).to.equal(true);
    const style = getComputedStyle(offerPart(page, 'ask')!);
    expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    // Tab order follows: the offer's button, then Connect Account.
    offerPart(page, 'ask')!.focus();
    await press('Tab');
    expect(focused()?.closest('qbo-connect-link') ?? (focused()?.getRootNode() as ShadowRoot).host).to.equal(linkOf(page));
    await expect(statusOf(page)).to.be.accessible();
  });

  it('comes first after Intuit refused the sign-in (access_denied), in the failure and then on the status line', async () => {
    const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
    const store = page.provider.store!;
    // The refused sign-in as the reconnect run reports it (the run itself is covered by the dialog's tests).
    (store as unknown as { update(patch: object): void }).update({ flow: { name: 'failed', reason: 'access_denied', message: 'Denied.' } });
    await settled(page.provider);
    const dialog = page.provider.querySelector('qbo-reconnect-dialog')!.shadowRoot!;
    const inFailure = dialog.querySelector('qbo-handoff-offer')!;
    expect(inFailure.getAttribute('offer')).to.equal('first');
    expect(follows(inFailure, dialog.querySelector('[part=actions]')!)).to.equal(true);
    store.cancel();
    await settled(page.provider);
    expect(offerOf(page).getAttribute('offer')).to.equal('first');
  });

  it('appears in Before You Begin on the confirmation, outside the closed disclosure; Yes steps back when it comes first', async () => {
    const page = await mountHandoff(ADMIN_LOST);
    page.provider.store!.requestReconnect();
    await until(() => deepAll(page.provider, 'qbo-before-you-begin qbo-handoff-offer, qbo-before-you-begin').length > 0, 'the confirmation');
    await settled(page.provider);
    const checklist = deepAll(page.provider, 'qbo-before-you-begin')[0]!;
    const offer = checklist.shadowRoot!.querySelector('qbo-handoff-offer')!;
    expect(offer.getAttribute('offer')).to.equal('first');
    expect(offer.closest('details')).to.equal(null);
    const yes = [...page.provider.querySelector('qbo-reconnect-dialog')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Yes')!;
    expect(yes.getAttribute('part')).to.equal('button button-secondary');
  });

  it('shows the open request with Cancel request and New link; Cancel request ends it and says so', async () => {
    const snapshot = getScenario('handoff-requested').snapshot;
    const page = await mountHandoff(snapshot);
    expect(offerOf(page).getAttribute('offer')).to.equal('requested');
    const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' }).format(new Date(snapshot.handoff!.expiresAt)).replace(/ /g, '\u00a0');
    expect(offerPart(page, 'request')!.textContent!.trim()).to.equal(`Reconnect requested from ops@northwind.example by Dana Ortiz · link expires ${day}`);
    expect(offerPart(page, 'new-link')!.textContent!.trim()).to.equal('New link');
    offerPart(page, 'cancel-request')!.focus();
    await press('Enter');
    await until(() => page.events.some((e) => e.type === 'qbo-handoff-cancel'), 'qbo-handoff-cancel');
    await settled(page.provider);
    expect(page.adapter.backend.snapshot.handoff).to.equal(null);
    // The scenario's reason is admin_access_lost: the offer that replaces the request comes first.
    expect(offerOf(page).getAttribute('offer')).to.equal('first');
    expect(offerPart(page, 'announcer')!.textContent).to.equal('Request cancelled. The link no longer works.');
    await until(() => focused() === offerPart(page, 'ask'), 'focus on the offer');
  });

  it('without an email the request line names only who asked; New link opens the form', async () => {
    const snapshot = getScenario('handoff-requested').snapshot;
    const page = await mountHandoff({ ...snapshot, handoff: { ...snapshot.handoff!, email: null } });
    expect(offerPart(page, 'request')!.textContent!.trim()).to.match(/^Reconnect requested by Dana Ortiz · link expires /);
    offerPart(page, 'new-link')!.click();
    await until(() => formDialog(page).open, 'the form');
  });

  it('a failed cancel is named and the request stays', async () => {
    const page = await mountHandoff(getScenario('handoff-requested').snapshot);
    page.adapter.cancelHandoff = async () => {
      throw new ConnectionError('network', 'Offline.');
    };
    offerPart(page, 'cancel-request')!.click();
    await until(() => page.events.some((e) => e.type === 'qbo-handoff-error'), 'qbo-handoff-error');
    await settled(page.provider);
    expect(offerPart(page, 'error')!.textContent).to.include('The request could not be cancelled.');
    expect(offerOf(page).getAttribute('offer')).to.equal('requested');
    expect(page.events.find((e) => e.type === 'qbo-handoff-error')!.detail).to.deep.include({ action: 'cancel', reason: 'network' });
  });
});
