// A small host site for the hydration test: hono on node:http with the server half (PGlite, the mock Intuit) under
// /api/quickbooks, one tenant, and the same integration header served server-rendered (/ssr) and client-rendered
// (/client), with a script bundled from src that takes it over (qbo-reconnect/hydrate, then the adapter).
import { serve } from '@hono/node-server';
import { build } from 'esbuild';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { createQboServer } from '../../src/server/index.js';
import type { QboServer } from '../../src/server/index.js';
import { seedConnection, startMockIntuit } from '../../src/server/testing/index.js';
import type { MockIntuit } from '../../src/server/testing/index.js';
import { renderQboHtml } from '../../src/ssr/index.js';

export const TENANT = 'hydration';
export const HEADER_MARKUP =
  '<qbo-connection><qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status><qbo-reconnect-dialog></qbo-reconnect-dialog></qbo-connection>';
/** The whole integration header, a Lit element holding the others. */
export const INTEGRATION_HEADER_MARKUP = '<qbo-connection><qbo-integration-header></qbo-integration-header></qbo-connection>';

/**
 * Before any script: records every node removed from the page or from any shadow root, the layout shifts, and the
 * server's nodes (the badge's label, the status text) so the test can tell whether they were kept.
 */
const WATCH = `
window.removed = [];
window.shift = 0;
window.shifted = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.shift += entry.value;
    for (const source of entry.sources || []) {
      const node = source.node;
      const host = node && node.getRootNode && node.getRootNode().host;
      window.shifted.push((host ? host.localName + ' > ' : '') + (node ? node.nodeName + (node.getAttribute && node.getAttribute('part') ? '[part=' + node.getAttribute('part') + ']' : '') : '?') + ' ' + JSON.stringify(source.previousRect) + ' -> ' + JSON.stringify(source.currentRect));
    }
  }
}).observe({ type: 'layout-shift', buffered: true });
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.removedNodes) window.removed.push(record.target.nodeName + ' lost ' + node.nodeName + ' ' + (node.textContent || '').slice(0, 40));
});
const watch = (root) => {
  observer.observe(root, { childList: true, subtree: true });
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) watch(element.shadowRoot);
};
watch(document.body);
const badge = document.querySelector('qbo-status-badge');
window.serverNodes = badge && badge.shadowRoot ? {
  label: badge.shadowRoot.querySelector('[part=label]'),
  status: document.querySelector('qbo-connection-status').shadowRoot.querySelector('[part=status]').firstChild,
} : null;
`;

// The page holds its first paint until the header is parsed (`rel=expect` … `blocking=render`). Without it Chromium
// may paint a half-parsed header and then widen it as parsing goes on: layout shifts that happen before any element
// is defined, which the hydration test would take for shifts caused by hydration.
const page = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Integrations</title><link rel="icon" href="data:,">
<link rel="expect" href="#below" blocking="render">
<style>body { font-family: sans-serif; margin: 2rem; } header { display: flex; gap: 1rem; align-items: center; }</style>
</head><body>
<header>${body}</header>
<p id="below">The rest of the host's page.</p>
<script>${WATCH}</script>
<script type="module" src="/app.js"></script>
</body></html>`;

export interface SsrSite {
  origin: string;
  qbo: QboServer;
  /** GET /api/quickbooks/connection requests so far. */
  statusRequests(): number;
  close(): Promise<void>;
}

export async function startSsrSite(): Promise<SsrSite> {
  const client = await build({
    stdin: {
      contents: `import './src/hydrate.ts';
import { createHttpAdapter } from './src/index.ts';
// ?plain-adapter: an adapter without hand-off links and history (the server was told so: handoff and history false).
const full = createHttpAdapter({ baseUrl: '/api/quickbooks' });
const { createHandoff, cancelHandoff, history, ...plain } = full;
const adapter = new URLSearchParams(location.search).has('plain-adapter') ? plain : full;
const connection = document.querySelector('qbo-connection');
// ?late-adapter: the adapter comes after the page loaded, as a framework sets it when it hydrates.
if (new URLSearchParams(location.search).has('late-adapter')) addEventListener('load', () => setTimeout(() => (connection.adapter = adapter)));
else connection.adapter = adapter;`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const script = client.outputFiles[0]!.text;

  let handle: (request: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const server = serve({ fetch: (request) => handle(request), hostname: '127.0.0.1', port: 0 }, () => resolve(server));
  });
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const mock: MockIntuit = await startMockIntuit();
  const qbo = await createQboServer({
    clientId: mock.clientId,
    clientSecret: mock.clientSecret,
    intuit: mock.endpoints,
    redirectUris: [`${origin}/ssr`, `${origin}/client`],
    allowedOrigins: [origin],
    encryptionKey: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    sweepIntervalMs: 0,
    tenant: () => ({ tenantId: TENANT, user: { name: 'Dana Ortiz' } }),
  });
  const company = mock.companies[0]!;
  await seedConnection(qbo, TENANT, { linkState: 'inactive', inactiveReason: 'expired_credentials', company: { realmId: company.realmId, name: company.name } });

  let statusRequests = 0;
  const app = new Hono();
  app.use('/api/quickbooks/connection', async (c, next) => {
    if (c.req.method === 'GET') statusRequests++;
    await next();
  });
  app.route('/api/quickbooks', qbo.app);
  // ?age=ms renders a page whose snapshot is that old (a page kept in a cache); ?whole the integration header;
  // ?plain-adapter for a page whose adapter has no hand-off links and no history; ?reason=… draws the link inactive
  // for that reason (the snapshot is fresh, so the browser shows it without asking).
  app.get('/ssr', async (c) => {
    const stored: ConnectionSnapshot = await qbo.connections.snapshot(TENANT);
    const reason = c.req.query('reason') as ConnectionSnapshot['inactiveReason'] | undefined;
    const snapshot: ConnectionSnapshot = reason ? { ...stored, inactiveReason: reason } : stored;
    const age = Number(c.req.query('age') ?? 0);
    const markup = c.req.query('whole') === undefined ? HEADER_MARKUP : INTEGRATION_HEADER_MARKUP;
    const abilities = c.req.query('plain-adapter') === undefined ? {} : { handoff: false, history: false };
    return c.html(page(renderQboHtml(markup, { snapshot, locale: 'en', renderedAt: Date.now() - age, ...abilities })));
  });
  app.get('/client', (c) => c.html(page(HEADER_MARKUP)));
  app.get('/app.js', (c) => c.body(script, 200, { 'content-type': 'text/javascript' }));
  handle = (request) => app.fetch(request);

  return {
    origin,
    qbo,
    statusRequests: () => statusRequests,
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await qbo.close();
      await mock.close();
    },
  };
}
