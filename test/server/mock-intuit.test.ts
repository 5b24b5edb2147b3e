// The mock Intuit over real HTTP: sign-in page steps, code exchange, refresh rotation, revocation, API and faults.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { startMockIntuit } from '../../src/server/testing/index.js';
import type { MockIntuit } from '../../src/server/testing/index.js';

const HARBOR = '9341452198765430';
const CEDAR = '9341452233108812';
const REDIRECT = 'http://127.0.0.1:5173/callback.html';

let mock: MockIntuit;
let clock = new Date('2026-11-25T12:00:00Z');

before(async () => {
  mock = await startMockIntuit({ now: () => clock, redirectUris: [REDIRECT, 'http://127.0.0.1:5173/other.html'], appName: 'Fintech' });
});
after(() => mock.close());
beforeEach(() => {
  mock.reset();
  clock = new Date('2026-11-25T12:00:00Z');
});

function authorizationUrl(overrides: Record<string, string | null> = {}): string {
  const url = new URL(mock.endpoints.authorizationEndpoint);
  const params: Record<string, string | null> = {
    client_id: mock.clientId,
    response_type: 'code',
    scope: 'com.intuit.quickbooks.accounting',
    redirect_uri: REDIRECT,
    state: 'state-123',
    ...overrides,
  };
  for (const [key, value] of Object.entries(params)) if (value !== null) url.searchParams.set(key, value);
  return url.href;
}

const basic = (id = mock.clientId, secret = mock.clientSecret) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

function tokenRequest(body: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(mock.endpoints.tokenEndpoint, {
    method: 'POST',
    headers: { authorization: basic(), accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
  });
}

async function exchange(code: string, redirectUri = REDIRECT, headers: Record<string, string> = {}) {
  const response = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }, headers);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function refresh(refreshToken: string) {
  const response = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function revoke(token: string, init: { json?: boolean; auth?: string } = {}) {
  return fetch(mock.endpoints.revocationEndpoint, {
    method: 'POST',
    headers: {
      authorization: init.auth ?? basic(),
      accept: 'application/json',
      'content-type': init.json === false ? 'application/x-www-form-urlencoded' : 'application/json',
    },
    body: init.json === false ? new URLSearchParams({ token }) : JSON.stringify({ token }),
  });
}

function api(path: string, accessToken: string, accept = 'application/json') {
  return fetch(`${mock.endpoints.apiBaseUrl}${path}`, { headers: { authorization: `Bearer ${accessToken}`, accept } });
}

const vendorQuery = (realmId: string, start: number, max: number) =>
  `/v3/company/${realmId}/query?query=${encodeURIComponent(`select Id, DisplayName from Vendor startposition ${start} maxresults ${max}`)}`;

describe('authorization code grant', () => {
  test('signIn answers the redirect URI with code, state and realmId; the code is exchanged once for bearer tokens', async () => {
    const answer = await mock.signIn(authorizationUrl(), { realmId: HARBOR });
    const back = new URL(answer.redirectUrl);
    assert.equal(`${back.origin}${back.pathname}`, REDIRECT);
    assert.equal(back.searchParams.get('state'), 'state-123');
    assert.equal(back.searchParams.get('realmId'), HARBOR);
    assert.equal(back.searchParams.get('code'), answer.code);
    const { status, body } = await exchange(answer.code ?? '');
    assert.equal(status, 200);
    assert.equal(body.token_type, 'bearer');
    assert.equal(body.expires_in, 3600);
    assert.equal(body.x_refresh_token_expires_in, 8_640_000);
    assert.equal('x_refresh_token_hard_expires_in' in body, false, 'the hard expiry only comes when asked for');
    assert.equal(typeof body.access_token, 'string');
    assert.equal(typeof body.refresh_token, 'string');
    assert.equal(mock.calls.token.authorization_code, 1);
  });

  test('the hard expiry is reported when the request asks for it', async () => {
    const { code } = await mock.signIn(authorizationUrl());
    const { body } = await exchange(code ?? '', REDIRECT, { 'x-include-refresh-token-hard-expires-in': 'true' });
    assert.equal(body.x_refresh_token_hard_expires_in, 5 * 365 * 86_400);
  });

  test('a second exchange of a code is refused and revokes the tokens the first one produced', async () => {
    const { code } = await mock.signIn(authorizationUrl());
    const first = await exchange(code ?? '');
    const second = await exchange(code ?? '');
    assert.equal(second.status, 400);
    assert.equal(second.body.error, 'invalid_grant');
    assert.equal(mock.isRevoked(String(first.body.refresh_token)), true);
    assert.equal((await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, String(first.body.access_token))).status, 401);
    assert.equal(mock.calls.token.authorization_code, 2);
  });

  test('an expired code, an unknown code and a different redirect_uri get invalid_grant', async () => {
    const { code } = await mock.signIn(authorizationUrl());
    assert.equal((await exchange(code ?? '', 'http://127.0.0.1:5173/other.html')).body.error, 'invalid_grant');
    assert.equal((await exchange('AB11nope')).body.error, 'invalid_grant');
    clock = new Date(clock.getTime() + 601_000);
    assert.equal((await exchange(code ?? '')).body.error, 'invalid_grant');
  });

  test('bad client credentials get 401 invalid_client; a form without Accept: application/json gets 406', async () => {
    const { code } = await mock.signIn(authorizationUrl());
    const wrong = await tokenRequest({ grant_type: 'authorization_code', code: code ?? '', redirect_uri: REDIRECT }, { authorization: basic(mock.clientId, 'wrong') });
    assert.equal(wrong.status, 401);
    assert.equal(((await wrong.json()) as { error: string }).error, 'invalid_client');
    const missing = await tokenRequest({ grant_type: 'authorization_code', code: code ?? '', redirect_uri: REDIRECT }, { authorization: '' });
    assert.equal(missing.status, 401);
    const xml = await tokenRequest({ grant_type: 'authorization_code', code: code ?? '', redirect_uri: REDIRECT }, { accept: 'application/xml' });
    assert.equal(xml.status, 406);
    // None of these spent the code.
    assert.equal((await exchange(code ?? '')).status, 200);
  });

  test('signIn with deny answers access_denied with the state and the reason', async () => {
    const answer = await mock.signIn(authorizationUrl(), { deny: true, errorDescription: 'Not an administrator' });
    const back = new URL(answer.redirectUrl);
    assert.equal(answer.error, 'access_denied');
    assert.equal(back.searchParams.get('error'), 'access_denied');
    assert.equal(back.searchParams.get('error_description'), 'Not an administrator');
    assert.equal(back.searchParams.get('state'), 'state-123');
    assert.equal(back.searchParams.has('code'), false);
  });

  test('signIn refuses an invalid authorization request', async () => {
    await assert.rejects(mock.signIn(authorizationUrl({ client_id: 'someone-else' })), /client_id/);
    await assert.rejects(mock.signIn(authorizationUrl({ redirect_uri: 'http://evil.example/cb' })), /redirect_uri/);
    await assert.rejects(mock.signIn(authorizationUrl({ scope: 'openid' })), /scope/);
    await assert.rejects(mock.signIn(authorizationUrl({ response_type: 'token' })), /response_type/);
    await assert.rejects(mock.signIn(authorizationUrl({ state: null })), /state/);
  });
});

describe('refresh token grant', () => {
  test('rotates: a new refresh token each time, the old one refused afterwards', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    assert.equal(mock.calls.token.authorization_code, 0, 'seeding is not a code exchange');
    const first = await refresh(grant.refresh_token);
    assert.equal(first.status, 200);
    assert.notEqual(first.body.refresh_token, grant.refresh_token);
    assert.notEqual(first.body.access_token, grant.access_token);
    const stale = await refresh(grant.refresh_token);
    assert.equal(stale.status, 400);
    assert.equal(stale.body.error, 'invalid_grant');
    assert.equal((await refresh(String(first.body.refresh_token))).status, 200);
    assert.equal(mock.calls.token.refresh_token, 3);
  });

  test('without rotation the refresh token stays the same', async () => {
    const steady = await startMockIntuit({ rotateRefreshTokens: false });
    try {
      const grant = await steady.issueGrant({ realmId: HARBOR });
      const response = await fetch(steady.endpoints.tokenEndpoint, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${steady.clientId}:${steady.clientSecret}`).toString('base64')}`, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: grant.refresh_token }),
      });
      assert.equal(((await response.json()) as { refresh_token: string }).refresh_token, grant.refresh_token);
    } finally {
      await steady.close();
    }
  });

  test('an expired refresh token gets invalid_grant; expiry rolls with each refresh and stops at the hard limit', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR, refreshTokenLifetimeSec: 60 });
    assert.equal(grant.x_refresh_token_expires_in, 60);
    clock = new Date(clock.getTime() + 61_000);
    assert.equal((await refresh(grant.refresh_token)).body.error, 'invalid_grant');

    const short = await startMockIntuit({ now: () => clock, refreshTokenHardLifetimeSec: 100, refreshTokenLifetimeSec: 80 });
    try {
      const seeded = await short.issueGrant({ realmId: HARBOR });
      clock = new Date(clock.getTime() + 50_000);
      const response = await fetch(short.endpoints.tokenEndpoint, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${short.clientId}:${short.clientSecret}`).toString('base64')}`, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-include-refresh-token-hard-expires-in': 'true' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: seeded.refresh_token }),
      });
      const body = (await response.json()) as { x_refresh_token_expires_in: number; x_refresh_token_hard_expires_in: number };
      assert.equal(body.x_refresh_token_hard_expires_in, 50);
      assert.equal(body.x_refresh_token_expires_in, 50, 'the rolling expiry never passes the hard limit');
    } finally {
      await short.close();
    }
  });

  test('an access token expires after its lifetime', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR, accessTokenLifetimeSec: 10 });
    assert.equal((await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, grant.access_token)).status, 200);
    clock = new Date(clock.getTime() + 11_000);
    assert.equal((await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, grant.access_token)).status, 401);
  });
});

describe('revocation', () => {
  test('revoking the refresh token (JSON body) ends the whole grant, access tokens too', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    const response = await revoke(grant.refresh_token);
    assert.equal(response.status, 200);
    assert.equal(mock.calls.revoke, 1);
    assert.equal(mock.isRevoked(grant.refresh_token), true);
    assert.equal(mock.isRevoked(grant.access_token), true);
    assert.equal((await refresh(grant.refresh_token)).body.error, 'invalid_grant');
    assert.equal((await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, grant.access_token)).status, 401);
  });

  test("a form body (RFC 7009's, not Intuit's) is refused; bad client auth gets 401", async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    assert.equal((await revoke(grant.refresh_token, { json: false })).status, 400);
    assert.equal((await revoke(grant.refresh_token, { auth: basic('x', 'y') })).status, 401);
    assert.equal(mock.isRevoked(grant.refresh_token), false);
  });

  test('revokeGrant ends every grant of a company, as a disconnect inside QuickBooks does', async () => {
    const harbor = await mock.issueGrant({ realmId: HARBOR });
    const cedar = await mock.issueGrant({ realmId: CEDAR });
    mock.revokeGrant(HARBOR);
    assert.equal((await refresh(harbor.refresh_token)).body.error, 'invalid_grant');
    assert.equal((await refresh(cedar.refresh_token)).status, 200);
  });

  test('a rotated refresh token reports the revocation of its grant', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    const rotated = await refresh(grant.refresh_token);
    assert.equal(mock.isRevoked(grant.refresh_token), false);
    await revoke(String(rotated.body.refresh_token));
    assert.equal(mock.isRevoked(grant.refresh_token), true);
  });
});

describe('QuickBooks API', () => {
  test('CompanyInfo names the company; its Id is not the realm id', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    const response = await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, grant.access_token);
    const body = (await response.json()) as { CompanyInfo: { CompanyName: string; LegalName: string; Id: string }; time: string };
    assert.equal(body.CompanyInfo.CompanyName, 'Harbor Street Bakery LLC');
    assert.equal(body.CompanyInfo.LegalName, 'Harbor Street Bakery LLC');
    assert.notEqual(body.CompanyInfo.Id, HARBOR);
    assert.ok(body.time);
    assert.equal(mock.calls.companyInfo, 1);
  });

  test("another company's token gets 403; a bad token gets 401", async () => {
    const grant = await mock.issueGrant({ realmId: CEDAR });
    assert.equal((await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, grant.access_token)).status, 403);
    assert.equal((await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, 'nonsense')).status, 401);
    assert.equal((await fetch(`${mock.origin}/v3/company/${HARBOR}/companyinfo/${HARBOR}`, { headers: { accept: 'application/json' } })).status, 401);
  });

  test('the Vendor query pages through every vendor and answers an empty QueryResponse past the last row', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    const names: string[] = [];
    for (let start = 1; ; start += 5) {
      const body = (await (await api(vendorQuery(HARBOR, start, 5), grant.access_token)).json()) as {
        QueryResponse: { Vendor?: { Id: string; DisplayName: string }[]; startPosition?: number; maxResults?: number };
      };
      if (!body.QueryResponse.Vendor) {
        assert.deepEqual(body.QueryResponse, {});
        break;
      }
      assert.equal(body.QueryResponse.startPosition, start);
      names.push(...body.QueryResponse.Vendor.map((vendor) => vendor.DisplayName));
      for (const vendor of body.QueryResponse.Vendor) assert.match(vendor.Id, /^\d+$/);
    }
    assert.equal(names.length, 12);
    assert.equal(names[0], 'Bayview Electric Co.');
    assert.equal(mock.calls.query, 4);
  });

  test('without Accept: application/json the API answers XML', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    const response = await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, grant.access_token, 'application/xml');
    assert.match(response.headers.get('content-type') ?? '', /xml/);
    const text = await response.text();
    assert.match(text, /^<\?xml/);
    assert.match(text, /<CompanyName>Harbor Street Bakery LLC<\/CompanyName>/);
    const query = await api(vendorQuery(HARBOR, 1, 2), grant.access_token, '*/*');
    assert.match(await query.text(), /<Vendor><Id>41<\/Id><DisplayName>Bayview Electric Co.<\/DisplayName>/);
  });
});

describe('faults', () => {
  test('5xx, 429 and invalid_grant at the token endpoint, for the number of times asked', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    mock.fault({ endpoint: 'token', kind: '5xx', times: 1 });
    mock.fault({ endpoint: 'token', kind: '429', times: 1 });
    assert.equal((await refresh(grant.refresh_token)).status, 503);
    assert.equal((await refresh(grant.refresh_token)).status, 429);
    const ok = await refresh(grant.refresh_token);
    assert.equal(ok.status, 200);
    mock.fault({ endpoint: 'token', kind: 'invalid_grant' });
    assert.equal((await refresh(String(ok.body.refresh_token))).body.error, 'invalid_grant');
    assert.equal((await refresh(String(ok.body.refresh_token))).body.error, 'invalid_grant', 'no times: until cleared');
    mock.clearFaults();
    assert.equal((await refresh(String(ok.body.refresh_token))).status, 200);
    assert.equal(mock.calls.token.refresh_token, 6, 'faulted requests are counted too');
  });

  test('malformed replies and slow replies on the API; 5xx on revoke and companyinfo', async () => {
    const grant = await mock.issueGrant({ realmId: HARBOR });
    mock.fault({ endpoint: 'query', kind: 'malformed', times: 1 });
    const malformed = (await (await api(vendorQuery(HARBOR, 1, 5), grant.access_token)).json()) as { QueryResponse: { Vendor: unknown } };
    assert.equal(typeof malformed.QueryResponse.Vendor, 'string');
    mock.fault({ endpoint: 'companyinfo', kind: 'slow', delayMs: 300, times: 1 });
    const started = Date.now();
    assert.equal((await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, grant.access_token)).status, 200);
    assert.ok(Date.now() - started >= 290);
    mock.fault({ endpoint: 'companyinfo', kind: '5xx', times: 1 });
    assert.equal((await api(`/v3/company/${HARBOR}/companyinfo/${HARBOR}`, grant.access_token)).status, 503);
    mock.fault({ endpoint: 'revoke', kind: '5xx', times: 1 });
    assert.equal((await revoke(grant.refresh_token)).status, 503);
    assert.equal(mock.isRevoked(grant.refresh_token), false);
  });

  test('a fault aimed at one authorization state leaves the others alone', async () => {
    mock.fault({ endpoint: 'token', kind: '5xx', state: 'aimed' });
    const aimed = await mock.signIn(authorizationUrl({ state: 'aimed' }));
    const other = await mock.signIn(authorizationUrl({ state: 'other' }));
    assert.equal((await exchange(aimed.code ?? '')).status, 503);
    assert.equal((await exchange(other.code ?? '')).status, 200);
  });

  test('a 5xx fault on the authorization endpoint', async () => {
    mock.fault({ endpoint: 'authorize', kind: '5xx', times: 1 });
    assert.equal((await fetch(authorizationUrl())).status, 503);
    assert.equal((await fetch(authorizationUrl())).status, 200);
  });
});

/** A browser without script: follows the form posts of the server-rendered sign-in page. */
async function postStep(page: string, fields: Record<string, string>) {
  const flow = /name="flow" value="([^"]+)"/.exec(page)?.[1];
  assert.ok(flow, 'the page carries its flow id');
  return fetch(mock.endpoints.authorizationEndpoint, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ flow, ...fields }),
  });
}

describe('sign-in page', () => {
  test('identifier, password, company: the form issues a code the token endpoint accepts', async () => {
    const first = await fetch(authorizationUrl());
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    let page = await first.text();
    assert.match(page, /Mock Intuit sign-in/);
    assert.doesNotMatch(page, /<script/);
    page = await (await postStep(page, { action: 'continue', identifier: 'not an email@' })).text();
    assert.match(page, /A user ID has at least 3 letters|Enter a valid email/);
    page = await (await postStep(page, { action: 'continue', identifier: 'dana@harborstreet.example' })).text();
    assert.match(page, /Enter your password/);
    page = await (await postStep(page, { action: 'continue', password: '' })).text();
    assert.match(page, /Enter your password\./);
    page = await (await postStep(page, { action: 'continue', password: 'secret' })).text();
    assert.match(page, /Connect Fintech to QuickBooks/);
    assert.match(page, new RegExp(`value="${HARBOR}" checked`));
    const done = await postStep(page, { action: 'continue', realmId: CEDAR });
    assert.equal(done.status, 303);
    const back = new URL(done.headers.get('location') ?? '');
    assert.equal(back.searchParams.get('realmId'), CEDAR);
    assert.equal(back.searchParams.get('state'), 'state-123');
    assert.equal((await exchange(back.searchParams.get('code') ?? '')).status, 200);
  });

  test('a 2fa account gets the verification code step; a books account has a single company', async () => {
    let page = await (await fetch(authorizationUrl())).text();
    page = await (await postStep(page, { action: 'continue', identifier: 'books+2fa@harborstreet.example' })).text();
    page = await (await postStep(page, { action: 'continue', password: 'x' })).text();
    assert.match(page, /Let&#39;s make sure it&#39;s you/);
    assert.match(page, /b•••@harborstreet.example/);
    page = await (await postStep(page, { action: 'continue', code: '12' })).text();
    assert.match(page, /The verification code is 6 digits/);
    mock.configureSignIn({ realmId: CEDAR });
    page = await (await postStep(page, { action: 'continue', code: '123456' })).text();
    assert.match(page, /Company: Cedar &amp; Pine Landscaping/);
    const done = await postStep(page, { action: 'continue' });
    assert.equal(new URL(done.headers.get('location') ?? '').searchParams.get('realmId'), CEDAR);
  });

  test('Cancel answers access_denied; a refusing sign-in shows why and answers access_denied with the reason', async () => {
    let page = await (await fetch(authorizationUrl())).text();
    const cancelled = await postStep(page, { action: 'cancel' });
    assert.equal(new URL(cancelled.headers.get('location') ?? '').searchParams.get('error'), 'access_denied');

    mock.configureSignIn({ deny: true, denyDescription: 'Not an administrator of this company' });
    page = await (await fetch(authorizationUrl())).text();
    page = await (await postStep(page, { action: 'continue', identifier: 'dana.ortiz' })).text();
    page = await (await postStep(page, { action: 'continue', password: 'x' })).text();
    assert.match(page, /You don&#39;t have access/);
    const denied = new URL((await postStep(page, { action: 'deny' })).headers.get('location') ?? '');
    assert.equal(denied.searchParams.get('error'), 'access_denied');
    assert.equal(denied.searchParams.get('error_description'), 'Not an administrator of this company');
    assert.equal(denied.searchParams.get('state'), 'state-123');
  });

  test('the sign-in behaviour can be chosen per authorization request', async () => {
    mock.configureSignIn((request) => (request.state === 'deny-me' ? { deny: true, denyDescription: 'Not an admin' } : { realmId: CEDAR }));
    const denied = await mock.signIn(authorizationUrl({ state: 'deny-me' }));
    assert.equal(denied.error, 'access_denied');
    const granted = await mock.signIn(authorizationUrl({ state: 'fine' }));
    assert.equal(granted.realmId, CEDAR);
  });

  test('an invalid authorization request gets an error page, never a redirect', async () => {
    const response = await fetch(authorizationUrl({ client_id: 'unknown', redirect_uri: 'http://evil.example/' }), { redirect: 'manual' });
    assert.equal(response.status, 400);
    const page = await response.text();
    assert.match(page, /client_id &quot;unknown&quot; is not a registered app/);
    assert.match(page, /redirect_uri is not registered/);
  });

  test('the stylesheet is served from the mock origin', async () => {
    const response = await fetch(`${mock.origin}/mock-intuit/sign-in.css`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /\.mock-banner/);
  });
});
