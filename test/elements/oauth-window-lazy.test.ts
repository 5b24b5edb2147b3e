// The drop-in's sign-in window stand-in: the real window once the dialog's chunk hands it over, a blocked popup before.
import { expect } from '@open-wc/testing';
import { ConnectionError } from '../../src/core/errors.js';
import { OAuthWindow as RealWindow } from '../../src/core/oauth-window.js';
import { OAuthWindow, provideOAuthWindow } from '../../src/elements/shared/oauth-window.lazy.js';

describe('drop-in sign-in window stand-in', () => {
  it('reports a blocked popup while the real window has not loaded, and is the real window once handed over', async () => {
    const early = new OAuthWindow({ redirectUri: 'https://host.example/oauth/callback' });
    expect(() => early.open()).to.throw(ConnectionError).with.property('reason', 'popup_blocked');
    const refused = await early.authorize('https://appcenter.intuit.com/connect/oauth2', 's').catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(ConnectionError).with.property('reason', 'popup_blocked');

    provideOAuthWindow(RealWindow);
    expect(new OAuthWindow({ redirectUri: 'https://host.example/oauth/callback' })).to.be.instanceOf(RealWindow);
  });
});
