// <qbo-reconnect-dialog>: every step of the reconnect flow as the user sees, hears and operates it.
import { expect } from '@open-wc/testing';
import { keyDown, keyUp, press } from '../helpers/keys.js';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import type { ErrorReason } from '../../src/core/errors.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboReconnectDialog } from '../../src/elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import { ACTIVE, deferred, FakeWindow, INACTIVE, settle } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';

defineElement('qbo-reconnect-dialog', QboReconnectDialog);

/** A stand-in for the Connect Account link: its button lives in a shadow root, like the real one's. */
class TestOpener extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<button>Connect Account</button>';
  }
  get button(): HTMLButtonElement {
    return this.shadowRoot!.querySelector('button')!;
  }
}
if (!customElements.get('test-opener')) customElements.define('test-opener', TestOpener);

/** The seed's warning, word for word. */
const WARNING =
  'Connecting the integration to a new or separate QuickBooks account will permanently remove all existing Locations, ' +
  'Accounts, Vendors, and Product Assignments. Only proceed if you intend to link a different QuickBooks account. If you ' +
  'are reconnecting to the same account, this will restore the connection without data loss.';
const OTHER_COMPANY = { realmId: '4620816365', name: 'Contoso Trading' };

const hostOf = (m: Mounted) => m.provider.querySelector('qbo-reconnect-dialog')!;
const dialogOf = (m: Mounted) => hostOf(m).shadowRoot!.querySelector('dialog')!;
const buttons = (m: Mounted) => [...dialogOf(m).querySelectorAll('button')];
function button(m: Mounted, label: string): HTMLButtonElement {
  const found = buttons(m).find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!found) throw new Error(`No "${label}" button; the dialog has: ${buttons(m).map((b) => b.textContent!.trim()).join(', ')}`);
  return found;
}
/** The focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** The reconnect events the host heard (the first load's qbo-status-change left out). */
const reconnectEvents = (m: Mounted) => m.events.filter((e) => e.type.startsWith('qbo-reconnect-'));
const announcer = (m: Mounted) => dialogOf(m).querySelector('[role=status]')!;

async function mountDialog(): Promise<Mounted> {
  return mount(
    html`<test-opener></test-opener>
      <qbo-reconnect-dialog></qbo-reconnect-dialog>`,
    INACTIVE,
  );
}

/** Clicks the opener's inner button the way the Connect Account link does, and waits for the dialog. */
async function openFromOpener(m: Mounted): Promise<HTMLButtonElement> {
  const opener = (m.provider.querySelector('test-opener') as TestOpener).button;
  opener.focus();
  m.provider.store!.requestReconnect();
  await renderDone(m.provider);
  return opener;
}

/** Yes, and let authorize() answer so the sign-in window waits for Intuit. */
async function signingIn(m: Mounted): Promise<void> {
  await openFromOpener(m);
  button(m, 'Yes').click();
  await renderDone(m.provider);
}

const callback = { code: 'code-1', state: 's-1', realmId: INACTIVE.company!.realmId };

describe('<qbo-reconnect-dialog>', () => {
  it('stays closed while no reconnect is under way', async () => {
    const m = await mountDialog();
    expect(dialogOf(m).open).to.equal(false);
    expect(hostOf(m).getAttribute('step')).to.equal('idle');
  });

  describe('confirming', () => {
    it('asks "Are you sure to Reconnect?" with the data-loss warning, Yes and No', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      const dialog = dialogOf(m);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const text = shownText(dialog);
      expect(text).to.include('Are you sure to Reconnect?');
      expect(text).to.include('⚠️');
      expect(text).to.include(WARNING);
      expect(buttons(m).map((b) => b.textContent!.trim())).to.deep.equal(['Yes', 'No']);
      expect(button(m, 'Yes').getAttribute('part')).to.include('button-primary');
      expect(hostOf(m).getAttribute('step')).to.equal('confirming');
    });

    it('is labelled by its heading and described by the warning', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      const dialog = dialogOf(m);
      const root = hostOf(m).shadowRoot!;
      const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(title.tagName).to.equal('H2');
      expect(title.textContent).to.equal('Are you sure to Reconnect?');
      expect(root.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).to.include(WARNING);
      expect(root.querySelector('[part=icon]')!.getAttribute('aria-label')).to.equal('Warning');
    });

    it('puts focus on No, the safe choice', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      expect(focused()).to.equal(button(m, 'No'));
    });

    it('keeps Tab and Shift+Tab inside, wrapping at its ends (APG modal)', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      const no = button(m, 'No');
      const inDialog = (el: Element | null): boolean => {
        for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) if (node === dialogOf(m)) return true;
        return false;
      };
      // Forward from No around the whole dialog and back to No, never leaving it (nor the page).
      const cycle: Element[] = [];
      for (let i = 0; i < 8 && (cycle.length === 0 || focused() !== no); i++) {
        await press('Tab');
        expect(document.hasFocus(), `Tab ${i + 1} left the page`).to.equal(true);
        expect(inDialog(focused()), `Tab ${i + 1} left the dialog`).to.equal(true);
        cycle.push(focused()!);
      }
      expect(cycle.at(-1)).to.equal(no);
      expect(cycle.length, 'Tab from No moved nowhere').to.be.greaterThan(1);
      // And backwards around the same cycle: Shift+Tab from where Tab went first comes back to No.
      (cycle[0] as HTMLElement).focus();
      await keyDown('Shift');
      await press('Tab');
      await keyUp('Shift');
      expect(document.hasFocus()).to.equal(true);
      expect(focused()).to.equal(no);
    });

    it('has no axe violations', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      await expect(dialogOf(m)).to.be.accessible();
    });

    it('Yes opens the sign-in window inside the click and fires qbo-reconnect-start', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      button(m, 'Yes').click();
      // Synchronously, before any await: a popup opened later would be blocked.
      expect(m.windows).to.have.length(1);
      expect(m.windows[0]!.opened).to.equal(true);
      const start = m.events.filter((e) => e.type === 'qbo-reconnect-start');
      expect(start).to.have.length(1);
      expect(start[0]!.detail).to.deep.equal({ mode: 'popup' });
      await renderDone(m.provider);
      expect(m.windows[0]!.authorizeCalls[0]!.url).to.equal('https://appcenter.intuit.com/connect/oauth2?state=s-1');
    });

    it('No closes the dialog, fires qbo-reconnect-cancel and leaves the integration inactive', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      button(m, 'No').click();
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
      expect(reconnectEvents(m).map((e) => e.type)).to.deep.equal(['qbo-reconnect-cancel']);
      expect(reconnectEvents(m)[0]!.detail).to.deep.equal({ step: 'confirming' });
      expect(m.windows).to.have.length(0);
      expect(m.adapter.authorizations).to.have.length(0);
      expect(m.provider.store!.state.snapshot!.linkState).to.equal('inactive');
    });

    it('Esc behaves like No', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      await press('Escape');
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
      expect(reconnectEvents(m).map((e) => e.type)).to.deep.equal(['qbo-reconnect-cancel']);
      expect(m.windows).to.have.length(0);
      expect(m.provider.store!.state.snapshot!.linkState).to.equal('inactive');
      expect(m.provider.store!.state.flow.name).to.equal('cancelled');
    });

    it('returns focus to the opener inside its shadow root after No', async () => {
      const m = await mountDialog();
      const opener = await openFromOpener(m);
      expect(focused()).to.not.equal(opener);
      button(m, 'No').click();
      await renderDone(m.provider);
      expect(focused()).to.equal(opener);
    });

    it('returns focus to the opener after Esc, and opens again for the next request', async () => {
      const m = await mountDialog();
      const opener = await openFromOpener(m);
      await press('Escape');
      await renderDone(m.provider);
      expect(focused()).to.equal(opener);
      await openFromOpener(m);
      expect(dialogOf(m).open).to.equal(true);
      expect(focused()).to.equal(button(m, 'No'));
    });

    it('returns focus to a plain light-DOM opener too', async () => {
      const m = await mount(
        html`<button id="plain">Connect</button>
          <qbo-reconnect-dialog></qbo-reconnect-dialog>`,
        INACTIVE,
      );
      const plain = m.provider.querySelector<HTMLButtonElement>('#plain')!;
      plain.focus();
      m.provider.store!.requestReconnect();
      await renderDone(m.provider);
      button(m, 'No').click();
      await renderDone(m.provider);
      expect(document.activeElement).to.equal(plain);
    });
  });

  describe('authorizing', () => {
    it('says "Sign in to Intuit" with progress and Cancel focused', async () => {
      const m = await mountDialog();
      await signingIn(m);
      const text = shownText(dialogOf(m));
      expect(text).to.include('Sign in to Intuit');
      expect(text).to.include(defaultStrings.authorizingPopup);
      expect(dialogOf(m).querySelector('[role=progressbar]')).to.exist;
      expect(focused()).to.equal(button(m, 'Cancel'));
      expect(hostOf(m).getAttribute('step')).to.equal('authorizing');
      await expect(dialogOf(m)).to.be.accessible();
    });

    it('tells the user to finish in the other window when the sign-in window is detached', async () => {
      const m = await mountDialog();
      await signingIn(m);
      m.windows[0]!.hooks.onDetached();
      await renderDone(m.provider);
      expect(shownText(dialogOf(m))).to.include(defaultStrings.authorizingDetached);
      expect(announcer(m).textContent!.trim()).to.equal(defaultStrings.authorizingDetached);
      expect(button(m, 'Cancel')).to.exist;
    });

    it('announces the step in a live region inside the dialog', async () => {
      const m = await mountDialog();
      await openFromOpener(m);
      expect(announcer(m).textContent!.trim()).to.equal('');
      button(m, 'Yes').click();
      await renderDone(m.provider);
      expect(announcer(m).textContent!.trim()).to.equal(defaultStrings.authorizingPopup);
      expect(dialogOf(m).contains(announcer(m))).to.equal(true);
    });

    it('Cancel closes the sign-in window and the dialog, and fires qbo-reconnect-cancel', async () => {
      const m = await mountDialog();
      const opener = (m.provider.querySelector('test-opener') as TestOpener).button;
      await signingIn(m);
      button(m, 'Cancel').click();
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
      expect(m.windows[0]!.closed).to.equal(true);
      const cancel = m.events.find((e) => e.type === 'qbo-reconnect-cancel')!;
      expect(cancel.detail).to.deep.equal({ step: 'authorizing' });
      expect(focused()).to.equal(opener);
    });

    it('Esc cancels sign-in too', async () => {
      const m = await mountDialog();
      await signingIn(m);
      await press('Escape');
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
      expect(m.windows[0]!.closed).to.equal(true);
      expect(m.events.map((e) => e.type)).to.include('qbo-reconnect-cancel');
    });
  });

  describe('completing', () => {
    it('shows "Finishing the connection…" with progress, then closes on success', async () => {
      const m = await mountDialog();
      const reply = deferred<unknown>();
      m.adapter.completeReply = () => reply.promise;
      await signingIn(m);
      m.windows[0]!.answer.resolve(callback);
      await renderDone(m.provider);
      expect(shownText(dialogOf(m))).to.include('Finishing the connection…');
      expect(dialogOf(m).querySelector('[role=progressbar]')).to.exist;
      expect(dialogOf(m).hasAttribute('aria-describedby')).to.equal(false);
      expect(announcer(m).textContent!.trim()).to.equal('Finishing the connection…');
      await expect(dialogOf(m)).to.be.accessible();
      reply.resolve({ outcome: 'connected', snapshot: ACTIVE });
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
      expect(m.events.map((e) => e.type)).to.include('qbo-reconnect-success');
      expect(m.provider.store!.state.snapshot!.linkState).to.equal('active');
    });
  });

  describe('company switch', () => {
    async function mismatch(): Promise<Mounted> {
      const m = await mountDialog();
      m.adapter.completeReply = async (request) =>
        request.confirmCompanySwitch
          ? { outcome: 'connected', snapshot: { ...ACTIVE, company: OTHER_COMPANY } }
          : { outcome: 'company_mismatch', linked: INACTIVE.company, incoming: OTHER_COMPANY };
      await signingIn(m);
      m.windows[0]!.answer.resolve({ ...callback, realmId: OTHER_COMPANY.realmId });
      await renderDone(m.provider);
      return m;
    }

    it('asks a second time, naming both companies, with focus on keeping the linked one', async () => {
      const m = await mismatch();
      const text = shownText(dialogOf(m));
      expect(text).to.include(defaultStrings.companySwitchTitle);
      expect(text).to.include('Northwind Outfitters');
      expect(text).to.include('Contoso Trading');
      expect(focused()).to.equal(button(m, 'No, keep Northwind Outfitters'));
      expect(button(m, 'Yes, link Contoso Trading')).to.exist;
      expect(announcer(m).textContent).to.include(defaultStrings.companySwitchTitle);
      await expect(dialogOf(m)).to.be.accessible();
    });

    it('No keeps the linked company: nothing more is sent, and the dialog says nothing changed until closed', async () => {
      const m = await mismatch();
      button(m, 'No, keep Northwind Outfitters').click();
      await renderDone(m.provider);
      expect(shownText(dialogOf(m))).to.include('Nothing changed; still linked to Northwind Outfitters.');
      expect(announcer(m).textContent).to.include('Nothing changed; still linked to Northwind Outfitters.');
      expect(focused()).to.equal(button(m, 'Close'));
      await expect(dialogOf(m)).to.be.accessible();
      button(m, 'Close').click();
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
      expect(m.adapter.completions).to.have.length(1);
      expect(m.events.find((e) => e.type === 'qbo-reconnect-cancel')!.detail).to.deep.equal({ step: 'confirming-company-switch' });
      expect(m.provider.store!.state.snapshot!.linkState).to.equal('inactive');
    });

    it('Esc keeps the linked company too, and a second Esc closes the outcome', async () => {
      const m = await mismatch();
      await press('Escape');
      await renderDone(m.provider);
      expect(shownText(dialogOf(m))).to.include('Nothing changed; still linked to Northwind Outfitters.');
      await press('Escape');
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
      expect(m.adapter.completions).to.have.length(1);
    });

    it('Yes links the new company with the switch confirmed', async () => {
      const m = await mismatch();
      button(m, 'Yes, link Contoso Trading').click();
      await renderDone(m.provider);
      expect(m.adapter.completions).to.have.length(2);
      expect(m.adapter.completions[1]!.confirmCompanySwitch).to.equal(true);
      expect(dialogOf(m).open).to.equal(false);
      const success = m.events.find((e) => e.type === 'qbo-reconnect-success')!;
      expect(success.detail.companySwitched).to.equal(true);
      expect(m.provider.store!.state.snapshot!.company).to.deep.equal(OTHER_COMPANY);
    });
  });

  describe('failures', () => {
    const reasons: ErrorReason[] = ['popup_closed', 'access_denied', 'state_mismatch', 'timeout', 'network', 'invalid_response', 'server'];
    for (const reason of reasons) {
      it(`names the ${reason} failure and "Try again" opens a new sign-in window`, async () => {
        const m = await mountDialog();
        await signingIn(m);
        m.windows[0]!.answer.reject(new ConnectionError(reason, `failed: ${reason}`));
        await renderDone(m.provider);
        const failure = defaultStrings.failure[reason];
        const text = shownText(dialogOf(m));
        expect(dialogOf(m).open).to.equal(true);
        expect(text).to.include(failure.title);
        expect(text).to.include(failure.message);
        expect(buttons(m).map((b) => b.textContent!.trim())).to.deep.equal(['Try again', 'Close']);
        expect(focused()).to.equal(button(m, 'Try again'));
        expect(announcer(m).textContent).to.include(failure.title);
        await expect(dialogOf(m)).to.be.accessible();

        button(m, 'Try again').click();
        expect(m.windows).to.have.length(2);
        expect(m.windows[1]!.opened).to.equal(true);
        await renderDone(m.provider);
        expect(shownText(dialogOf(m))).to.include('Sign in to Intuit');
      });
    }

    it('names a failure of the backend exchange', async () => {
      const m = await mountDialog();
      m.adapter.completeReply = async () => {
        throw new ConnectionError('network', 'offline');
      };
      await signingIn(m);
      m.windows[0]!.answer.resolve(callback);
      await renderDone(m.provider);
      expect(shownText(dialogOf(m))).to.include(defaultStrings.failure.network.title);
      expect(m.events.find((e) => e.type === 'qbo-reconnect-error')!.detail.reason).to.equal('network');
    });

    it('Close ends a failure; the integration stays inactive and focus returns', async () => {
      const m = await mountDialog();
      const opener = (m.provider.querySelector('test-opener') as TestOpener).button;
      await signingIn(m);
      m.windows[0]!.answer.reject(new ConnectionError('access_denied', 'denied'));
      await renderDone(m.provider);
      button(m, 'Close').click();
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
      expect(m.provider.store!.state.snapshot!.linkState).to.equal('inactive');
      expect(focused()).to.equal(opener);
    });

    it('Esc closes a failure', async () => {
      const m = await mountDialog();
      await signingIn(m);
      m.windows[0]!.answer.reject(new ConnectionError('timeout', 'slow'));
      await renderDone(m.provider);
      await press('Escape');
      await renderDone(m.provider);
      expect(dialogOf(m).open).to.equal(false);
    });

    describe('popup blocked', () => {
      async function blocked(): Promise<Mounted> {
        const m = await mountDialog();
        await openFromOpener(m);
        FakeWindow.blockNext = true;
        button(m, 'Yes').click();
        await renderDone(m.provider);
        return m;
      }

      it('says the window was blocked and offers to open it again or continue in this tab', async () => {
        const m = await blocked();
        const text = shownText(dialogOf(m));
        expect(text).to.include('The sign-in window was blocked');
        expect(text).to.include(defaultStrings.failure.popup_blocked.message);
        expect(buttons(m).map((b) => b.textContent!.trim())).to.deep.equal(['Open sign-in again', 'Continue in this tab', 'Close']);
        expect(focused()).to.equal(button(m, 'Open sign-in again'));
        await expect(dialogOf(m)).to.be.accessible();
      });

      it('"Open sign-in again" opens a new window inside the click', async () => {
        const m = await blocked();
        button(m, 'Open sign-in again').click();
        expect(m.windows).to.have.length(2);
        expect(m.windows[1]!.opened).to.equal(true);
        await renderDone(m.provider);
        expect(shownText(dialogOf(m))).to.include(defaultStrings.authorizingPopup);
      });

      it('"Continue in this tab" leaves for Intuit in the same tab', async () => {
        const m = await blocked();
        button(m, 'Continue in this tab').click();
        expect(m.windows).to.have.length(1);
        await renderDone(m.provider);
        await settle();
        expect(m.navigations).to.deep.equal(['https://appcenter.intuit.com/connect/oauth2?state=s-1']);
        expect(shownText(dialogOf(m))).to.include(defaultStrings.authorizingRedirect);
        expect(m.events.filter((e) => e.type === 'qbo-reconnect-start').map((e) => e.detail.mode)).to.deep.equal(['redirect']);
      });
    });
  });
});
