// <qbo-reconnect-dialog>: first connection vs reconnect, Before You Begin, and outcomes that say what happened.
import { expect } from '@open-wc/testing';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboConnectLink } from '../../src/elements/qbo-connect-link/qbo-connect-link.js';
import { QboReconnectDialog } from '../../src/elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { SAMPLE_DISABLED_SNAPSHOT } from '../../src/mocks/index.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';

defineElement('qbo-reconnect-dialog', QboReconnectDialog);
defineElement('qbo-connect-link', QboConnectLink);

const SEED_WARNING =
  'Connecting the integration to a new or separate QuickBooks account will permanently remove all existing Locations, ' +
  'Accounts, Vendors, and Product Assignments. Only proceed if you intend to link a different QuickBooks account. If you ' +
  'are reconnecting to the same account, this will restore the connection without data loss.';
const CHECKLIST = [
  'Your Intuit (QuickBooks) account email address or user ID.',
  'Your Intuit account password.',
  'Access to any two-factor authentication method configured on your Intuit account (if applicable).',
  'Administrator-level access to the QuickBooks company file you are reconnecting to.',
];

const dialogOf = (m: Mounted) => m.provider.querySelector('qbo-reconnect-dialog')!.shadowRoot!.querySelector('dialog')!;
const buttons = (m: Mounted) => [...dialogOf(m).querySelectorAll('button')];
const button = (m: Mounted, label: string) => buttons(m).find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label)!;
const linkButton = (m: Mounted) => m.provider.querySelector('qbo-connect-link')!.shadowRoot!.querySelector('button')!;
const checklistOf = (m: Mounted) => dialogOf(m).querySelector('qbo-before-you-begin')!;
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function opened(snapshot = INACTIVE): Promise<Mounted> {
  const m = await mount(html`<qbo-connect-link></qbo-connect-link><qbo-reconnect-dialog></qbo-reconnect-dialog>`, snapshot);
  linkButton(m).focus();
  await press('Enter');
  await renderDone(m.provider);
  return m;
}

async function failWith(m: Mounted, error: ConnectionError): Promise<void> {
  button(m, 'Yes').click();
  await renderDone(m.provider);
  m.windows[0]!.answer.reject(error);
  await renderDone(m.provider);
}

describe('<qbo-reconnect-dialog>: seed fidelity and outcomes', () => {
  it('a reconnect names the linked company and shows the seed warning word for word', async () => {
    const m = await opened();
    const text = shownText(dialogOf(m));
    expect(text).to.include('Are you sure to Reconnect?');
    expect(text).to.include('You are reconnecting Northwind Outfitters.');
    expect(text).to.include(SEED_WARNING);
    await expect(dialogOf(m)).to.be.accessible();
  });

  it('lists Before You Begin before Yes, as a disclosure the keyboard opens', async () => {
    const m = await opened();
    const checklist = checklistOf(m);
    const summary = checklist.shadowRoot!.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Before You Begin');
    // Before Yes in reading order.
    expect(checklist.compareDocumentPosition(button(m, 'Yes')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    summary.focus();
    await press('Enter');
    await renderDone(m.provider);
    const shown = shownText(checklist);
    for (const item of CHECKLIST) expect(shown).to.include(item);
    expect(checklist.open).to.equal(true);
    await expect(dialogOf(m)).to.be.accessible();
  });

  it('a first connection asks "Connect QuickBooks?" without the data-loss warning', async () => {
    const m = await opened(SAMPLE_DISABLED_SNAPSHOT);
    const text = shownText(dialogOf(m));
    expect(text).to.include('Connect QuickBooks?');
    expect(text).not.to.include('Are you sure to Reconnect?');
    expect(text).not.to.include('permanently remove');
    expect(dialogOf(m).querySelector('[part~=warning]')).to.equal(null);
    expect(checklistOf(m)).to.exist;
    expect(focused()).to.equal(button(m, 'No'));
    await expect(dialogOf(m)).to.be.accessible();
    await press('Escape');
    await renderDone(m.provider);
    expect(dialogOf(m).open).to.equal(false);
    expect(focused()).to.equal(linkButton(m));
  });

  it('an active connection reconnects the same way (the expiry warning opens this one)', async () => {
    const m = await mount(html`<qbo-reconnect-dialog></qbo-reconnect-dialog>`, ACTIVE);
    m.provider.store!.requestReconnect();
    await renderDone(m.provider);
    expect(shownText(dialogOf(m))).to.include('You are reconnecting Northwind Outfitters.');
  });

  it('a server failure says the integration is still inactive and nothing changed', async () => {
    const m = await opened();
    m.adapter.completeReply = async () => {
      throw new ConnectionError('server', 'Internal error', { status: 500 });
    };
    button(m, 'Yes').click();
    await renderDone(m.provider);
    m.windows[0]!.answer.resolve({ code: 'c', state: 's-1', realmId: INACTIVE.company!.realmId });
    await renderDone(m.provider);
    const text = shownText(dialogOf(m));
    expect(text).to.include('The server could not reconnect');
    expect(text).to.include('Nothing changed; the integration is still inactive.');
    await expect(dialogOf(m)).to.be.accessible();
  });

  it("access denied shows Intuit's reason and the administrator prerequisite", async () => {
    const m = await opened();
    await failWith(
      m,
      new ConnectionError('access_denied', 'User is not an administrator', {
        code: 'access_denied',
        description: 'User is not an administrator',
      }),
    );
    const text = shownText(dialogOf(m));
    expect(text).to.include('Access was not granted');
    expect(text).to.include("Intuit's reason: User is not an administrator");
    expect(text).to.include('administrator-level access to the QuickBooks company file you are reconnecting to');
    expect(text).to.include('Nothing changed; the integration is still inactive.');
    await expect(dialogOf(m)).to.be.accessible();
  });

  it('access denied without a reason still names the administrator prerequisite', async () => {
    const m = await opened();
    await failWith(m, new ConnectionError('access_denied', 'denied'));
    const text = shownText(dialogOf(m));
    expect(text).not.to.include("Intuit's reason");
    expect(text).to.include('administrator-level access');
  });

  it('the destructive "Yes, link …" is in danger style; the safe choice is first, focused and filled', async () => {
    const m = await opened();
    m.adapter.completeReply = async () => ({
      outcome: 'company_mismatch',
      linked: INACTIVE.company,
      incoming: { realmId: '77', name: 'Contoso Trading' },
    });
    button(m, 'Yes').click();
    await renderDone(m.provider);
    m.windows[0]!.answer.resolve({ code: 'c', state: 's-1', realmId: '77' });
    await renderDone(m.provider);
    const danger = button(m, 'Yes, link Contoso Trading');
    const safe = button(m, 'No, keep Northwind Outfitters');
    expect(danger.getAttribute('part')).to.include('button-danger');
    expect(safe.getAttribute('part')).to.include('button-safe');
    expect(buttons(m).indexOf(safe)).to.be.below(buttons(m).indexOf(danger));
    expect(focused()).to.equal(safe);
    const dangerStyle = getComputedStyle(danger);
    expect(dangerStyle.backgroundColor).to.equal('rgb(185, 28, 28)');
    expect(getComputedStyle(safe).backgroundColor).to.equal('rgb(11, 92, 173)');
    await expect(dialogOf(m)).to.be.accessible();
    // Keyboard: Enter on the focused safe choice keeps the company.
    await press('Enter');
    await renderDone(m.provider);
    expect(shownText(dialogOf(m))).to.include('Nothing changed; still linked to Northwind Outfitters.');
    expect(m.adapter.completions).to.have.length(1);
  });
});
