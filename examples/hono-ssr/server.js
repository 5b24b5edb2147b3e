// A server-rendered integration page with hono: the page is rendered with the tenant's connection snapshot
// (qbo-reconnect/ssr), so the true status shows before any script runs; client/integration.js then hydrates it.
// The backend is qbo-reconnect/server on its default embedded database (PGlite, in memory), talking to the mock
// Intuit from qbo-reconnect/server/testing so the example runs without an Intuit developer account.
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createQboServer } from 'qbo-reconnect/server';
import { seedConnection, startMockIntuit } from 'qbo-reconnect/server/testing';
import { renderQboHtml } from 'qbo-reconnect/ssr';

const TENANT = 'acme'; // a real app takes it from the signed-in session
const assets = relative(process.cwd(), fileURLToPath(new URL('./dist', import.meta.url))) || '.';

/** The page around the rendered header; `header` is qbo-reconnect/ssr output, everything else is fixed text. */
const page = (header) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Integrations · server-rendered</title>
    <script type="module" src="/assets/integration.js"></script>
  </head>
  <body>
    <main>
      <h1>Integrations</h1>
      ${header}
      <p id="host-event">Last event: none yet</p>
    </main>
  </body>
</html>`;

/** Starts the example on 127.0.0.1:`port` (0 picks a free one); resolves to its URL and a close(). */
export async function start(port = 3000) {
  // The app is built once the port is known: the redirect URI and the allowed origin name it.
  let app = null;
  const server = await new Promise((resolve) => {
    const listener = serve({ fetch: (request, env) => (app ? app.fetch(request, env) : new Response('Starting', { status: 503 })), hostname: '127.0.0.1', port }, () => resolve(listener));
  });
  const origin = `http://127.0.0.1:${server.address().port}`;

  const intuit = await startMockIntuit();
  const qbo = await createQboServer({
    clientId: intuit.clientId,
    clientSecret: intuit.clientSecret,
    intuit: intuit.endpoints,
    redirectUris: [`${origin}/callback`],
    allowedOrigins: [origin],
    // A fixed key keeps the example short; a real app reads a secret 32-byte key from its environment.
    encryptionKey: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    tenant: () => ({ tenantId: TENANT, user: { name: 'Dana Ortiz' } }),
  });
  await seedConnection(qbo, TENANT, {
    linkState: 'inactive',
    inactiveReason: 'expired_credentials',
    company: { realmId: intuit.companies[0].realmId, name: intuit.companies[0].name },
  });

  const routes = new Hono();
  routes.route('/api/quickbooks', qbo.app);
  routes.use('/assets/*', serveStatic({ root: assets }));
  routes.get('/', async (c) => {
    // A failed read still renders the page: the elements show the named failure with Retry, and the browser retries.
    const snapshot = await qbo.connections.snapshot(TENANT).catch(() => null);
    const header = renderQboHtml(
      // authorization-origins: the mock Intuit's sign-in page is on another local origin; leave it out with real Intuit.
      `<qbo-connection redirect-uri="${origin}/callback" authorization-origins="${intuit.origin}">
        <qbo-integration-header heading-level="2"></qbo-integration-header>
      </qbo-connection>`,
      snapshot ? { snapshot, locale: 'en' } : { loadError: 'network', locale: 'en' },
    );
    return c.html(page(header));
  });
  routes.get('/callback', (c) =>
    c.html('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Connecting…</title><script type="module" src="/assets/callback.js"></script></head><body><p>Connecting…</p></body></html>'),
  );
  app = routes;

  return {
    url: `${origin}/`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await qbo.close();
      await intuit.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url, close } = await start(Number(process.env.PORT ?? 3000));
  console.log(`listening on ${url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void close().then(() => process.exit(0)));
}
