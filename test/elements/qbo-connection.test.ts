// <qbo-connection>: one store for every element inside, events, strings, redirect resume, and the real HTTP path.
import { expect, fixture } from '@open-wc/testing';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import { savePendingAuthorization } from '../../src/core/redirect.js';
import { QboConnection } from '../../src/elements/qbo-connection/qbo-connection.js';
import { QboStatusBadge } from '../../src/elements/qbo-status-badge/qbo-status-badge.js';
import { QboConnectionStatus } from '../../src/elements/qbo-connection-status/qbo-connection-status.js';
import { QboReconnectDialog } from '../../src/elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { createHandlers } from '../../src/mocks/index.js';
import { ACTIVE, DISCONNECTED, INACTIVE, FakeWindow, MemoryStorage, ScriptedAdapter, settle } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';
import { useMockWorker } from '../helpers/msw.js';

defineElement('qbo-connection', QboConnection);
defineElement('qbo-status-badge', QboStatusBadge);
defineElement('qbo-connection-status', QboConnectionStatus);

const worker = useMockWorker('provider');

/** Records console calls of one kind while `run` runs. */
async function capture(kind: 'warn' | 'error', run: () => Promise<void>): Promise<string[]> {
  const original = console[kind];
  const calls: string[] = [];
  console[kind] = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[kind] = original;
  }
  return calls;
}

describe('<qbo-connection>', () => {


  it('loads once for any number of elements inside it', async () => {
    const m = await mount(
      html`${Array.from({ length: 10 }, () => html`<qbo-status-badge></qbo-status-badge>`)}<qbo-connection-status></qbo-connection-status>`,
      INACTIVE,
    );
    expect(m.adapter.loads).to.have.length(1);
    const badges = [...m.provider.querySelectorAll('qbo-status-badge')];
    expect(badges.every((badge) => shownText(badge) === 'Inactive')).to.equal(true);
  });

  it('fires qbo-status-change (bubbling, composed) with the first status and each change', async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const first = m.events.find((event) => event.type === 'qbo-status-change')!;
    expect(first.bubbles && first.composed).to.equal(true);
    expect(first.detail).to.deep.include({ linkState: 'inactive', previous: null });
    const refreshed = m.provider.refresh();
    m.adapter.loads[1]!.reply.resolve(ACTIVE);
    await refreshed;
    const changes = m.events.filter((event) => event.type === 'qbo-status-change');
    expect(changes.at(-1)!.detail).to.deep.include({ linkState: 'active', previous: 'inactive' });
  });

  it('announces a status change in its live region', async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const announcer = m.provider.shadowRoot!.querySelector('[part=announcer]')!;
    expect(announcer.getAttribute('role')).to.equal('status');
    expect(announcer.textContent!.trim()).to.equal('');
    const refreshed = m.provider.refresh();
    m.adapter.loads[1]!.reply.resolve(ACTIVE);
    await refreshed;
    await renderDone(m.provider);
    expect(announcer.textContent!.trim()).to.equal('API Connection Status is Active');
  });

  it('names a failed load with qbo-load-error and keeps rendering', async () => {
    const m = await mount(html`<qbo-connection-status></qbo-connection-status>`, null);
    m.adapter.loads[0]!.reply.resolve({ linkState: 42 });
    await renderDone(m.provider);
    const error = m.events.find((event) => event.type === 'qbo-load-error')!;
    expect(error.detail.reason).to.equal('invalid_response');
    expect(shownText(m.provider)).to.include('Could not check the connection.');
  });

  it('lets the host replace any text, nested tables merged key by key', async () => {
    const adapter = new ScriptedAdapter();
    const provider = await fixture<QboConnection>(html`<qbo-connection
      .adapter=${adapter}
      .strings=${{ linkState: { inactive: 'Inaktiv' }, statusLine: (label: string) => `API-Verbindungsstatus: ${label}` }}
      ><qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status
    ></qbo-connection>`);
    adapter.loads[0]!.reply.resolve(INACTIVE);
    await renderDone(provider);
    expect(shownText(provider.querySelector('qbo-status-badge')!)).to.equal('Inaktiv');
    expect(shownText(provider)).to.include('API-Verbindungsstatus: Inaktiv');
    expect(shownText(provider)).to.include('Connect Account');
  });

  it('without an adapter warns once and renders a neutral "Not configured" state', async () => {
    let provider!: QboConnection;
    const warnings = await capture('warn', async () => {
      provider = await fixture<QboConnection>(html`<qbo-connection><qbo-status-badge></qbo-status-badge></qbo-connection>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('no adapter');
    expect(provider.store).to.equal(null);
    expect(shownText(provider.querySelector('qbo-status-badge')!)).to.equal('Not configured');
  });

  it('ignores an object that is not an adapter, with a console error, instead of crashing', async () => {
    let provider!: QboConnection;
    const errors = await capture('error', async () => {
      provider = await fixture<QboConnection>(html`<qbo-connection .adapter=${{ load: 'nope' } as never}
        ><qbo-status-badge></qbo-status-badge
      ></qbo-connection>`);
    });
    expect(errors.join()).to.include('lacks load/authorize/complete/vendors');
    expect(shownText(provider.querySelector('qbo-status-badge')!)).to.equal('Not configured');
  });

  it('builds a new store when the adapter changes, and stops the old one', async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const oldStore = m.provider.store!;
    const next = new ScriptedAdapter();
    m.provider.adapter = next;
    await m.provider.updateComplete;
    expect(m.provider.store).not.to.equal(oldStore);
    next.loads[0]!.reply.resolve(ACTIVE);
    await renderDone(m.provider);
    expect(shownText(m.provider.querySelector('qbo-status-badge')!)).to.equal('Active');
  });

  it('takes the settings a framework gave it before its tag was defined, and applies them in one update', async () => {
    const adapter = new ScriptedAdapter();
    const early = document.createElement('qbo-connection-early') as QboConnection;
    early.adapter = adapter;
    early.redirectUri = 'https://host.example/oauth/callback';
    early.append(document.createElement('qbo-status-badge'));
    document.body.append(early);
    try {
      customElements.define('qbo-connection-early', class extends QboConnection {});
      await early.updateComplete;
      expect(early.store!.adapter).to.equal(adapter);
      expect(early.store!.redirectUri).to.equal('https://host.example/oauth/callback');
      expect(adapter.loads).to.have.length(1);
      adapter.loads[0]!.reply.resolve(ACTIVE);
      await renderDone(early);
      expect(shownText(early.querySelector('qbo-status-badge')!)).to.equal('Active');
    } finally {
      early.remove();
    }
  });

  it('follows its attributes: a new redirect URI or allowed origin makes one new store, removing one leaves defaults', async () => {
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    const first = m.provider.store!;
    m.provider.setAttribute('redirect-uri', 'https://host.example/other-callback');
    m.provider.setAttribute('authorization-origins', 'http://127.0.0.1:4010');
    await m.provider.updateComplete;
    const second = m.provider.store!;
    expect(second).to.not.equal(first);
    expect(second.redirectUri).to.equal('https://host.example/other-callback');
    expect(m.adapter.loads).to.have.length(2);
    m.provider.removeAttribute('authorization-origins');
    m.provider.removeAttribute('redirect-uri');
    await m.provider.updateComplete;
    expect(m.provider.authorizationOrigins).to.equal('');
    // The default: the page itself, as the environment reports it.
    expect(m.provider.store!.redirectUri).to.equal('https://host.example/integrations/quickbooks');
    // Until the new store answers, the badge keeps what it showed.
    expect(shownText(m.provider.querySelector('qbo-status-badge')!)).to.equal('Inactive');
  });

  it('resumes a redirect-mode sign-in on load: completes, cleans the address, shows success', async () => {
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, {
      state: 's-9',
      returnUrl: 'https://host.example/integrations/quickbooks',
      mode: 'redirect',
      createdAt: Date.now(),
    });
    const replaced: string[] = [];
    const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, null, {
      storage,
      currentUrl: () => 'https://host.example/integrations/quickbooks?code=c-9&state=s-9&realmId=9130357766',
      replaceUrl: (url) => replaced.push(url),
    });
    await settle();
    await renderDone(m.provider);
    expect(replaced).to.deep.equal(['https://host.example/integrations/quickbooks']);
    expect(m.adapter.completions).to.deep.equal([{ code: 'c-9', state: 's-9', realmId: '9130357766' }]);
    expect(m.provider.store!.state.flow.name).to.equal('succeeded');
    expect(m.provider.store!.state.bannerVisible).to.equal(true);
    expect(shownText(m.provider.querySelector('qbo-status-badge')!)).to.equal('Active');
    expect(FakeWindow.created).to.have.length(0);
  });

  describe('Reconnect URL landing', () => {
    it('?qbo-reconnect opens the confirmation once loaded and removes the parameter', async () => {
      const replaced: string[] = [];
      defineElement('qbo-reconnect-dialog', QboReconnectDialog);
      const m = await mount(html`<qbo-reconnect-dialog></qbo-reconnect-dialog>`, INACTIVE, {
        currentUrl: () => 'https://host.example/integrations/quickbooks?tab=vendors&qbo-reconnect',
        replaceUrl: (url) => replaced.push(url),
      });
      await renderDone(m.provider);
      expect(replaced).to.deep.equal(['https://host.example/integrations/quickbooks?tab=vendors']);
      const dialog = m.provider.querySelector('qbo-reconnect-dialog')!.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(shownText(dialog)).to.include('Are you sure to Reconnect?');
      expect(m.adapter.authorizations).to.have.length(0);
      await press('Escape');
      await renderDone(m.provider);
      expect(dialog.open).to.equal(false);
    });

    it('?qbo-disconnected shows the fresh status and only removes the parameter', async () => {
      const replaced: string[] = [];
      const m = await mount(html`<qbo-status-badge></qbo-status-badge>`, DISCONNECTED, {
        currentUrl: () => 'https://host.example/integrations/quickbooks?qbo-disconnected',
        replaceUrl: (url) => replaced.push(url),
      });
      await renderDone(m.provider);
      expect(replaced).to.deep.equal(['https://host.example/integrations/quickbooks']);
      expect(m.provider.store!.state.flow.name).to.equal('idle');
      expect(shownText(m.provider.querySelector('qbo-status-badge')!)).to.equal('Disabled');
    });
  });

  describe('over HTTP through msw (the path a host takes)', () => {
    const BASE = '/api/provider-test';

    it('shows the inactive scenario from a real createHttpAdapter', async () => {
      worker.use(...createHandlers({ baseUrl: BASE, scenario: 'inactive' }));
      const provider = await fixture<QboConnection>(html`<qbo-connection .adapter=${createHttpAdapter({ baseUrl: BASE })}
        ><qbo-connection-status></qbo-connection-status
      ></qbo-connection>`);
      await provider.store!.load();
      await renderDone(provider);
      expect(shownText(provider)).to.include('API Connection Status is Inactive');
      await expect(provider.querySelector('qbo-connection-status')!).to.be.accessible();
    });

    it('turns a malformed reply into a named error state', async () => {
      worker.use(...createHandlers({ baseUrl: BASE, scenario: 'malformed' }));
      const events: string[] = [];
      const provider = await fixture<QboConnection>(html`<qbo-connection
        .adapter=${createHttpAdapter({ baseUrl: BASE })}
        @qbo-load-error=${(event: CustomEvent) => events.push(event.detail.reason)}
        ><qbo-connection-status></qbo-connection-status
      ></qbo-connection>`);
      await provider.store!.load();
      await renderDone(provider);
      expect(events).to.deep.equal(['invalid_response']);
      expect(shownText(provider)).to.include('Could not check the connection.');
      expect(shownText(provider)).to.include('Retry');
    });

    it('turns a 503 into a named server error', async () => {
      worker.use(...createHandlers({ baseUrl: BASE, scenario: 'load-error' }));
      const provider = await fixture<QboConnection>(html`<qbo-connection .adapter=${createHttpAdapter({ baseUrl: BASE })}
        ><qbo-connection-status></qbo-connection-status
      ></qbo-connection>`);
      await provider.store!.load();
      expect(provider.store!.state.loadError).to.include({ reason: 'server', status: 503 });
    });
  });
});
