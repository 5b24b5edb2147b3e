// The HTTP adapter's hand-off routes against msw: POST and DELETE {baseUrl}/connection/handoff and their refusals.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ConnectionError } from '../../src/core/errors.js';
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import { SAMPLE_INACTIVE_SNAPSHOT } from '../../src/mocks/memory-backend.js';
import { rejectionOf } from '../helpers/assertions.js';
import { useMockWorker } from '../helpers/msw.js';

const BASE = '/api/qbo-handoff';
const worker = useMockWorker('http-adapter-handoff');
const adapter = () => createHttpAdapter({ baseUrl: BASE });
const LINK = { url: 'https://host.example/qbo/handoff/t0k3n', expiresAt: '2026-12-11T10:00:00Z', sentTo: 'ops@northwind.example' };

describe('http adapter: hand-off routes', () => {
  it('POST /connection/handoff sends only the fields given and returns the validated link', async () => {
    const bodies: unknown[] = [];
    worker.use(
      http.post(`${BASE}/connection/handoff`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(LINK);
      }),
    );
    expect(await adapter().createHandoff!({ email: 'ops@northwind.example', note: 'Please', lang: 'es-US' })).to.deep.equal(LINK);
    expect(await adapter().createHandoff!({})).to.deep.equal(LINK);
    expect(bodies).to.deep.equal([{ email: 'ops@northwind.example', note: 'Please', lang: 'es-US' }, {}]);
  });

  it('reads a reply without sentTo as null, and refuses a link that is not http(s)', async () => {
    worker.use(http.post(`${BASE}/connection/handoff`, () => HttpResponse.json({ url: LINK.url, expiresAt: LINK.expiresAt }), { once: true }));
    expect((await adapter().createHandoff!({})).sentTo).to.equal(null);
    worker.use(http.post(`${BASE}/connection/handoff`, () => HttpResponse.json({ ...LINK, url: 'javascript:alert(1)' }), { once: true }));
    const error = await rejectionOf(adapter().createHandoff!({}));
    expect(error).to.be.instanceOf(ConnectionError);
    expect((error as ConnectionError).reason).to.equal('invalid_response');
  });

  it('a 429 is rate_limited with retryAfter from the body, else from Retry-After, even without a code', async () => {
    worker.use(
      http.post(`${BASE}/connection/handoff`, () => HttpResponse.json({ error: 'rate_limited', message: 'Slow down.', retryAfter: 600 }, { status: 429 }), { once: true }),
    );
    let error = (await rejectionOf(adapter().createHandoff!({}))) as ConnectionError;
    expect([error.reason, error.status, error.code, error.retryAfter, error.message]).to.deep.equal(['server', 429, 'rate_limited', 600, 'Slow down.']);
    worker.use(http.post(`${BASE}/connection/handoff`, () => new HttpResponse('busy', { status: 429, headers: { 'Retry-After': '90' } }), { once: true }));
    error = (await rejectionOf(adapter().createHandoff!({}))) as ConnectionError;
    expect([error.code, error.retryAfter]).to.deep.equal(['rate_limited', 90]);
    worker.use(http.post(`${BASE}/connection/handoff`, () => HttpResponse.json({ error: 'rate_limited' }, { status: 429 }), { once: true }));
    error = (await rejectionOf(adapter().createHandoff!({}))) as ConnectionError;
    expect([error.code, error.retryAfter]).to.deep.equal(['rate_limited', undefined]);
  });

  it('a 409 keeps the contract code: handoff_not_needed, not_connected', async () => {
    for (const code of ['handoff_not_needed', 'not_connected']) {
      worker.use(http.post(`${BASE}/connection/handoff`, () => HttpResponse.json({ error: code, message: 'No.' }, { status: 409 }), { once: true }));
      const error = (await rejectionOf(adapter().createHandoff!({}))) as ConnectionError;
      expect([error.reason, error.status, error.code]).to.deep.equal(['server', 409, code]);
    }
  });

  it('DELETE /connection/handoff returns the validated snapshot; a failure is a named error', async () => {
    const methods: string[] = [];
    worker.use(
      http.delete(`${BASE}/connection/handoff`, ({ request }) => {
        methods.push(request.method);
        return HttpResponse.json({ ...SAMPLE_INACTIVE_SNAPSHOT, handoff: null });
      }, { once: true }),
    );
    expect((await adapter().cancelHandoff!()).handoff).to.equal(null);
    expect(methods).to.deep.equal(['DELETE']);
    worker.use(http.delete(`${BASE}/connection/handoff`, () => HttpResponse.error(), { once: true }));
    expect(((await rejectionOf(adapter().cancelHandoff!())) as ConnectionError).reason).to.equal('network');
    worker.use(http.delete(`${BASE}/connection/handoff`, () => HttpResponse.json({ linkState: 'gone' }), { once: true }));
    expect(((await rejectionOf(adapter().cancelHandoff!())) as ConnectionError).reason).to.equal('invalid_response');
  });
});
