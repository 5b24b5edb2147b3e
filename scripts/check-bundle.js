// npm test's check of the drop-in as built: it imports in Node (server rendering) without throwing or leaving DOM
// stand-ins behind, handleOAuthCallback() does nothing there, the first-status elements are exported and the others
// come through loadQboElements(), the later elements and the dialog sit in lazily imported chunks without lit in the
// static part (nor the English texts only they show), and the callback file stands alone. Then in headless Chromium:
// an English page showing the status loads no lazy chunk before the first status, a French page gets only its table,
// a pointer over Connect Account brings the dialog, and a page holding a later element loads that chunk at once, with
// the host's text overrides applied to the first status at once and to the later texts once they arrive.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium-flags.js';

const out = mkdtempSync(join(tmpdir(), 'qbo-bundle-'));
for (const mode of ['bundle', 'callback']) {
  const built = spawnSync('node_modules/.bin/vite', ['build', '--mode', mode, '--logLevel', 'warn', '--outDir', out], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
writeFileSync(join(out, 'package.json'), '{"type":"module"}');
const entry = readFileSync(join(out, 'qbo-reconnect.bundle.js'), 'utf8');

const bundle = await import(pathToFileURL(join(out, 'qbo-reconnect.bundle.js')).href);
assert.equal(typeof globalThis.HTMLElement, 'undefined', 'the bundle left an HTMLElement stand-in behind');
assert.equal(typeof globalThis.document, 'undefined', 'the bundle left a document stand-in behind');
assert.deepEqual(bundle.handleOAuthCallback(), { delivered: 'none', params: null, closed: false });

// first-elements.ts lists the tags registered up front, later-elements.ts those of the later chunk.
const tagsOf = (file) => [...readFileSync(file, 'utf8').matchAll(/^\s+'(qbo-[a-z-]+)': (Qbo\w+),$/gm)];
const first = tagsOf('src/elements/first-elements.ts');
const later = tagsOf('src/elements/later-elements.ts');
assert.ok(first.length >= 5 && later.length >= 8, 'read the tags from first-elements.ts and later-elements.ts');
for (const [, tag, className] of first) {
  assert.equal(typeof bundle[className], 'function', `the bundle exports ${className}`);
  assert.equal(bundle.firstElements[tag], bundle[className], `${tag} is registered up front`);
}
for (const [, , className] of later) assert.equal(bundle[className], undefined, `${className} is not in the static part`);
assert.equal(typeof bundle.loadQboReconnectDialog, 'function', 'the bundle exports the dialog loader');
assert.equal(typeof bundle.loadQboElements, 'function', 'the bundle exports the loader of every class');
assert.match(entry, /import\(["'`]\.\/qbo-reconnect\.dialogs-[\w-]+\.js["'`]\)/, 'the dialog is a lazily imported chunk');
assert.match(entry, /import\(["'`]\.\/qbo-reconnect\.later-chunk-[\w-]+\.js["'`]\)/, 'the later elements are a lazily imported chunk');
assert.ok(entry.includes('API Connection Status is'), "the first status's English texts are in the static part");
assert.ok(!entry.includes('Are you sure to Reconnect?') && !entry.includes('Disconnect QuickBooks?'), 'the later English texts are not');
assert.ok(!entry.includes('part="message company"'), "the dialog's screens stay out of the static part");
assert.ok(!entry.includes('about:blank'), 'the sign-in window comes with the dialog, not up front');
assert.ok(!entry.includes('lit-html'), 'lit-html stays out of the static part');
assert.ok(!/role="tablist"/.test(entry), 'the link-state tabs stay out of the static part');

const callback = await import(pathToFileURL(join(out, 'qbo-reconnect.callback.js')).href);
assert.deepEqual(callback.handleOAuthCallback(), { delivered: 'none', params: null, closed: false });
assert.ok(!/\bimport\b[^(]/.test(readFileSync(join(out, 'qbo-reconnect.callback.js'), 'utf8')), 'the callback file imports nothing');
assert.ok(!readdirSync(out).some((name) => name.includes('callback') && name !== 'qbo-reconnect.callback.js' && !name.endsWith('.map')));

// In the browser, served from the build folder.
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/en' || path === '/fr') {
    response.writeHead(200, { 'content-type': 'text/html' });
    return response.end(`<!doctype html><html lang="${path.slice(1)}"><body></body></html>`);
  }
  try {
    const body = readFileSync(join(out, path.slice(1)));
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${server.address().port}`;
const pageErrors = [];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')) });
try {
  for (const lang of ['en', 'fr']) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${lang}: ${error.message}`));
    const chunks = [];
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname.slice(1);
      if (name.startsWith('qbo-reconnect.') && name !== 'qbo-reconnect.bundle.js') chunks.push(name.replace(/-[\w-]{8}\.js$/, ''));
    });
    await page.goto(`${origin}/${lang}`);
    // Until the backend answers, nothing lazy loads but the page's own string table.
    await page.evaluate(async () => {
      const { createHttpAdapter } = await import('/qbo-reconnect.bundle.js');
      const snapshot = { linkState: 'active', everReconnected: true, inactiveReason: null, company: { realmId: '1', name: 'Fintech' }, sync: null };
      const answered = new Promise((resolve) => (window.answer = () => resolve(snapshot)));
      const adapter = { ...createHttpAdapter({ baseUrl: '/none' }), load: () => answered };
      const provider = document.createElement('qbo-connection');
      provider.adapter = adapter;
      provider.innerHTML = '<qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status>';
      document.body.append(provider);
      await new Promise((r) => setTimeout(r, 300));
    });
    assert.deepEqual(chunks, lang === 'en' ? [] : ['qbo-reconnect.fr-CA'], `${lang}: what loads before the first status`);
    const shown = await page.evaluate(async () => {
      window.answer();
      const badge = document.querySelector('qbo-status-badge');
      for (let i = 0; i < 100 && !/Act/.test(badge.shadowRoot?.textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 20));
      return badge.shadowRoot.textContent.trim();
    });
    assert.equal(shown, lang === 'en' ? 'Active' : 'Actif', `${lang}: the badge speaks the page's language`);
    // A pointer over Connect Account (or the idle time after the first status) brings the dialog.
    await page.evaluate(() => {
      const link = document.querySelector('qbo-connection-status').shadowRoot.querySelector('qbo-connect-link');
      link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      return customElements.whenDefined('qbo-reconnect-dialog');
    });
    assert.ok(chunks.includes('qbo-reconnect.dialogs'), 'the dialog loads on intent');
    // Yes opens the sign-in window inside its click, with the window's code from the dialog's chunk.
    const openedInClick = await page.evaluate(async () => {
      const provider = document.querySelector('qbo-connection');
      const dialog = provider.appendChild(document.createElement('qbo-reconnect-dialog'));
      provider.store.requestReconnect();
      for (let i = 0; i < 100 && !dialog.shadowRoot?.querySelector('dialog[open]'); i++) await new Promise((r) => setTimeout(r, 20));
      let opened = 0;
      window.open = () => {
        opened++;
        return { closed: false, focus() {}, close() {}, location: { href: 'about:blank', replace() {} }, document: {} };
      };
      const yes = [...dialog.shadowRoot.querySelectorAll('button')].find((b) => /^(Yes|Oui)$/.test(b.textContent.trim()));
      yes.click();
      return opened;
    });
    assert.equal(openedInClick, 1, `${lang}: Yes opens the sign-in window synchronously`);
    assert.ok(!chunks.includes('qbo-reconnect.es-US'), 'the Spanish table never loads on an English or French page');
    // The later elements follow once the page is idle after the first status, and every class can be had.
    const classes = await page.evaluate(async () => {
      await customElements.whenDefined('qbo-link-state-tabs');
      const all = await (await import('/qbo-reconnect.bundle.js')).loadQboElements();
      return Object.entries(all).map(([tag, constructor]) => customElements.get(tag) === constructor);
    });
    assert.equal(classes.length, first.length + later.length + 1, 'loadQboElements() gives every tag');
    assert.ok(classes.every(Boolean), 'each class given is the one registered');
    await page.close();
  }
  // A page that holds a later element gets its chunk at once, before any status. The host's text overrides apply to
  // the first status at once and to the later texts once they are here, with no warning about either.
  const page = await browser.newPage();
  const loads = [];
  const warnings = [];
  page.on('request', (request) => loads.push(new URL(request.url()).pathname.slice(1)));
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${origin}/en`);
  await page.evaluate(async () => {
    const { createHttpAdapter } = await import('/qbo-reconnect.bundle.js');
    const snapshot = { linkState: 'active', everReconnected: true, inactiveReason: null, company: { realmId: '1', name: 'Fintech' }, sync: null };
    const answered = new Promise((resolve) => (window.answer = () => resolve(snapshot)));
    const provider = document.createElement('qbo-connection');
    provider.strings = { linkState: { active: 'Live' }, linkStateTab: { active: 'Live Link' } };
    provider.adapter = { ...createHttpAdapter({ baseUrl: '/none' }), load: () => answered };
    provider.innerHTML = '<qbo-status-badge></qbo-status-badge><qbo-link-state-tabs></qbo-link-state-tabs>';
    document.body.append(provider);
    await customElements.whenDefined('qbo-link-state-tabs');
  });
  assert.ok(loads.some((name) => name.startsWith('qbo-reconnect.later-chunk-')), 'the later chunk loads before any status');
  assert.ok(!loads.some((name) => name.startsWith('qbo-reconnect.dialogs-')), 'the dialog still waits');
  const shownBeforeAndAfter = await page.evaluate(async () => {
    window.answer();
    const provider = document.querySelector('qbo-connection');
    const badge = provider.querySelector('qbo-status-badge');
    for (let i = 0; i < 100 && badge.shadowRoot?.textContent !== 'Live'; i++) await new Promise((r) => setTimeout(r, 20));
    const first = badge.shadowRoot.textContent;
    const tabs = provider.querySelector('qbo-link-state-tabs');
    const tabText = () => [...(tabs.shadowRoot?.querySelectorAll('[role=tab]') ?? [])].map((tab) => tab.textContent.replace(/\s+/g, ' ').trim());
    for (let i = 0; i < 100 && !tabText().some((text) => text.startsWith('Live Link')); i++) await new Promise((r) => setTimeout(r, 20));
    return { first, tabs: tabText() };
  });
  assert.equal(shownBeforeAndAfter.first, 'Live', 'the first-status override applies');
  assert.ok(shownBeforeAndAfter.tabs.some((text) => text.startsWith('Live Link')), `the later override applies: ${shownBeforeAndAfter.tabs}`);
  assert.ok(shownBeforeAndAfter.tabs.some((text) => text.startsWith('Inactive Link')), 'the later English texts are here');
  assert.deepEqual(warnings, [], 'no override is reported as ignored');
  await page.close();

  // The reconnect run comes with the dialog's chunk, the disconnect run with the later elements'. When a chunk cannot
  // load (offline), asking says so with a network error event and nothing changes; once the page can load it again, asking opens the dialog.
  const offline = await browser.newPage();
  offline.on('pageerror', (error) => pageErrors.push(`offline: ${error.message}`));
  await offline.route(/qbo-reconnect\.(dialogs|later-chunk)-/, (route) => route.abort('internetdisconnected'));
  await offline.goto(`${origin}/en`);
  await mountProvider(offline);
  const connect = offline.locator('qbo-connect-link').getByRole('button', { name: /Connect Account/ });
  await connect.click();
  await offline.waitForFunction(() => window.reconnectErrors.length > 0);
  const afterFailure = await offline.evaluate(() => ({
    errors: window.reconnectErrors,
    flow: document.querySelector('qbo-connection').store.state.flow.name,
    dialog: customElements.get('qbo-reconnect-dialog') !== undefined,
  }));
  assert.deepEqual(afterFailure, { errors: ['network'], flow: 'idle', dialog: false }, 'a chunk that cannot load is a network error');
  const afterDisconnect = await offline.evaluate(async () => {
    const provider = document.querySelector('qbo-connection');
    provider.store.requestDisconnect();
    for (let i = 0; i < 100 && window.reconnectErrors.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    return { errors: window.reconnectErrors, disconnect: provider.store.state.disconnect.name };
  });
  assert.deepEqual(afterDisconnect, { errors: ['network', 'disconnect network'], disconnect: 'idle' }, 'so is the disconnect run');
  await offline.unroute(/qbo-reconnect\.(dialogs|later-chunk)-/);
  // Chromium keeps a module fetch that failed in the page's module map, so the same page cannot load that chunk
  // again; once the network is back, the page reloaded, Connect Account asks.
  await offline.reload();
  await mountProvider(offline);
  await connect.click();
  await offline.locator('qbo-reconnect-dialog').getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
  assert.equal(await offline.evaluate(() => document.querySelector('qbo-connection').store.state.flow.name), 'confirming');
  await offline.close();
  assert.deepEqual(pageErrors, [], 'no page threw');
} finally {
  await browser.close();
  server.close();
}

console.log(
  `drop-in: imports in Node, exports the ${first.length} first-status classes and loaders for the rest; the ${later.length} later elements, the dialog and the French and Spanish tables load lazily.`,
);

/** The offline page's provider: an inactive link whose status loads at once, with the status line and the dialog. */
async function mountProvider(page) {
  await page.evaluate(async () => {
    const { createHttpAdapter } = await import('/qbo-reconnect.bundle.js');
    const snapshot = { linkState: 'inactive', everReconnected: false, inactiveReason: 'expired_credentials', company: { realmId: '1', name: 'Fintech' }, sync: null };
    const provider = document.createElement('qbo-connection');
    provider.adapter = { ...createHttpAdapter({ baseUrl: '/none' }), load: async () => snapshot };
    provider.innerHTML = '<qbo-connection-status></qbo-connection-status><qbo-reconnect-dialog></qbo-reconnect-dialog>';
    window.reconnectErrors = [];
    provider.addEventListener('qbo-reconnect-error', (event) => window.reconnectErrors.push(event.detail.reason));
    provider.addEventListener('qbo-disconnect-error', (event) => window.reconnectErrors.push(`disconnect ${event.detail.reason}`));
    document.body.append(provider);
  });
}
