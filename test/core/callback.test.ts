// handleOAuthCallback: popup and redirect mode with window doubles, and once for real in a popup.
import { expect } from '@open-wc/testing';
import { handleOAuthCallback } from '../../src/core/callback.js';
import type { OAuthCallbackResult } from '../../src/core/callback.js';
import { OAUTH_CHANNEL_NAME, OAUTH_WINDOW_ID_KEY, isOAuthCallbackMessage } from '../../src/core/oauth-protocol.js';
import type { OAuthCallbackMessage } from '../../src/core/oauth-protocol.js';
import { savePendingAuthorization } from '../../src/core/redirect.js';
import { MemoryStorage, callbackUrl, sleep, uniqueState, waitFor } from '../fixtures/oauth-helpers.js';
import { inClick } from '../helpers/gesture.js';

const ORIGIN = 'https://app.example';

interface Posted {
  message: unknown;
  targetOrigin: string;
}

/** A redirect_uri page that cannot unload the test page: navigation and close() are only recorded. */
function pageDouble(href: string, opener: { postMessage(message: unknown, targetOrigin: string): void } | null) {
  const replaced: string[] = [];
  const page = {
    location: { href, origin: new URL(href).origin, replace: (url: string) => replaced.push(url) },
    opener,
    closed: false,
    close() {
      page.closed = true;
    },
  };
  return { window: page as unknown as Window, replaced, page };
}

function openerDouble() {
  const posted: Posted[] = [];
  return { posted, postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, targetOrigin }) };
}

/** Collects what reaches the real channel for one state. */
function listenOnChannel(state: string) {
  const messages: OAuthCallbackMessage[] = [];
  const channel = new BroadcastChannel(OAUTH_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    if (isOAuthCallbackMessage(event.data) && event.data.params.state === state) messages.push(event.data);
  };
  return { messages, close: () => channel.close() };
}

describe('handleOAuthCallback', () => {
  it('in a popup: posts to the opener with its own origin and on the channel, then closes', async () => {
    const state = uniqueState('popup');
    const storage = new MemoryStorage();
    storage.setItem(OAUTH_WINDOW_ID_KEY, 'win-1');
    const channel = listenOnChannel(state);
    const opener = openerDouble();
    const { window, page } = pageDouble(`${ORIGIN}/oauth/callback?code=C1&state=${state}&realmId=R1`, opener);
    const result = handleOAuthCallback({ window, storage });
    const expected = { source: 'qbo-reconnect', type: 'oauth-callback', params: { code: 'C1', state, realmId: 'R1' }, windowId: 'win-1' };
    expect(result).to.deep.equal({ delivered: 'opener', params: expected.params, closed: true });
    expect(opener.posted).to.deep.equal([{ message: expected, targetOrigin: ORIGIN }]);
    expect(page.closed).to.equal(true);
    await waitFor(() => channel.messages.length > 0, 2000, 'the channel copy');
    channel.close();
    expect(channel.messages).to.deep.equal([expected]);
  });

  it('without an opener: posts on the channel only and says so', async () => {
    const state = uniqueState('severed');
    const channel = listenOnChannel(state);
    const { window } = pageDouble(`${ORIGIN}/cb?error=access_denied&error_description=No&state=${state}`, null);
    const result = handleOAuthCallback({ window, storage: new MemoryStorage() });
    expect(result.delivered).to.equal('channel');
    expect(result.params).to.deep.equal({ error: 'access_denied', state, errorDescription: 'No' });
    await waitFor(() => channel.messages.length > 0, 2000, 'the channel message');
    channel.close();
    expect(channel.messages[0]?.windowId).to.equal(null);
  });

  it('stays open when asked to, so the host page can show its own text', () => {
    const { window, page } = pageDouble(`${ORIGIN}/cb?code=C&state=${uniqueState('open')}&realmId=R`, openerDouble());
    expect(handleOAuthCallback({ window, storage: new MemoryStorage(), close: false }).closed).to.equal(false);
    expect(page.closed).to.equal(false);
  });

  it('does nothing on a URL without an OAuth answer', async () => {
    const opener = openerDouble();
    const { window, page, replaced } = pageDouble(`${ORIGIN}/cb?tab=1`, opener);
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, { state: 's', returnUrl: `${ORIGIN}/back`, mode: 'redirect', createdAt: Date.now() });
    expect(handleOAuthCallback({ window, storage })).to.deep.equal({ delivered: 'none', params: null, closed: false });
    expect(opener.posted).to.have.length(0);
    expect(replaced).to.have.length(0);
    expect(page.closed).to.equal(false);
  });

  it('in redirect mode: goes back to returnUrl with the answer appended, without posting anything', async () => {
    const state = uniqueState('redirect');
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, { state, returnUrl: `${ORIGIN}/integrations/qbo?tab=vendors#top`, mode: 'redirect', createdAt: Date.now() });
    const channel = listenOnChannel(state);
    const { window, page, replaced } = pageDouble(`${ORIGIN}/oauth/callback?code=C2&state=${state}&realmId=R2`, null);
    const result = handleOAuthCallback({ window, storage });
    expect(result).to.deep.equal({ delivered: 'redirect', params: { code: 'C2', state, realmId: 'R2' }, closed: false });
    expect(replaced).to.deep.equal([`${ORIGIN}/integrations/qbo?tab=vendors&code=C2&state=${state}&realmId=R2#top`]);
    expect(page.closed).to.equal(false);
    await sleep(100);
    channel.close();
    expect(channel.messages).to.have.length(0);
  });

  it('in redirect mode: carries an error back, and a mismatched state too (the widget reports it)', () => {
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, { state: 'issued', returnUrl: `${ORIGIN}/back`, mode: 'redirect', createdAt: Date.now() });
    const { window, replaced } = pageDouble(`${ORIGIN}/cb?error=access_denied&error_description=Nope&state=forged`, null);
    expect(handleOAuthCallback({ window, storage }).delivered).to.equal('redirect');
    expect(new URL(replaced[0] ?? '').search).to.equal('?error=access_denied&error_description=Nope&state=forged');
  });

  it('treats a popup whose copied storage holds an older redirect as a popup', () => {
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, { state: 'older', returnUrl: `${ORIGIN}/back`, mode: 'redirect', createdAt: Date.now() });
    const opener = openerDouble();
    const { window, replaced } = pageDouble(`${ORIGIN}/cb?code=C&state=${uniqueState('newer')}&realmId=R`, opener);
    expect(handleOAuthCallback({ window, storage }).delivered).to.equal('opener');
    expect(replaced).to.have.length(0);
    expect(opener.posted).to.have.length(1);
  });

  it('never redirects to another origin, whatever storage says', () => {
    const state = uniqueState('evil');
    const storage = new MemoryStorage();
    savePendingAuthorization(storage, { state, returnUrl: 'https://evil.example/steal', mode: 'redirect', createdAt: Date.now() });
    const { window, replaced } = pageDouble(`${ORIGIN}/cb?code=C&state=${state}&realmId=R`, null);
    expect(handleOAuthCallback({ window, storage }).delivered).to.equal('channel');
    expect(replaced).to.have.length(0);
  });

  it('delivers from the real fixture page in a real popup to this window', async function () {
    this.timeout(8000);
    const state = uniqueState('real');
    const received: MessageEvent[] = [];
    const onMessage = (event: MessageEvent) => isOAuthCallbackMessage(event.data) && event.data.params.state === state && received.push(event);
    window.addEventListener('message', onMessage);
    const reports: OAuthCallbackResult[] = [];
    const report = new BroadcastChannel('qbo-test:callback-result');
    report.onmessage = (event: MessageEvent) => event.data?.params?.state === state && reports.push(event.data);
    // As the elements do it: a blank popup opened inside the click, then pointed at the page.
    const popup = await inClick(() => window.open('about:blank', '_blank', 'popup'));
    popup?.location.replace(callbackUrl({ code: 'REAL', state, realmId: '5' }));
    try {
      await waitFor(() => received.length > 0 && reports.length > 0, 4000, 'the fixture page');
    } finally {
      window.removeEventListener('message', onMessage);
      report.close();
      // The page closes itself; closing a window already closing again stalls WebKitGTK's WebDriver session.
      if (popup && !popup.closed) await waitFor(() => popup.closed, 2000, 'the popup to close itself').catch(() => popup.close());
    }
    expect(received[0]?.source).to.equal(popup);
    expect(received[0]?.origin).to.equal(location.origin);
    expect(reports[0]).to.deep.equal({ delivered: 'opener', params: { code: 'REAL', state, realmId: '5' }, closed: true });
  });
});
