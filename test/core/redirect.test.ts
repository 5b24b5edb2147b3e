// Redirect-mode helpers: the pending authorization in storage, and reading and cleaning the return URL.
import { expect } from '@open-wc/testing';
import { PENDING_AUTHORIZATION_KEY } from '../../src/core/oauth-protocol.js';
import {
  PENDING_MAX_AGE_MS,
  clearPendingAuthorization,
  readPendingAuthorization,
  savePendingAuthorization,
  stripCallbackParams,
  takeRedirectResult,
} from '../../src/core/redirect.js';
import type { PendingAuthorization } from '../../src/core/redirect.js';
import { MemoryStorage } from '../fixtures/oauth-helpers.js';

const NOW = Date.UTC(2026, 10, 25, 12);
const pending: PendingAuthorization = {
  state: 'st-1',
  returnUrl: 'https://app.example/integrations/qbo?tab=vendors',
  mode: 'redirect',
  createdAt: NOW,
};

describe('redirect mode', () => {
  it('saves and reads back a pending authorization', () => {
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, pending);
    expect(readPendingAuthorization(storage, NOW + 1000)).to.deep.equal(pending);
  });

  it('treats an entry older than 15 minutes, or dated in the future, as absent', () => {
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, pending);
    expect(readPendingAuthorization(storage, NOW + PENDING_MAX_AGE_MS)).to.deep.equal(pending);
    expect(readPendingAuthorization(storage, NOW + PENDING_MAX_AGE_MS + 1)).to.equal(null);
    expect(readPendingAuthorization(storage, NOW - PENDING_MAX_AGE_MS - 1)).to.equal(null);
  });

  it('rejects malformed entries and storage that throws', () => {
    const storage = new MemoryStorage();
    for (const raw of ['{', 'null', '[]', JSON.stringify({ ...pending, mode: 'tab' }), JSON.stringify({ ...pending, state: '' }), JSON.stringify({ ...pending, createdAt: '1' })]) {
      storage.setItem(PENDING_AUTHORIZATION_KEY, raw);
      expect(readPendingAuthorization(storage, NOW), raw).to.equal(null);
    }
    const broken = { getItem: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as Storage;
    expect(readPendingAuthorization(broken, NOW)).to.equal(null);
  });

  it('clears the pending authorization', () => {
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, pending);
    storage.setItem('host-key', 'kept');
    clearPendingAuthorization(storage);
    expect(readPendingAuthorization(storage, NOW)).to.equal(null);
    expect(storage.getItem('host-key')).to.equal('kept');
  });

  it('returns null from takeRedirectResult when the URL carries no complete OAuth answer', () => {
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, pending);
    expect(takeRedirectResult('https://app.example/integrations/qbo?tab=vendors', storage, NOW)).to.equal(null);
    expect(takeRedirectResult('https://app.example/x?code=host-own-code', storage, NOW)).to.equal(null);
    // Nothing was taken: the pending entry is still there for the real return.
    expect(readPendingAuthorization(storage, NOW)).to.deep.equal(pending);
  });

  it('takes code, state and realmId, consumes the pending entry, and cleans the URL', () => {
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, pending);
    const href = 'https://app.example/integrations/qbo?tab=vendors&code=AB12&state=st-1&realmId=9130#header';
    const result = takeRedirectResult(href, storage, NOW + 5000);
    expect(result).to.deep.equal({
      params: { code: 'AB12', state: 'st-1', realmId: '9130' },
      pending,
      cleanedUrl: 'https://app.example/integrations/qbo?tab=vendors#header',
    });
    expect(readPendingAuthorization(storage, NOW), 'consumed').to.equal(null);
    expect(takeRedirectResult(href, storage, NOW)?.pending, 'a reload finds nothing pending').to.equal(null);
  });

  it('takes an Intuit error with its description', () => {
    const storage = new MemoryStorage();
    const href = 'https://app.example/p?error=access_denied&error_description=User%20denied&state=st-9';
    expect(takeRedirectResult(href, storage, NOW)).to.deep.equal({
      params: { error: 'access_denied', state: 'st-9', errorDescription: 'User denied' },
      pending: null,
      cleanedUrl: 'https://app.example/p',
    });
  });

  it('strips only the OAuth params and keeps the rest byte for byte', () => {
    expect(stripCallbackParams('https://a.example/p?q=a%20b&code=1&x=1+2&state=s&realmId=r&empty=&flag#h?code=2')).to.equal(
      'https://a.example/p?q=a%20b&x=1+2&empty=&flag#h?code=2',
    );
    expect(stripCallbackParams('https://a.example/p?%63ode=encoded-name&error=e&error_description=d')).to.equal('https://a.example/p');
    expect(stripCallbackParams('https://a.example/p?codes=1&realmIds=2')).to.equal('https://a.example/p?codes=1&realmIds=2');
  });
});
