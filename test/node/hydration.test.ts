// A server-rendered integration header in headless Chromium: complete without JavaScript, and taken over by the
// browser with no console error, no node removed, no layout shift, no status request while the server's snapshot
// is fresh, the same shadow trees a client render makes, and Connect Account opening the dialog as before.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.js';
import { startSsrSite } from '../helpers/ssr-site.js';
import type { SsrSite } from '../helpers/ssr-site.js';

let site: SsrSite;
let browser: Browser;

before(async () => {
  site = await startSsrSite();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')) });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens `path`, collecting console errors and uncaught exceptions. */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.origin}${path}`);
  return { page, errors };
}

/** Waits until the elements are defined and the provider's store is ready, then two frames more. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const provider = document.querySelector('qbo-connection') as (Element & { store?: { state: { status: string } } }) | null;
    return customElements.get('qbo-connection-status') && provider?.store?.state.status === 'ready';
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Each first-status element's shadow tree as markup (without the <style> the server writes; the client adopts its
 * sheets), with its host's attributes. A string, since tsx would wrap named functions in a helper the page lacks.
 */
const SHADOW_TREES = `(() => {
  function clean(root) {
    const copy = document.createElement('div');
    for (const node of root.childNodes) if (node.nodeName !== 'STYLE') copy.append(node.cloneNode(true));
    return copy.innerHTML.replace(/<!--[^>]*-->/g, '');
  }
  function host(element) {
    return [...element.attributes].map((a) => a.name + '=' + a.value).sort().join(' ');
  }
  const badge = document.querySelector('qbo-status-badge');
  const status = document.querySelector('qbo-connection-status');
  const link = status.shadowRoot.querySelector('qbo-connect-link');
  return {
    badge: host(badge) + ' | ' + clean(badge.shadowRoot),
    status: host(status) + ' | ' + clean(status.shadowRoot),
    link: host(link) + ' | ' + clean(link.shadowRoot),
  };
})()`;

function shadowTrees(page: Page): Promise<Record<string, string>> {
  return page.evaluate(SHADOW_TREES);
}

describe('a server-rendered page', () => {
  test('without JavaScript it shows the badge, the status line and Connect Account', async () => {
    const { page, errors } = await open('/ssr', { javaScriptEnabled: false });
    try {
      await page.locator('qbo-status-badge').getByText('Inactive', { exact: true }).waitFor({ state: 'visible' });
      await page.getByText('API Connection Status is Inactive').waitFor({ state: 'visible' });
      const connect = page.getByRole('button', { name: 'Connect Account' });
      await connect.waitFor({ state: 'visible' });
      const box = await connect.boundingBox();
      assert.ok(box && box.width > 40 && box.height > 10, `Connect Account is laid out: ${JSON.stringify(box)}`);
      assert.equal(await page.evaluate(() => customElements.get('qbo-status-badge')), undefined, 'no script ran');
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  });

  test('with JavaScript it is taken over: nothing removed, nothing shifted, no status request, same trees as a client render', async () => {
    const before = site.statusRequests();
    const { page, errors } = await open('/ssr');
    try {
      await hydrated(page);
      const watched = await page.evaluate(() => {
        const w = window as unknown as { removed: string[]; shift: number; serverNodes: { label: Node; status: Node } };
        const badge = document.querySelector('qbo-status-badge')!;
        const status = document.querySelector('qbo-connection-status')!;
        return {
          removed: w.removed,
          shift: w.shift,
          labelKept: badge.shadowRoot!.querySelector('[part=label]') === w.serverNodes.label && w.serverNodes.label.isConnected,
          statusKept: status.shadowRoot!.querySelector('[part=status]')!.firstChild === w.serverNodes.status,
          states: [badge.matches(':state(inactive)'), badge.matches(':state(active)'), status.matches(':state(inactive)')],
        };
      });
      assert.deepEqual(watched.removed, [], 'no node was removed');
      assert.equal(watched.shift, 0, 'no layout shift');
      assert.ok(watched.labelKept && watched.statusKept, "the server's nodes are the elements' own now");
      assert.deepEqual(watched.states, [true, false, true], 'custom states follow the status');
      assert.equal(site.statusRequests() - before, 0, 'the fresh server snapshot spares the status request');

      const client = await open('/client');
      try {
        await hydrated(client.page);
        assert.deepEqual(await shadowTrees(page), await shadowTrees(client.page), 'the server drew what the client draws');
        assert.deepEqual(client.errors, []);
      } finally {
        await client.page.context().close();
      }
      assert.equal(site.statusRequests() - before, 1, 'the client-rendered page needed one request: one more than the server-rendered one');

      // Everything works as before: Connect Account opens the dialog.
      await page.getByRole('button', { name: 'Connect Account' }).click();
      await page.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'No' }).click();
      await page.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor({ state: 'hidden' });
      assert.deepEqual(errors, [], 'the console stayed clean');
    } finally {
      await page.context().close();
    }
  });

  test('the whole integration header (Lit elements holding plain ones) hydrates without removing or shifting anything', async () => {
    const before = site.statusRequests();
    const { page, errors } = await open('/ssr?whole');
    try {
      await page.waitForFunction(() => {
        const header = document.querySelector('qbo-integration-header');
        const tabs = header?.shadowRoot?.querySelector('qbo-link-state-tabs');
        return customElements.get('qbo-integration-header') && tabs && !tabs.hasAttribute('defer-hydration') && (tabs as unknown as { hasUpdated: boolean }).hasUpdated;
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const watched = await page.evaluate(() => ({ removed: (window as unknown as { removed: string[] }).removed, shift: (window as unknown as { shift: number }).shift }));
      assert.deepEqual(watched.removed, [], 'no node was removed');
      assert.equal(watched.shift, 0, `no layout shift: ${await page.evaluate(() => (window as unknown as { shifted: string[] }).shifted.join('; '))}`);
      assert.equal(site.statusRequests() - before, 0, 'no status request');
      await page.getByRole('button', { name: 'Connect Account' }).first().click();
      await page.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor({ state: 'visible' });
      assert.deepEqual(errors, [], 'the console stayed clean');
    } finally {
      await page.context().close();
    }
  });

  test('a page from a cache (its snapshot an hour old) shows that status at once and asks the backend once', async () => {
    const before = site.statusRequests();
    const { page, errors } = await open(`/ssr?age=${60 * 60_000}`);
    try {
      await hydrated(page);
      await page.waitForFunction((count) => (window as unknown as { removed: string[] }).removed && count, before);
      for (let i = 0; i < 100 && site.statusRequests() === before; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(site.statusRequests() - before, 1);
      const removed = await page.evaluate(() => (window as unknown as { removed: string[] }).removed);
      assert.deepEqual(removed, [], 'the refresh found the same status: nothing removed');
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  });

  test('an adapter set after the elements upgraded (a framework hydrating) brings no "no adapter" warning', async () => {
    const before = site.statusRequests();
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    try {
      await page.goto(`${site.origin}/ssr?late-adapter`);
      await hydrated(page);
      assert.deepEqual(warnings, [], 'the console stayed clean while the provider waited for its adapter');
      assert.equal(site.statusRequests() - before, 0, 'the rendered snapshot still served as the first load');
    } finally {
      await context.close();
    }
  });
});
