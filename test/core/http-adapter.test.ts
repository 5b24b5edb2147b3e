// The HTTP adapter against msw in the browser: each route, each error mapping, headers, timeouts and aborts.
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { ConnectionAdapter } from '../../src/core/adapter.js';
import { ConnectionError } from '../../src/core/errors.js';
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import { SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_COMPANIES } from '../../src/mocks/memory-backend.js';
import { rejectionOf } from '../helpers/assertions.js';
import { useMockWorker } from '../helpers/msw.js';

const BASE = '/api/qbo-http';
const worker = useMockWorker('http-adapter');
const linked = SAMPLE_COMPANIES[0]!;
const other = SAMPLE_COMPANIES[1]!;


/** Records every request a handler sees, with its JSON body when it has one. */
function recorder() {
  const seen: Array<{ method: string; url: URL; headers: Headers; body: unknown }> = [];
  const record = async (request: Request) => {
    const text = await request.text();
    seen.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: text ? JSON.parse(text) : undefined });
  };
  return { seen, record };
}

describe('http adapter', () => {

  describe('routes', () => {
    it('GET {baseUrl}/connection returns the validated snapshot; a trailing slash is tolerated', async () => {
      const { seen, record } = recorder();
      worker.use(
        http.get(`${BASE}/connection`, async ({ request }) => {
          await record(request);
          return HttpResponse.json(SAMPLE_ACTIVE_SNAPSHOT);
        }),
      );
      const snapshot = await createHttpAdapter({ baseUrl: `${BASE}/` }).load();
      expect(snapshot).to.deep.equal(SAMPLE_ACTIVE_SNAPSHOT);
      expect(seen).to.have.length(1);
      expect(seen[0]!.method).to.equal('GET');
      expect(seen[0]!.headers.get('accept')).to.equal('application/json');
      expect(seen[0]!.headers.has('content-type')).to.equal(false);
    });

    it('accepts an absolute baseUrl', async () => {
      worker.use(http.get(`${BASE}/connection`, () => HttpResponse.json(SAMPLE_ACTIVE_SNAPSHOT)));
      const snapshot = await createHttpAdapter({ baseUrl: `${location.origin}${BASE}` }).load();
      expect(snapshot.linkState).to.equal('active');
    });

    it('POST {baseUrl}/connection/authorize sends { redirectUri } as JSON', async () => {
      const { seen, record } = recorder();
      const reply = { authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2?state=abc', state: 'abc' };
      worker.use(
        http.post(`${BASE}/connection/authorize`, async ({ request }) => {
          await record(request);
          return HttpResponse.json(reply);
        }),
      );
      const result = await createHttpAdapter({ baseUrl: BASE }).authorize({ redirectUri: 'https://app.example.com/cb' });
      expect(result).to.deep.equal(reply);
      expect(seen[0]!.body).to.deep.equal({ redirectUri: 'https://app.example.com/cb' });
      expect(seen[0]!.headers.get('content-type')).to.equal('application/json');
    });

    it('POST {baseUrl}/connection/complete maps a 200 to connected, sending confirmCompanySwitch only when set', async () => {
      const { seen, record } = recorder();
      worker.use(
        http.post(`${BASE}/connection/complete`, async ({ request }) => {
          await record(request);
          return HttpResponse.json(SAMPLE_ACTIVE_SNAPSHOT);
        }),
      );
      const adapter = createHttpAdapter({ baseUrl: BASE });
      const result = await adapter.complete({ code: 'c', state: 's', realmId: linked.realmId });
      expect(result).to.deep.equal({ outcome: 'connected', snapshot: SAMPLE_ACTIVE_SNAPSHOT });
      await adapter.complete({ code: 'c', state: 's', realmId: linked.realmId, confirmCompanySwitch: true });
      expect(seen.map((request) => request.body)).to.deep.equal([
        { code: 'c', state: 's', realmId: linked.realmId },
        { code: 'c', state: 's', realmId: linked.realmId, confirmCompanySwitch: true },
      ]);
    });

    it('maps a 409 company_mismatch to the mismatch outcome', async () => {
      worker.use(
        http.post(`${BASE}/connection/complete`, () =>
          HttpResponse.json({ error: 'company_mismatch', linked, incoming: other }, { status: 409 }),
        ),
      );
      const result = await createHttpAdapter({ baseUrl: BASE }).complete({ code: 'c', state: 's', realmId: other.realmId });
      expect(result).to.deep.equal({ outcome: 'company_mismatch', linked, incoming: other });
    });

    it('treats a 409 with another body as a server error', async () => {
      worker.use(
        http.post(`${BASE}/connection/complete`, () =>
          HttpResponse.json({ error: 'conflict', message: 'Another reconnect is running.' }, { status: 409 }),
        ),
      );
      const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE }).complete({ code: 'c', state: 's', realmId: '1' }));
      expect([error.reason, error.status, error.code, error.message]).to.deep.equal(['server', 409, 'conflict', 'Another reconnect is running.']);
    });

    it('DELETE {baseUrl}/connection returns the disabled snapshot', async () => {
      const { seen, record } = recorder();
      const disabled = { ...SAMPLE_ACTIVE_SNAPSHOT, linkState: 'disabled', inactiveReason: 'manually_disabled', credentialsExpireAt: null };
      worker.use(
        http.delete(`${BASE}/connection`, async ({ request }) => {
          await record(request);
          return HttpResponse.json(disabled);
        }),
      );
      const snapshot = await createHttpAdapter({ baseUrl: BASE }).disconnect!();
      expect(seen.map((request) => request.method)).to.deep.equal(['DELETE']);
      expect(seen[0]!.body).to.equal(undefined);
      expect(snapshot).to.deep.equal(disabled);
    });

    it('maps a 409 not_connected on DELETE to a server error with its code', async () => {
      worker.use(http.delete(`${BASE}/connection`, () => HttpResponse.json({ error: 'not_connected', message: 'Nothing is linked.' }, { status: 409 })));
      const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE }).disconnect!());
      expect([error.reason, error.status, error.code]).to.deep.equal(['server', 409, 'not_connected']);
    });

    it('reads a snapshot without the later fields as null, not as invalid', async () => {
      const { credentialsExpireAt, connectedAt, connectedBy, ...older } = SAMPLE_ACTIVE_SNAPSHOT;
      void credentialsExpireAt, void connectedAt, void connectedBy;
      worker.use(http.get(`${BASE}/connection`, () => HttpResponse.json(older)));
      const snapshot = await createHttpAdapter({ baseUrl: BASE }).load();
      expect([snapshot.credentialsExpireAt, snapshot.connectedAt, snapshot.connectedBy]).to.deep.equal([null, null, null]);
    });

    it('GET {baseUrl}/vendors omits the cursor on the first page and passes it after', async () => {
      const { seen, record } = recorder();
      worker.use(
        http.get(`${BASE}/vendors`, async ({ request }) => {
          await record(request);
          const cursor = new URL(request.url).searchParams.get('cursor');
          return HttpResponse.json(
            cursor === null
              ? { items: [{ id: null, name: 'Bayview Electric Co.' }], nextCursor: 'page-2' }
              : { items: [{ id: '42', name: 'Summit Office Products' }], nextCursor: null },
          );
        }),
      );
      const adapter = createHttpAdapter({ baseUrl: BASE });
      const first = await adapter.vendors({ cursor: null, limit: 1 });
      const second = await adapter.vendors({ cursor: first.nextCursor, limit: 1 });
      expect(first).to.deep.equal({ items: [{ id: null, name: 'Bayview Electric Co.' }], nextCursor: 'page-2' });
      expect(second.items).to.deep.equal([{ id: '42', name: 'Summit Office Products' }]);
      expect(seen.map((request) => request.url.search)).to.deep.equal(['?limit=1', '?cursor=page-2&limit=1']);
    });
  });

  describe('errors', () => {
    it('maps a non-2xx { error, message } to server with status and code', async () => {
      worker.use(
        http.get(`${BASE}/connection`, () =>
          HttpResponse.json({ error: 'not_linked', message: 'No integration for this account.' }, { status: 404 }),
        ),
      );
      const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE }).load());
      expect([error.reason, error.status, error.code, error.message]).to.deep.equal(['server', 404, 'not_linked', 'No integration for this account.']);
    });

    it('maps a non-JSON or shapeless error body to server with the status', async () => {
      worker.use(
        http.get(`${BASE}/connection`, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
        http.get(`${BASE}/vendors`, () => HttpResponse.json({ oops: true }, { status: 500 })),
      );
      const adapter = createHttpAdapter({ baseUrl: BASE });
      const html = await rejectionOf(adapter.load());
      expect([html.reason, html.status, html.code]).to.deep.equal(['server', 502, undefined]);
      const shapeless = await rejectionOf(adapter.vendors({ cursor: null, limit: 10 }));
      expect([shapeless.reason, shapeless.status, shapeless.code]).to.deep.equal(['server', 500, undefined]);
    });

    it('maps a failed fetch to network', async () => {
      worker.use(http.get(`${BASE}/connection`, () => HttpResponse.error()));
      const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE }).load());
      expect(error.reason).to.equal('network');
    });

    it('maps no reply within timeoutMs to timeout', async () => {
      worker.use(
        http.get(`${BASE}/connection`, async () => {
          await delay(1000);
          return HttpResponse.json(SAMPLE_ACTIVE_SNAPSHOT);
        }),
      );
      const started = performance.now();
      const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE, timeoutMs: 60 }).load());
      expect(error.reason).to.equal('timeout');
      expect(performance.now() - started).to.be.below(900);
    });

    it('holds the timeout even when the fetch ignores the abort signal', async () => {
      // A host wrapper that drops init.signal and never settles: only our own deadline can end the request.
      const signalDropping: typeof fetch = () => new Promise<Response>(() => {});
      const started = performance.now();
      const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE, fetch: signalDropping, timeoutMs: 60 }).load());
      expect(error.reason).to.equal('timeout');
      expect(performance.now() - started).to.be.below(900);
    });

    it('holds the timeout when the reply body never ends', async () => {
      const endlessBody: typeof fetch = async () =>
        new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"linkState"')) }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      const error = await rejectionOf(createHttpAdapter({ baseUrl: BASE, fetch: endlessBody, timeoutMs: 60 }).load());
      expect(error.reason).to.equal('timeout');
    });

    it('lets the caller abort a fetch that ignores the signal', async () => {
      const signalDropping: typeof fetch = () => new Promise<Response>(() => {});
      const controller = new AbortController();
      const pending = createHttpAdapter({ baseUrl: BASE, fetch: signalDropping, timeoutMs: 5000 }).load({ signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      expect((await rejectionOf(pending)).reason).to.equal('aborted');
    });

    it('maps the caller aborting mid-flight to aborted', async () => {
      worker.use(
        http.get(`${BASE}/connection`, async () => {
          await delay(1000);
          return HttpResponse.json(SAMPLE_ACTIVE_SNAPSHOT);
        }),
      );
      const controller = new AbortController();
      const pending = createHttpAdapter({ baseUrl: BASE, timeoutMs: 5000 }).load({ signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      expect((await rejectionOf(pending)).reason).to.equal('aborted');
    });

    it('rejects an already aborted signal as aborted without sending anything', async () => {
      let calls = 0;
      const adapter = createHttpAdapter({
        baseUrl: BASE,
        fetch: async () => {
          calls++;
          return Response.json(SAMPLE_ACTIVE_SNAPSHOT);
        },
      });
      expect((await rejectionOf(adapter.load({ signal: AbortSignal.abort() }))).reason).to.equal('aborted');
      expect(calls).to.equal(0);
    });

    it('maps a 2xx body that is not JSON, is empty, or fails the schema to invalid_response', async () => {
      worker.use(
        http.get(`${BASE}/connection`, () => HttpResponse.text('all good')),
        http.post(`${BASE}/connection/authorize`, () =>
          HttpResponse.json({ authorizationUrl: 'javascript:alert(1)', state: 's' }),
        ),
        http.post(`${BASE}/connection/complete`, () => new HttpResponse(null, { status: 200 })),
        http.get(`${BASE}/vendors`, () => HttpResponse.json({ items: [{ id: 7, name: 'A' }], nextCursor: null })),
      );
      const adapter = createHttpAdapter({ baseUrl: BASE });
      const failures = await Promise.all([
        rejectionOf(adapter.load()),
        rejectionOf(adapter.authorize({ redirectUri: 'https://app.example.com/cb' })),
        rejectionOf(adapter.complete({ code: 'c', state: 's', realmId: '1' })),
        rejectionOf(adapter.vendors({ cursor: null, limit: 5 })),
      ]);
      expect(failures.map((error) => error.reason)).to.deep.equal(Array(4).fill('invalid_response'));
    });

    it('rejects malformed calls from plain JavaScript with a ConnectionError, not a TypeError', async () => {
      const adapter = createHttpAdapter({ baseUrl: BASE }) as unknown as { authorize(request: unknown): Promise<unknown> };
      const error = await rejectionOf(adapter.authorize(undefined));
      expect(error.reason).to.equal('server');
    });
  });

  describe('headers, fetch and credentials', () => {
    function echoAuthorization() {
      const tokens: Array<string | null> = [];
      worker.use(
        http.get(`${BASE}/connection`, ({ request }) => {
          tokens.push(request.headers.get('authorization'));
          return HttpResponse.json(SAMPLE_ACTIVE_SNAPSHOT);
        }),
      );
      return tokens;
    }

    it('sends static headers', async () => {
      const tokens = echoAuthorization();
      await createHttpAdapter({ baseUrl: BASE, headers: { Authorization: 'Bearer static' } }).load();
      await createHttpAdapter({ baseUrl: BASE, headers: [['Authorization', 'Bearer pairs']] }).load();
      expect(tokens).to.deep.equal(['Bearer static', 'Bearer pairs']);
    });

    it('calls a (possibly async) headers function before every request, for rotating tokens', async () => {
      const tokens = echoAuthorization();
      let issued = 0;
      const adapter: ConnectionAdapter = createHttpAdapter({
        baseUrl: BASE,
        headers: async () => {
          await delay(5);
          return { Authorization: `Bearer token-${++issued}` };
        },
      });
      await adapter.load();
      await adapter.load();
      expect(tokens).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
    });

    it('keeps Content-Type JSON for bodies even when the headers set another', async () => {
      const types: Array<string | null> = [];
      worker.use(
        http.post(`${BASE}/connection/authorize`, ({ request }) => {
          types.push(request.headers.get('content-type'));
          return HttpResponse.json({ authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2', state: 's' });
        }),
      );
      await createHttpAdapter({ baseUrl: BASE, headers: { 'Content-Type': 'text/plain' } }).authorize({ redirectUri: 'https://a.example/cb' });
      expect(types).to.deep.equal(['application/json']);
    });

    it('turns a failing headers function into a network error', async () => {
      const adapter = createHttpAdapter({
        baseUrl: BASE,
        headers: () => {
          throw new Error('token endpoint down');
        },
      });
      const error = await rejectionOf(adapter.load());
      expect(error.reason).to.equal('network');
      expect(error.message).to.contain('token endpoint down');
    });

    it('uses the given fetch, unbound, with the credentials option', async () => {
      const calls: Array<{ url: string; init: RequestInit | undefined; self: unknown }> = [];
      const fetchDouble = function (this: unknown, url: RequestInfo | URL, init?: RequestInit) {
        calls.push({ url: String(url), init, self: this });
        return Promise.resolve(Response.json(SAMPLE_ACTIVE_SNAPSHOT));
      };
      const adapter = createHttpAdapter({ baseUrl: 'https://api.example.com/qbo/', fetch: fetchDouble, credentials: 'include' });
      await adapter.load();
      expect(calls[0]!.url).to.equal('https://api.example.com/qbo/connection');
      expect(calls[0]!.init?.credentials).to.equal('include');
      expect(calls[0]!.init?.method).to.equal('GET');
      expect(calls[0]!.self).to.equal(undefined);
    });

    it('looks the global fetch up when each request starts', async () => {
      const adapter = createHttpAdapter({ baseUrl: BASE });
      const original = globalThis.fetch;
      let used = 0;
      globalThis.fetch = async () => {
        used++;
        return Response.json(SAMPLE_ACTIVE_SNAPSHOT);
      };
      try {
        await adapter.load();
      } finally {
        globalThis.fetch = original;
      }
      expect(used).to.equal(1);
    });
  });
});
