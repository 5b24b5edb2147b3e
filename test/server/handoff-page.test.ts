// The hand-off link's HTTP side: the cookie carrier, the hosted page's headers and words, its files, refused links
// that change nothing, and the token opening no other route. PGlite (the rules run on both databases elsewhere).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createQboServer } from '../../src/server/index.js';
import type { HandoffOptions } from '../../src/server/options.js';
import { uniqueTenant } from './databases.js';
import {
  HANDOFF_CALLBACK,
  LINKED,
  ensureDropIn,
  eventsOf,
  handoffRows,
  inactiveTenant,
  openLink,
  session,
  signInThroughLink,
  startHandoffStack,
  tokenOf,
  type HandoffStack,
} from './handoff-helpers.js';
import { KEY_HEX, ORIGIN, REDIRECT_URI } from './helpers.js';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https://cdn.example; " +
  "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

describe('hand-off page and routes', () => {
  let stack: HandoffStack;
  before(async () => {
    ensureDropIn();
    stack = await startHandoffStack(
      { kind: 'pglite' },
      { logoUrl: 'https://cdn.example/fintech.svg', theme: { '--qbo-color-primary': '#5b21b6', '--qbo-radius': '10px' } },
    );
  });
  after(() => stack.close());

  const get = async (path: string, cookie?: string | null) => {
    const response = await fetch(`${stack.baseUrl}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  async function requested(label: string, body: Record<string, unknown> = {}) {
    const tenant = uniqueTenant(label);
    await inactiveTenant(stack, tenant);
    const created = await stack.api(tenant, 'POST', '/connection/handoff', body);
    assert.equal(created.status, 200);
    return { tenant, url: created.body.url as string };
  }

  it('opening the link sets a path-scoped HttpOnly cookie and moves the token out of the address bar', async () => {
    const { url } = await requested('cookie');
    const opened = await openLink(stack, url);
    assert.equal(opened.status, 303);
    assert.equal(opened.location, '/handoff');
    const response = await fetch(`${stack.baseUrl}/handoff/${tokenOf(url)}`, { redirect: 'manual' });
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, new RegExp(`^qbo_handoff=${tokenOf(url)};`));
    for (const attribute of [/; HttpOnly/i, /; SameSite=Lax/i, /; Path=\/handoff(;|$)/, /; Secure/i, /; Max-Age=604800/]) assert.match(cookie, attribute);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });

  it('the page: strict CSP and headers, no inline script or style, the request in words, the token nowhere', async () => {
    const { url } = await requested('page');
    const { cookie } = await openLink(stack, url);
    const page = await get('/handoff', cookie);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), CSP);
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.match(page.body, /<html lang="en">/);
    assert.ok(page.body.includes(`Fintech needs its QuickBooks connection restored for ${LINKED.name}. Requested by Dana Ortiz.`));
    assert.match(page.body, /permanently remove all existing/);
    assert.match(page.body, /<qbo-before-you-begin/);
    assert.ok(page.body.includes(`redirect-uri="${HANDOFF_CALLBACK}"`));
    assert.ok(!page.body.includes(tokenOf(url)));
    for (const script of page.body.match(/<script[^>]*>/g) ?? []) assert.match(script, / src="\/handoff\/assets\/[\w.-]+\.js"/);
    assert.ok(!/<style|style="/.test(page.body));
    assert.match(page.body, /<img src="https:\/\/cdn\.example\/fintech\.svg" alt="Fintech">/);
  });

  it("speaks the link's language", async () => {
    const { url } = await requested('lang', { lang: 'es-US' });
    const { cookie } = await openLink(stack, url);
    const page = await get('/handoff', cookie);
    assert.match(page.body, /<html lang="es-US">/);
    assert.ok(page.body.includes(`Fintech necesita que se restablezca su conexión con QuickBooks para ${LINKED.name}. Solicitado por Dana Ortiz.`));
    assert.match(page.body, /<qbo-connection locale="es-US"/);
  });

  it('serves its files from the package, and nothing else', async () => {
    for (const [file, type] of [
      ['handoff-page.js', /javascript/],
      ['handoff-callback.js', /javascript/],
      ['handoff.css', /css/],
      ['handoff-icon.svg', /svg/],
      ['qbo-reconnect.bundle.js', /javascript/],
      ['qbo-reconnect.callback.js', /javascript/],
    ] as const) {
      const asset = await get(`/handoff/assets/${file}`);
      assert.equal(asset.status, 200, file);
      assert.match(asset.headers.get('content-type') ?? '', type);
      assert.equal(asset.headers.get('x-content-type-options'), 'nosniff');
    }
    const theme = await get('/handoff/assets/theme.css');
    assert.match(theme.body, /--qbo-color-primary: #5b21b6;/);
    for (const path of ['/handoff/assets/package.json', '/handoff/assets/..%2F..%2Fpackage.json', '/handoff/assets/qbo-reconnect.nope.js']) {
      assert.equal((await get(path)).status, 404, path);
    }
  });

  it('used, expired, cancelled, replaced, forged and malformed links get a clear page and change nothing', async () => {
    const used = await requested('used');
    const usedCookie = (await openLink(stack, used.url)).cookie!;
    const callback = await signInThroughLink(stack, usedCookie, LINKED.realmId);
    assert.equal((await session(stack, usedCookie, 'POST', '/complete', callback)).status, 200);
    const cancelled = await requested('cancelled');
    await stack.api(cancelled.tenant, 'DELETE', '/connection/handoff');
    const replaced = await requested('replaced');
    stack.clock.advance(1000);
    await stack.api(replaced.tenant, 'POST', '/connection/handoff', {});
    const cases = [
      { url: used.url, tenant: used.tenant, status: 410, words: /already used/ },
      { url: cancelled.url, tenant: cancelled.tenant, status: 410, words: /cancelled/ },
      { url: replaced.url, tenant: replaced.tenant, status: 410, words: /replaced/ },
      { url: `${ORIGIN}/handoff/${randomBytes(32).toString('base64url')}`, tenant: null, status: 404, words: /does not work/ },
      { url: `${ORIGIN}/handoff/short`, tenant: null, status: 404, words: /does not work/ },
    ];
    const state = async (tenant: string | null) =>
      tenant
        ? JSON.stringify([(await stack.api(tenant, 'GET', '/connection')).body, await eventsOf(stack, tenant), await handoffRows(stack, tenant)])
        : JSON.stringify(await stack.sql.query('select count(*) as n from qbo_handoffs'));
    for (const { url, tenant, status, words } of cases) {
      const before = await state(tenant);
      const opened = await openLink(stack, url);
      assert.equal(opened.status, status, url);
      assert.equal(opened.cookie, null);
      assert.match(opened.body, words);
      assert.match(opened.body, /Nothing was changed/);
      assert.ok(!/<script/.test(opened.body), 'a refusal page runs nothing');
      const withCookie = await get('/handoff', `qbo_handoff=${tokenOf(url)}`);
      assert.equal(withCookie.status, status);
      assert.equal(withCookie.headers.get('content-security-policy'), CSP);
      assert.equal(await state(tenant), before);
    }
    // An expired link, last: the clock moves for every tenant.
    const expired = await requested('expired');
    stack.clock.advance(8 * 24 * 60 * 60 * 1000);
    const before = await state(expired.tenant);
    const opened = await openLink(stack, expired.url);
    assert.equal(opened.status, 410);
    assert.match(opened.body, /expired/);
    assert.equal(await state(expired.tenant), before);
  });

  it('the token opens no other route: with only the cookie (or the token as a bearer) the API answers 401', async () => {
    const { tenant, url } = await requested('scope');
    const { cookie } = await openLink(stack, url);
    const token = tokenOf(url);
    const tries: Array<[string, string, unknown?]> = [
      ['GET', '/connection'],
      ['GET', '/vendors'],
      ['GET', '/connection/history'],
      ['DELETE', '/connection'],
      ['POST', '/connection/authorize', { redirectUri: REDIRECT_URI }],
      ['POST', '/connection/complete', { code: 'x', state: 'y', realmId: LINKED.realmId }],
      ['POST', '/connection/handoff', {}],
      ['DELETE', '/connection/handoff'],
    ];
    for (const [method, path, body] of tries) {
      const carriers: Array<Record<string, string>> = [{ cookie: cookie! }, { authorization: `Bearer ${token}` }];
      for (const headers of carriers) {
        const reply = await stack.api(null, method, path, body, headers);
        assert.equal(reply.status, 401, `${method} ${path}`);
      }
    }
    assert.equal((await stack.api(tenant, 'GET', '/connection')).body.handoff.requestedBy.name, 'Dana Ortiz');
  });

  it("the page's API: cookie required, POSTs only from the page's origin, only the page's redirect URI", async () => {
    const { url } = await requested('api');
    const { cookie } = await openLink(stack, url);
    assert.equal((await session(stack, null, 'GET')).status, 401);
    assert.equal((await session(stack, cookie, 'POST', '/authorize', { redirectUri: HANDOFF_CALLBACK }, null)).status, 403);
    assert.equal((await session(stack, cookie, 'POST', '/authorize', { redirectUri: HANDOFF_CALLBACK }, 'https://evil.example')).status, 403);
    const wrongUri = await session(stack, cookie, 'POST', '/authorize', { redirectUri: REDIRECT_URI });
    assert.deepEqual([wrongUri.status, wrongUri.body.error], [400, 'redirect_uri_not_allowed']);
    const view = await session(stack, cookie, 'GET');
    assert.deepEqual(Object.keys(view.body).sort(), ['appName', 'company', 'requestedBy']);
    assert.deepEqual(Object.keys(view.body.company), ['name']);
    const callback = await get('/handoff/callback?code=a&state=b&realmId=1', cookie);
    assert.equal(callback.status, 200);
    assert.equal(callback.headers.get('content-security-policy'), CSP);
    assert.match(callback.body, /src="\/handoff\/assets\/handoff-callback\.js"/);
  });

  it('refuses hand-off options that cannot work when the server starts', async () => {
    const base = {
      clientId: 'id',
      clientSecret: 'secret',
      redirectUris: [REDIRECT_URI],
      encryptionKey: KEY_HEX,
      sweepIntervalMs: 0,
      tenant: () => null,
    };
    const wrong: HandoffOptions[] = [
      { theme: { color: 'red' } },
      { theme: { '--qbo-color-text': 'red; } body { display: none' } },
      { theme: { '--qbo-color-text': 'url(https://evil.example/x)' } },
      { redirectUri: 'https://host.example/not-registered' },
      { ratePerHour: 0 },
      { ttl: -1 },
    ];
    for (const handoff of wrong) {
      await assert.rejects(createQboServer({ ...base, handoff }), TypeError, JSON.stringify(handoff));
    }
  });
});
