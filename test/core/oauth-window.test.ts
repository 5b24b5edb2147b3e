// OAuthWindow in each real engine: real popups, opened inside a real click, on same-origin, cross-origin and COOP fixture pages.
import { expect } from '@open-wc/testing';
import { ConnectionError } from '../../src/core/errors.js';
import { OAUTH_CHANNEL_NAME, OAUTH_WINDOW_ID_KEY, createCallbackMessage } from '../../src/core/oauth-protocol.js';
import { OAuthWindow } from '../../src/core/oauth-window.js';
import type { OAuthWindowOptions } from '../../src/core/oauth-window.js';
import {
  CROSS_ORIGIN,
  MemoryStorage,
  REDIRECT_URI,
  callbackUrl,
  capturePopups,
  signInUrl,
  sleep,
  track,
  trackListeners,
  uniqueState,
  waitFor,
} from '../fixtures/oauth-helpers.js';
import { rejectionOf as rejection } from '../helpers/assertions.js';
import { inClick } from '../helpers/gesture.js';

/** Fast polling so closed-window tests take milliseconds, not seconds. */
const fast = (extra: Partial<OAuthWindowOptions> = {}) => new OAuthWindow({ redirectUri: REDIRECT_URI, pollIntervalMs: 20, closedGraceMs: 100, ...extra });


describe('OAuthWindow', function () {
  this.timeout(8000);
  let capture: ReturnType<typeof capturePopups>;
  let listeners: ReturnType<typeof trackListeners>;
  beforeEach(() => {
    capture = capturePopups();
    listeners = trackListeners();
  });
  afterEach(() => {
    listeners.restore();
    capture.restore();
  });

  /** Every settled sign-in must leave no listener and no channel behind. */
  const expectCleanedUp = () => {
    expect(listeners.messageListeners(), 'message listeners').to.equal(0);
    expect(listeners.openChannels(), 'open channels').to.equal(0);
  };

  it('throws popup_blocked when window.open returns null, and leaves no window id behind', async () => {
    const storage = new MemoryStorage();
    const host = { open: () => null, sessionStorage: storage } as unknown as Window;
    const oauth = new OAuthWindow({ redirectUri: REDIRECT_URI, host });
    expect(() => oauth.open()).to.throw(ConnectionError).with.property('reason', 'popup_blocked');
    expect(storage.getItem(OAUTH_WINDOW_ID_KEY)).to.equal(null);
    // authorize() without open() tries to open too, and reports the block the same way.
    expect((await rejection(oauth.authorize(signInUrl(), 's'))).reason).to.equal('popup_blocked');
  });

  it('refuses a redirect URI that is relative or on another origin', () => {
    expect(() => new OAuthWindow({ redirectUri: '/callback' }).open()).to.throw(ConnectionError).with.property('reason', 'not_configured');
    expect(() => new OAuthWindow({ redirectUri: `${CROSS_ORIGIN}/cb` }).open()).to.throw(ConnectionError).with.property('reason', 'not_configured');
    expect(capture.popups).to.have.length(0);
  });

  it('opens a real popup synchronously and resolves with code, state and realmId from the callback page', async () => {
    const state = uniqueState('happy');
    const oauth = fast();
    await inClick(() => oauth.open());
    expect(capture.popups).to.have.length(1);
    expect(capture.popups[0]?.location.href).to.equal('about:blank');
    const next = callbackUrl({ code: 'code-happy', state, realmId: '9130' });
    const result = await oauth.authorize(signInUrl({ next, delay: 50 }), state);
    expect(result).to.deep.equal({ code: 'code-happy', state, realmId: '9130' });
    expect(capture.popups[0]?.closed).to.equal(true);
    expectCleanedUp();
  });

  it('rejects access_denied with Intuit\'s error_description', async () => {
    const state = uniqueState('denied');
    const oauth = fast();
    await inClick(() => oauth.open());
    const next = callbackUrl({ error: 'access_denied', state, errorDescription: 'User did not authorize the app' });
    const error = await rejection(oauth.authorize(signInUrl({ next }), state));
    expect(error.reason).to.equal('access_denied');
    expect(error.message).to.equal('User did not authorize the app');
    expectCleanedUp();
  });

  it('rejects state_mismatch when its own popup answers for another state', async () => {
    const oauth = fast();
    await inClick(() => oauth.open());
    const next = callbackUrl({ code: 'code-x', state: uniqueState('theirs'), realmId: '1' });
    const error = await rejection(oauth.authorize(signInUrl({ next }), uniqueState('ours')));
    expect(error.reason).to.equal('state_mismatch');
    expectCleanedUp();
  });

  it('ignores messages from a foreign origin, even with the right state and source', async () => {
    const state = uniqueState('foreign');
    const oauth = fast();
    await inClick(() => oauth.open());
    const pending = track(oauth.authorize(signInUrl(), state));
    const popup = capture.popups[0] as Window;
    const forged = createCallbackMessage({ code: 'forged', state, realmId: '1' }, null);
    window.dispatchEvent(new MessageEvent('message', { data: forged, origin: 'https://evil.example', source: popup }));

    // A sandboxed iframe has an opaque origin ("null"): a real cross-origin post, not a constructed event.
    const seen: unknown[] = [];
    const spy = (event: MessageEvent) => seen.push(event.origin);
    window.addEventListener('message', spy);
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts');
    frame.srcdoc = `<script>parent.postMessage(${JSON.stringify(forged)}, '*')</script>`;
    document.body.append(frame);
    await waitFor(() => seen.includes('null'), 3000, 'the sandboxed frame to post');
    window.removeEventListener('message', spy);
    frame.remove();
    await sleep(50);
    expect(pending.settled).to.equal(false);

    // The same data from the right origin and window is accepted, so the check above is what kept it out.
    window.dispatchEvent(new MessageEvent('message', { data: forged, origin: location.origin, source: popup }));
    expect(await pending.promise).to.deep.equal({ code: 'forged', state, realmId: '1' });
  });

  it('ignores a same-origin window other than the popup, then completes from the popup', async () => {
    const state = uniqueState('other-window');
    const oauth = fast();
    await inClick(() => oauth.open());
    const pending = track(oauth.authorize(signInUrl(), state));
    const forged = createCallbackMessage({ code: 'from-iframe', state, realmId: '1' }, null);
    window.dispatchEvent(new MessageEvent('message', { data: forged, origin: location.origin, source: window }));
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script>parent.postMessage(${JSON.stringify(forged)}, '*')</script>`;
    let fromFrame = false;
    const spy = (event: MessageEvent) => (fromFrame ||= event.source === frame.contentWindow && event.origin === location.origin);
    window.addEventListener('message', spy);
    document.body.append(frame);
    await waitFor(() => fromFrame, 3000, 'the same-origin frame to post');
    window.removeEventListener('message', spy);
    await sleep(50);
    frame.remove();
    expect(pending.settled).to.equal(false);

    capture.popups[0]?.location.replace(callbackUrl({ code: 'from-popup', state, realmId: '2' }));
    expect(await pending.promise).to.deep.equal({ code: 'from-popup', state, realmId: '2' });
  });

  it('ignores malformed and untagged messages from the popup', async () => {
    const state = uniqueState('malformed');
    const oauth = fast();
    await inClick(() => oauth.open());
    const pending = track(oauth.authorize(signInUrl(), state));
    const popup = capture.popups[0] as Window;
    for (const data of [null, 'code=x', { code: 'x', state, realmId: '1' }, { source: 'qbo-reconnect', type: 'oauth-callback', params: { code: '', state, realmId: '1' }, windowId: null }]) {
      window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: popup }));
    }
    await sleep(30);
    expect(pending.settled).to.equal(false);
    oauth.close();
    expect((await rejection(pending.promise)).reason).to.equal('aborted');
    expectCleanedUp();
  });

  it('rejects popup_closed when the user closes the popup, well before the timeout', async () => {
    const oauth = fast({ timeoutMs: 6000 });
    await inClick(() => oauth.open());
    const started = Date.now();
    const error = await rejection(oauth.authorize(signInUrl({ close: 100 }), uniqueState('closed')));
    expect(error.reason).to.equal('popup_closed');
    expect(Date.now() - started).to.be.below(5000);
    expectCleanedUp();
  });

  it('rejects popup_closed when the popup is closed before authorize() navigates it', async () => {
    const oauth = fast();
    await inClick(() => oauth.open());
    capture.popups[0]?.close();
    expect((await rejection(oauth.authorize(signInUrl(), uniqueState('early')))).reason).to.equal('popup_closed');
    expectCleanedUp();
  });

  it('notices the blank popup closing before authorize() is called, and only once', async () => {
    let closed = 0;
    const oauth = fast({ onClosedBeforeSignIn: () => closed++ });
    await inClick(() => oauth.open());
    capture.popups[0]?.close();
    await waitFor(() => closed > 0, 2000);
    await sleep(100);
    expect(closed).to.equal(1);
    oauth.close();
  });

  it('reports popup_closed after a cross-origin sign-in page was seen live and then closed', async () => {
    let detached = 0;
    const oauth = fast({ timeoutMs: 6000, onDetached: () => detached++ });
    await inClick(() => oauth.open());
    const error = await rejection(oauth.authorize(signInUrl({ origin: CROSS_ORIGIN, close: 1400 }), uniqueState('xo-closed')));
    expect(error.reason).to.equal('popup_closed');
    expect(detached).to.equal(0);
  });

  it('rejects timeout after timeoutMs and closes the popup', async () => {
    const oauth = fast({ timeoutMs: 250 });
    await inClick(() => oauth.open());
    const started = Date.now();
    const error = await rejection(oauth.authorize(signInUrl(), uniqueState('timeout')));
    expect(error.reason).to.equal('timeout');
    expect(Date.now() - started).to.be.within(240, 4000);
    expect(capture.popups[0]?.closed).to.equal(true);
    expectCleanedUp();
  });

  it('rejects aborted when the signal aborts, before or during the sign-in', async () => {
    const controller = new AbortController();
    const oauth = fast();
    await inClick(() => oauth.open());
    const pending = oauth.authorize(signInUrl(), uniqueState('abort'), controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect((await rejection(pending)).reason).to.equal('aborted');
    expect(capture.popups[0]?.closed).to.equal(true);
    expectCleanedUp();

    await inClick(() => oauth.open());
    expect((await rejection(oauth.authorize(signInUrl(), 's', AbortSignal.abort()))).reason).to.equal('aborted');
    expect(capture.popups[1]?.closed).to.equal(true);
  });

  it('resolves once when the callback arrives twice (postMessage and channel)', async () => {
    const state = uniqueState('twice');
    const copies: string[] = [];
    const onWindow = (event: MessageEvent) => event.data?.params?.state === state && copies.push('opener');
    window.addEventListener('message', onWindow);
    const watcher = new BroadcastChannel(OAUTH_CHANNEL_NAME);
    watcher.onmessage = (event: MessageEvent) => event.data?.params?.state === state && copies.push('channel');

    const oauth = fast();
    await inClick(() => oauth.open());
    let fulfilled = 0;
    const result = await oauth.authorize(signInUrl({ next: callbackUrl({ code: 'once', state, realmId: '7' }) }), state).then((value) => {
      fulfilled++;
      return value;
    });
    await waitFor(() => copies.length === 2, 2000, 'both copies of the callback');
    window.removeEventListener('message', onWindow);
    watcher.close();
    expect(copies.sort()).to.deep.equal(['channel', 'opener']);
    expect(result.code).to.equal('once');
    expect(fulfilled).to.equal(1);
    // Nothing was left listening for the second copy.
    expect(listeners.openChannels()).to.equal(0);
    expect(listeners.messageListeners()).to.equal(0);
  });

  it('completes through the BroadcastChannel when COOP severs the popup, without reporting it closed', async () => {
    const state = uniqueState('coop');
    let detached = 0;
    const report = new BroadcastChannel('qbo-test:callback-result');
    const reports: Array<{ delivered: string; params: { state?: string } }> = [];
    report.onmessage = (event: MessageEvent) => reports.push(event.data);
    const oauth = fast({ onDetached: () => detached++ });
    await inClick(() => oauth.open());
    // The sign-in page stays ten grace periods after severing the opener before it "finishes".
    const next = callbackUrl({ code: 'via-channel', state, realmId: '42' });
    const pending = track(oauth.authorize(signInUrl({ coop: 'same-origin', next, delay: 1000 }), state));
    await waitFor(() => detached === 1, 4000, 'the handle to be lost');
    expect(capture.popups[0]?.closed, 'a severed handle reports closed').to.equal(true);
    await sleep(400);
    expect(pending.settled, 'still waiting after closedGraceMs').to.equal(false);
    expect(await pending.promise).to.deep.equal({ code: 'via-channel', state, realmId: '42' });
    await waitFor(() => reports.some((r) => r.params?.state === state), 2000, 'the callback page report');
    report.close();
    expect(reports.find((r) => r.params?.state === state)?.delivered).to.equal('channel');
    expectCleanedUp();
  });

  it('ends a severed sign-in that never calls back with timeout, not popup_closed', async () => {
    let detached = 0;
    const oauth = fast({ timeoutMs: 1200, onDetached: () => detached++ });
    await inClick(() => oauth.open());
    // The severed handle cannot close the page, so it closes itself (after the severance, before the timeout): a
    // window left open would keep the keyboard from the next tests in engines that drive one window at a time.
    const error = await rejection(oauth.authorize(signInUrl({ coop: 'same-origin', close: 600 }), uniqueState('coop-timeout')));
    expect(error.reason).to.equal('timeout');
    expect(detached).to.equal(1);
  });

  it('on the channel, takes its own popup\'s mismatch but leaves other tabs\' callbacks alone', async () => {
    const state = uniqueState('channel');
    const oauth = fast();
    await inClick(() => oauth.open());
    const windowId = sessionStorage.getItem(OAUTH_WINDOW_ID_KEY);
    expect(windowId).to.be.a('string');
    const pending = track(oauth.authorize(signInUrl(), state));
    const channel = new BroadcastChannel(OAUTH_CHANNEL_NAME);
    channel.postMessage(createCallbackMessage({ code: 'other-tab', state: uniqueState('other-tab'), realmId: '1' }, 'another-popup'));
    channel.postMessage(createCallbackMessage({ code: 'no-id', state: uniqueState('no-id'), realmId: '1' }, null));
    await sleep(100);
    expect(pending.settled).to.equal(false);
    channel.postMessage(createCallbackMessage({ code: 'ours', state: uniqueState('stale'), realmId: '1' }, windowId));
    channel.close();
    expect((await rejection(pending.promise)).reason).to.equal('state_mismatch');
    expect(sessionStorage.getItem(OAUTH_WINDOW_ID_KEY), 'window id forgotten on settle').to.equal(null);
  });

  it('rejects aborted when close() is called while waiting', async () => {
    const oauth = fast();
    await inClick(() => oauth.open());
    const pending = oauth.authorize(signInUrl(), uniqueState('close'));
    await sleep(30);
    oauth.close();
    expect((await rejection(pending)).reason).to.equal('aborted');
    expect(capture.popups[0]?.closed).to.equal(true);
    expectCleanedUp();
  });
});
