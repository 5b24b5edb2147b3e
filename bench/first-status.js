// Time to the first status on a throttled phone (slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up, 4× slower
// CPU), from navigation to the first frame that holds "API Connection Status is Inactive", for three pages of the
// same header: server-rendered with qbo-reconnect/ssr (and taken over by qbo-reconnect/hydrate), the client-rendered
// drop-in, and a hand-written client page that fetches the status and writes it. Each is a fresh page with a cold
// cache; the status comes from the same JSON route (GET /fs/api/connection), as a host's backend would answer it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const STATUS_TEXT = 'API Connection Status is Inactive';
const SNAPSHOT = {
  linkState: 'inactive',
  everReconnected: false,
  inactiveReason: 'expired_credentials',
  company: { realmId: '9130357766', name: 'Northwind Outfitters' },
  sync: null,
  credentialsExpireAt: null,
  connectedAt: null,
  connectedBy: null,
};
const HEADER = '<qbo-connection><qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status></qbo-connection>';

const page = (body, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Integrations</title><link rel="icon" href="data:,"></head>
<body><header>${body}</header><p>The rest of the host's page.</p>
<script type="module" src="${script}"></script></body></html>`;

/** The hand-written page's script: fetch the status and write it, with a Connect Account button when not active. */
const HAND = `
const header = document.querySelector('header');
const reply = await fetch('/fs/api/connection', { headers: { accept: 'application/json' } });
const snapshot = await reply.json();
const label = { active: 'Active', inactive: 'Inactive', disabled: 'Disabled' }[snapshot.linkState];
const badge = document.createElement('span');
badge.textContent = label;
const status = document.createElement('p');
status.textContent = 'API Connection Status is ' + label;
header.append(badge, status);
if (snapshot.linkState !== 'active') {
  const button = document.createElement('button');
  button.textContent = 'Connect Account';
  status.append(' ', button);
}
`;

/**
 * The routes of the three pages, from the built package in `dist` (the drop-in served at `bundleUrl`):
 * `(path) => { body, type } | null`. The server-rendered page is rendered per request, as a host would.
 */
export async function firstStatusRoutes(dist, bundleUrl) {
  const { renderQboHtml } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
  const hydrate = await build({
    stdin: {
      contents: `import './hydrate.js';
import { createHttpAdapter } from './index.js';
document.querySelector('qbo-connection').adapter = createHttpAdapter({ baseUrl: '/fs/api' });`,
      resolveDir: dist,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const dropIn = `import { createHttpAdapter } from '${bundleUrl}';
document.querySelector('qbo-connection').adapter = createHttpAdapter({ baseUrl: '/fs/api' });`;
  const js = (body) => ({ body, type: 'text/javascript' });
  const htmlOf = (body) => ({ body, type: 'text/html' });
  return (path) => {
    if (path === '/fs/api/connection') return { body: JSON.stringify(SNAPSHOT), type: 'application/json' };
    if (path === '/fs/ssr') return htmlOf(page(renderQboHtml(HEADER, { snapshot: SNAPSHOT, locale: 'en' }), '/fs/hydrate.js'));
    if (path === '/fs/hydrate.js') return js(hydrate.outputFiles[0].text);
    if (path === '/fs/drop-in') return htmlOf(page(HEADER, '/fs/drop-in.js'));
    if (path === '/fs/drop-in.js') return js(dropIn);
    if (path === '/fs/hand') return htmlOf(page('', '/fs/hand.js'));
    if (path === '/fs/hand.js') return js(HAND);
    return null;
  };
}

/** The pages measured, by name. */
export const FIRST_STATUS_PAGES = { ssr: '/fs/ssr', dropIn: '/fs/drop-in', hand: '/fs/hand' };

/** Before any script of the page: the time of the first frame whose text (shadow roots included) holds the status. */
const WATCH = `(() => {
  const holds = () => {
    if (document.body && document.body.textContent.includes(${JSON.stringify(STATUS_TEXT)})) return true;
    const status = document.querySelector('qbo-connection-status');
    return !!status && !!status.shadowRoot && status.shadowRoot.textContent.includes(${JSON.stringify(STATUS_TEXT)});
  };
  const check = () => {
    if (holds()) window.firstStatusAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Milliseconds from navigation to the first status for one page, in a fresh context under the slow-4G profile. */
export async function firstStatus(browser, origin, path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.addInitScript(WATCH);
    await tab.goto(`${origin}${path}`, { waitUntil: 'commit' });
    await tab.waitForFunction(() => window.firstStatusAt !== undefined, null, { timeout: 60_000, polling: 100 });
    return await tab.evaluate(() => window.firstStatusAt);
  } finally {
    await context.close();
  }
}
