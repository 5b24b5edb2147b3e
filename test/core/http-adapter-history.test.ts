// The HTTP adapter's history route against msw: the query, validation, a 404 as "not supported", and the loader.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ConnectionError } from '../../src/core/errors.js';
import { HISTORY_NOT_SUPPORTED, HistoryLoader, isHistoryNotSupported } from '../../src/core/history.js';
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import type { HistoryItem } from '../../src/core/model.js';
import { sampleHistoryInactive } from '../../src/mocks/index.js';
import { rejectionOf } from '../helpers/assertions.js';
import { useMockWorker } from '../helpers/msw.js';

const BASE = '/api/qbo-http-history';
const worker = useMockWorker('http-adapter-history');
const items: HistoryItem[] = sampleHistoryInactive('admin_access_lost');

describe('http adapter: history', () => {
  it('GET {baseUrl}/connection/history omits the cursor on the first page, passes it after, and validates the page', async () => {
    const seen: URL[] = [];
    worker.use(
      http.get(`${BASE}/connection/history`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url);
        return url.searchParams.get('cursor')
          ? HttpResponse.json({ items: items.slice(2, 4), nextCursor: null })
          : HttpResponse.json({ items: items.slice(0, 2), nextCursor: 'c2' });
      }),
    );
    const adapter = createHttpAdapter({ baseUrl: BASE });
    const first = await adapter.history!({ cursor: null, limit: 2 });
    const second = await adapter.history!({ cursor: first.nextCursor, limit: 2 });
    expect(first).to.deep.equal({ items: items.slice(0, 2), nextCursor: 'c2' });
    expect(second.items).to.deep.equal(items.slice(2, 4));
    expect(seen.map((url) => url.search)).to.deep.equal(['?limit=2', '?cursor=c2&limit=2']);
  });

  it('reads daysLeft and requestedBy as null when an older backend omits them', async () => {
    const { daysLeft: _d, requestedBy: _r, ...older } = items[0]!;
    worker.use(http.get(`${BASE}/connection/history`, () => HttpResponse.json({ items: [older], nextCursor: null })));
    const page = await createHttpAdapter({ baseUrl: BASE }).history!({ cursor: null, limit: 20 });
    expect(page.items[0]!.daysLeft).to.equal(null);
    expect(page.items[0]!.requestedBy).to.equal(null);
  });

  it('answers a 404 with the named "not supported" failure, any other failure as a server error', async () => {
    worker.use(http.get(`${BASE}/connection/history`, () => HttpResponse.json({ error: 'not_found' }, { status: 404 })));
    const missing = await rejectionOf(createHttpAdapter({ baseUrl: BASE }).history!({ cursor: null, limit: 20 }));
    expect(missing).to.be.instanceOf(ConnectionError);
    expect((missing as ConnectionError).code).to.equal(HISTORY_NOT_SUPPORTED);
    expect(isHistoryNotSupported(missing)).to.equal(true);

    worker.use(http.get(`${BASE}/connection/history`, () => HttpResponse.json({ error: 'server_error' }, { status: 500 })));
    const failed = (await rejectionOf(createHttpAdapter({ baseUrl: BASE }).history!({ cursor: null, limit: 20 }))) as ConnectionError;
    expect(failed.reason).to.equal('server');
    expect(failed.status).to.equal(500);
    expect(isHistoryNotSupported(failed)).to.equal(false);
  });

  it('rejects a malformed page as invalid_response', async () => {
    worker.use(
      http.get(`${BASE}/connection/history`, () =>
        HttpResponse.json({ items: [{ ...items[0], type: 'exploded', at: 'yesterday' }], nextCursor: null }),
      ),
    );
    const error = (await rejectionOf(createHttpAdapter({ baseUrl: BASE }).history!({ cursor: null, limit: 20 }))) as ConnectionError;
    expect(error.reason).to.equal('invalid_response');
  });

  describe('HistoryLoader over it', () => {
    it('pages through, then reports "unsupported" for a backend without the route', async () => {
      worker.use(
        http.get(`${BASE}/connection/history`, ({ request }) => {
          const cursor = new URL(request.url).searchParams.get('cursor');
          const start = cursor ? Number(cursor) : 0;
          const end = start + 10;
          return HttpResponse.json({ items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null });
        }),
      );
      const states: string[] = [];
      const loader = new HistoryLoader(createHttpAdapter({ baseUrl: BASE }), { onChange: (state) => states.push(state.status) });
      await loader.load();
      expect(loader.state.items).to.have.length(10);
      expect(loader.state.nextCursor).to.equal('10');
      await loader.more();
      expect(loader.state.items).to.deep.equal(items);
      expect(loader.state.nextCursor).to.equal(null);
      expect(states).to.deep.equal(['loading', 'ready', 'loading', 'ready']);

      worker.use(http.get(`${BASE}/connection/history`, () => new HttpResponse(null, { status: 404 })));
      const unsupported = new HistoryLoader(createHttpAdapter({ baseUrl: BASE }));
      await unsupported.load();
      expect(unsupported.state.status).to.equal('unsupported');
    });

    it('is "unsupported" at once for an adapter without history, and never calls it', async () => {
      const { history: _h, ...without } = createHttpAdapter({ baseUrl: BASE });
      const loader = new HistoryLoader(without);
      expect(loader.state.status).to.equal('unsupported');
      await loader.load();
      expect(loader.state.status).to.equal('unsupported');
    });
  });
});
