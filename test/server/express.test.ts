// The README's Express mounting, run as written: a session middleware, the listener under a path, a body parser after.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { createQboServer, type QboServer } from '../../src/server/index.js';
import { startMockIntuit, type MockIntuit } from '../../src/server/testing/index.js';
import { COMPANIES, KEY_HEX } from './helpers.js';

interface SessionUser {
  orgId: string;
  name: string;
}

describe('mounted in Express as the README shows', () => {
  let mock: MockIntuit;
  let qbo: QboServer;
  let http: Server;
  let origin: string;
  const echoed: unknown[] = [];

  before(async () => {
    mock = await startMockIntuit({ companies: COMPANIES });
    const app = express();
    // Stands in for the host's session middleware: it decides who the request belongs to.
    app.use((req: Request & { user?: SessionUser }, _res: Response, next: NextFunction) => {
      const org = req.get('x-session-org');
      if (org) req.user = { orgId: org, name: 'Dana Ortiz' };
      next();
    });
    http = await new Promise<Server>((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => resolve(server));
    });
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    qbo = await createQboServer({
      clientId: mock.clientId,
      clientSecret: mock.clientSecret,
      intuit: mock.endpoints,
      redirectUris: [`${origin}/quickbooks/callback`],
      allowedOrigins: [origin],
      encryptionKey: KEY_HEX,
      integrationPageUrl: `${origin}/settings/quickbooks`,
      sweepIntervalMs: 0,
      keepAlive: false,
      tenant: (_request, { incoming }) => {
        const user = (incoming as { user?: SessionUser } | undefined)?.user;
        return user ? { tenantId: user.orgId, user: { name: user.name } } : null;
      },
    });
    app.use('/api/quickbooks', qbo.nodeListener);
    // The host's own JSON routes keep working after the mount, with their body parser.
    app.use(express.json());
    app.post('/api/echo', (req, res) => {
      echoed.push(req.body);
      res.json({ ok: true });
    });
  });

  after(async () => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await qbo.close();
    await mock.close();
  });

  const call = async (path: string, init: RequestInit & { org?: string } = {}) => {
    const { org, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (org) headers.set('x-session-org', org);
    if (rest.body) headers.set('content-type', 'application/json');
    if (rest.method && rest.method !== 'GET') headers.set('origin', origin);
    const response = await fetch(`${origin}${path}`, { ...rest, headers, redirect: 'manual' });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, location: response.headers.get('location') };
  };

  it('answers 401 without a session, and the never-connected snapshot with one', async () => {
    assert.equal((await call('/api/quickbooks/connection')).status, 401);
    const { status, body } = await call('/api/quickbooks/connection', { org: 'org-1' });
    assert.equal(status, 200);
    assert.equal(body.linkState, 'disabled');
    assert.equal(body.inactiveReason, 'never_connected');
  });

  it('connects through authorize, the mock sign-in and complete, then disconnects', async () => {
    const realmId = COMPANIES[0]!.realmId;
    const authorized = await call('/api/quickbooks/connection/authorize', {
      org: 'org-2',
      method: 'POST',
      body: JSON.stringify({ redirectUri: `${origin}/quickbooks/callback` }),
    });
    assert.equal(authorized.status, 200);
    const answer = await mock.signIn(authorized.body.authorizationUrl, { realmId });
    assert.ok(answer.code);
    const completed = await call('/api/quickbooks/connection/complete', {
      org: 'org-2',
      method: 'POST',
      body: JSON.stringify({ code: answer.code, state: answer.state, realmId }),
    });
    assert.equal(completed.status, 200);
    assert.equal(completed.body.linkState, 'active');
    assert.deepEqual(completed.body.connectedBy, { name: 'Dana Ortiz' });
    assert.equal((await call('/api/quickbooks/connection', { org: 'org-1' })).body.linkState, 'disabled', 'another org sees nothing');
    const disconnected = await call('/api/quickbooks/connection', { org: 'org-2', method: 'DELETE' });
    assert.equal(disconnected.status, 200);
    assert.equal(disconnected.body.inactiveReason, 'manually_disabled');
  });

  it('serves the landing routes and leaves the host routes and their body parser alone', async () => {
    const landing = await call('/api/quickbooks/intuit/reconnect');
    assert.equal(landing.status, 302);
    assert.equal(landing.location, `${origin}/settings/quickbooks?qbo-reconnect`);
    const echo = await call('/api/echo', { method: 'POST', body: JSON.stringify({ hello: 'host' }) });
    assert.equal(echo.status, 200);
    assert.deepEqual(echoed, [{ hello: 'host' }]);
  });
});
