// The store's security checks: redirect returns believed only with our state, the host's own parameters left
// alone, used codes kept as hashes, sign-in addresses only on Intuit (or a configured mock), popup hand-off.
import { expect } from '@open-wc/testing';
import { ConnectionStore } from '../../src/core/store.js';
import type { StoreEnvironment, StoreEvent } from '../../src/core/store.js';
import { isAllowedAuthorizationUrl, INTUIT_AUTHORIZATION_URL } from '../../src/core/authorization-url.js';
import { handOffToOpener } from '../../src/core/callback.js';
import { OAUTH_WINDOW_ID_KEY } from '../../src/core/oauth-protocol.js';
import { savePendingAuthorization } from '../../src/core/redirect.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { FakeWindow, INACTIVE, MemoryStorage, ScriptedAdapter, settle } from '../helpers/fakes.js';

const PAGE = 'https://host.example/integrations/quickbooks';

function storeAt(url: string, storage = new MemoryStorage(), extra: Partial<StoreEnvironment> = {}, origins?: string[]) {
  FakeWindow.created = [];
  const adapter = new ScriptedAdapter();
  const replaced: string[] = [];
  const navigations: string[] = [];
  let handOffs = 0;
  const store = new ConnectionStore({
    adapter,
    redirectUri: 'https://host.example/oauth/callback',
    ...(origins ? { authorizationOrigins: origins } : {}),
    environment: {
      storage,
      currentUrl: () => url,
      replaceUrl: (next) => replaced.push(next),
      navigate: (next) => navigations.push(next),
      createWindow: (uri, hooks) => new FakeWindow(uri, hooks),
      handOffToOpener: () => {
        handOffs++;
        return false;
      },
      ...extra,
    },
  });
  const events: StoreEvent[] = [];
  store.onEvent((event) => events.push(event));
  return { adapter, store, storage, replaced, navigations, events, handOffs: () => handOffs };
}

function pendingRedirect(storage: Storage, state = 's-1') {
  savePendingAuthorization(storage, { state, returnUrl: PAGE, mode: 'redirect', createdAt: Date.now() });
}

describe('Redirect return: state first', () => {
  it('a crafted ?error= link with a forged state fails as state_mismatch, never showing its description', async () => {
    const storage = new MemoryStorage();
    pendingRedirect(storage);
    const { store, events } = storeAt(`${PAGE}?error=access_denied&error_description=Call%200800-EVIL&state=forged`, storage);
    expect(await store.resumeFromRedirect()).to.equal(true);
    expect(store.state.flow).to.deep.include({ name: 'failed', reason: 'state_mismatch' });
    expect(JSON.stringify(store.state.flow) + JSON.stringify(events)).not.to.contain('EVIL');
  });

  it('an ?error= without any state fails as state_mismatch too', async () => {
    const storage = new MemoryStorage();
    pendingRedirect(storage);
    const { store } = storeAt(`${PAGE}?error=access_denied&error_description=Evil`, storage);
    await store.resumeFromRedirect();
    expect(store.state.flow).to.deep.include({ name: 'failed', reason: 'state_mismatch' });
  });

  it("Intuit's ?error= with our state is believed", async () => {
    const storage = new MemoryStorage();
    pendingRedirect(storage);
    const { store } = storeAt(`${PAGE}?error=access_denied&error_description=No%20thanks&state=s-1`, storage);
    await store.resumeFromRedirect();
    expect(store.state.flow).to.deep.include({ name: 'failed', reason: 'access_denied', message: 'No thanks' });
  });
});

describe("Redirect return: the host's own parameters", () => {
  for (const query of ['error=not_found&state=tab-2', 'code=promo&state=x&realmId=1', 'error=x']) {
    it(`leaves ?${query} and the address bar alone when no sign-in is pending`, async () => {
      const { store, replaced, events, adapter } = storeAt(`${PAGE}?${query}`);
      expect(await store.resumeFromRedirect()).to.equal(false);
      expect(replaced).to.deep.equal([]);
      expect(events).to.deep.equal([]);
      expect(adapter.completions).to.have.length(0);
      expect(store.state.flow.name).to.equal('idle');
    });
  }
});

describe('Used authorization codes', () => {
  it('are kept in sessionStorage as SHA-256 hashes, and still recognised after a reload', async () => {
    const storage = new MemoryStorage();
    pendingRedirect(storage);
    const first = storeAt(`${PAGE}?code=secret-code-123&state=s-1&realmId=9130357766`, storage);
    await first.store.resumeFromRedirect();
    expect(first.adapter.completions).to.have.length(1);
    const stored = Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i)!)).join('\n');
    expect(stored).not.to.contain('secret-code-123');
    expect(stored).to.contain(sha256Hex('secret-code-123'));
    // The same answer played again (a forged replay with a fresh pending entry) is refused, not exchanged twice.
    pendingRedirect(storage);
    const again = storeAt(`${PAGE}?code=secret-code-123&state=s-1&realmId=9130357766`, storage);
    await again.store.resumeFromRedirect();
    expect(again.adapter.completions).to.have.length(0);
    expect(again.store.state.flow).to.deep.include({ name: 'failed', reason: 'state_mismatch' });
  });

  it('hashes like SHA-256', () => {
    expect(sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('Authorization URLs', () => {
  it("accepts only Intuit's authorization page by default", () => {
    const intuit = [INTUIT_AUTHORIZATION_URL];
    expect(isAllowedAuthorizationUrl('https://appcenter.intuit.com/connect/oauth2?client_id=x&state=s', intuit)).to.equal(true);
    for (const href of [
      'http://appcenter.intuit.com/connect/oauth2?state=s',
      'https://appcenter.intuit.com.evil.example/connect/oauth2',
      'https://appcenter.intuit.com/connect/oauth2evil',
      'https://appcenter.intuit.com/elsewhere',
      'https://user:pass@appcenter.intuit.com/connect/oauth2',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedAuthorizationUrl(href, intuit), href).to.equal(false);
    }
  });

  it('accepts configured origins, with plain http only on loopback', () => {
    expect(isAllowedAuthorizationUrl('http://127.0.0.1:4010/connect/oauth2?x', ['http://127.0.0.1:4010'])).to.equal(true);
    expect(isAllowedAuthorizationUrl('http://localhost:4010/a', ['http://localhost:4010'])).to.equal(true);
    expect(isAllowedAuthorizationUrl('http://127.0.0.1:4011/a', ['http://127.0.0.1:4010'])).to.equal(false);
    expect(isAllowedAuthorizationUrl('http://mock.example/a', ['http://mock.example'])).to.equal(false);
  });

  it('the store refuses another sign-in address, in popup and in redirect mode, and opens nothing', async () => {
    for (const mode of ['popup', 'redirect'] as const) {
      const context = storeAt(PAGE);
      context.adapter.authorizeReply = async () => ({ authorizationUrl: 'https://phish.example/connect/oauth2', state: 's-1' });
      const loading = context.store.load();
      context.adapter.loads[0]!.reply.resolve(INACTIVE);
      await loading;
      context.store.requestReconnect();
      context.store.confirm(mode);
      await settle();
      expect(context.store.state.flow, mode).to.deep.include({ name: 'failed', reason: 'invalid_response' });
      expect(context.navigations, mode).to.deep.equal([]);
      expect(FakeWindow.created.every((window) => window.authorizeCalls.length === 0 && (mode === 'redirect' || window.closed)), mode).to.equal(true);
    }
  });

  it('the store follows a configured mock Intuit', async () => {
    const context = storeAt(PAGE, new MemoryStorage(), {}, ['http://127.0.0.1:4010']);
    context.adapter.authorizeReply = async () => ({ authorizationUrl: 'http://127.0.0.1:4010/connect/oauth2?state=s-1', state: 's-1' });
    context.store.requestReconnect();
    context.store.confirm('redirect');
    await settle();
    expect(context.navigations).to.deep.equal(['http://127.0.0.1:4010/connect/oauth2?state=s-1']);
  });
});

describe('The host page as the popup’s redirect URI', () => {
  it('a page with sign-in parameters and no pending redirect asks to hand them to its opener', async () => {
    const handed = storeAt(`${PAGE}?code=c-1&state=s-1&realmId=1`, new MemoryStorage(), { handOffToOpener: () => true });
    expect(await handed.store.resumeFromRedirect()).to.equal(true);
    expect(handed.adapter.completions).to.have.length(0);
    const plain = storeAt(`${PAGE}?code=c-1&state=s-1&realmId=1`);
    expect(await plain.store.resumeFromRedirect()).to.equal(false);
    expect(plain.handOffs()).to.equal(1);
  });

  it('handOffToOpener posts to the opener only on a popup we opened', () => {
    const posted: unknown[] = [];
    const page = (storage: Storage) => ({
      location: { href: `https://app.example/page?code=c-1&state=s-1&realmId=1`, origin: 'https://app.example', replace() {} },
      opener: { postMessage: (message: unknown) => posted.push(message) },
      closed: false,
      close() {},
      sessionStorage: storage,
    });
    const notOurs = new MemoryStorage();
    expect(handOffToOpener({ window: page(notOurs) as unknown as Window })).to.equal(false);
    expect(posted).to.have.length(0);
    const ours = new MemoryStorage();
    ours.setItem(OAUTH_WINDOW_ID_KEY, 'w-1');
    expect(handOffToOpener({ window: page(ours) as unknown as Window })).to.equal(true);
    expect(posted).to.have.length(1);
    expect(posted[0]).to.deep.include({ windowId: 'w-1' });
  });
});
