// The webhook receiver snippet of docs/connection-events.md, run as written against a real server's webhooks: it
// verifies the signature, logs each event once, and refuses a forged one.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { uniqueTenant } from './databases.js';
import { freePort, newSecret, waitFor } from './event-helpers.js';
import { COMPANIES, connect, startStack, type Stack } from './helpers.js';

const docs = readFileSync(new URL('../../docs/connection-events.md', import.meta.url), 'utf8');
const snippet = /<!-- snippet: webhook-receiver -->\n```js\n([\s\S]*?)```/.exec(docs)?.[1];

describe('docs/connection-events.md: the Node receiver snippet', () => {
  const secret = newSecret();
  let receiver: ChildProcess;
  let output = '';
  let url: string;
  let stack: Stack;

  before(async () => {
    assert.ok(snippet, 'the docs keep the marked snippet');
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    // Evaluated from the package root, so `standardwebhooks` resolves as it would in a host's project.
    receiver = spawn(process.execPath, ['--input-type=module', '-e', snippet], {
      cwd: new URL('../../', import.meta.url),
      env: { ...process.env, QBO_WEBHOOK_SECRET: secret, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    receiver.stdout!.on('data', (chunk) => (output += chunk));
    await waitFor(() => fetch(url, { method: 'POST', body: '{}' }).then((r) => r.status === 400, () => false), 'the receiver to listen');
    stack = await startStack({ server: { webhooks: { url, secret }, eventDelivery: { interval: 0 } } });
  });
  after(async () => {
    receiver.kill();
    await stack.close();
  });

  it('logs each verified event once and answers 400 to a wrong signature', async () => {
    const tenant = uniqueTenant('docs');
    const linesOf = () => output.split('\n').filter((line) => line.includes(tenant));
    await connect(stack, tenant, COMPANIES[0]!.realmId);
    await waitFor(() => linesOf().some((line) => line.startsWith(`connection.connected ${tenant}`)), 'the logged event');
    assert.equal(linesOf().length, 1);

    // A replay of a signed request (same id) is accepted but handled once; a changed body or signature is refused.
    const body = JSON.stringify({ type: 'connection.disconnected', timestamp: new Date().toISOString(), data: { id: 'evt_replay', tenantId: tenant, reason: 'manually_disabled' } });
    const sentAt = new Date();
    const headers = {
      'content-type': 'application/json',
      'webhook-id': 'evt_replay',
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign('evt_replay', sentAt, body),
    };
    const post = (payload: string, extra: Record<string, string> = {}) => fetch(url, { method: 'POST', body: payload, headers: { ...headers, ...extra } });
    assert.equal((await post(body)).status, 204);
    assert.equal((await post(body)).status, 204);
    assert.equal((await post(body.replace('disconnected', 'connected'))).status, 400);
    assert.equal((await post(body, { 'webhook-signature': `v1,${Buffer.alloc(32).toString('base64')}` })).status, 400);
    assert.equal((await post(body, { 'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000) - 3600) })).status, 400);
    await waitFor(() => linesOf().length === 2, 'the replayed event');
    assert.deepEqual(linesOf(), [`connection.connected ${tenant} `, `connection.disconnected ${tenant} manually_disabled`]);
  });
});
