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

/** Whether the page's `<qbo-handoff-offer>`, in whichever shadow root, has hydrated (a string, as SHADOW_TREES). */
const OFFER_HYDRATED = `(() => {
  function find(root) {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'qbo-handoff-offer') return element;
      const inner = element.shadowRoot && find(element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  }
  const offer = find(document);
  return !!(offer && offer.hasUpdated);
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
      // The page's adapter issues hand-off links (createHttpAdapter), so the offer is there from the first paint.
      await page.getByRole('button', { name: 'Not a QuickBooks admin? Ask one to reconnect' }).waitFor({ state: 'visible' });
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
      await page.getByRole('button', { name: 'No', exact: true }).click();
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

  test('asking an admin as the first choice (admin access lost): drawn before Connect Account, kept as drawn, and it opens its form', async () => {
    const before = site.statusRequests();
    const { page, errors } = await open('/ssr?reason=admin_access_lost');
    try {
      await hydrated(page);
      await page.waitForFunction(() => {
        const status = document.querySelector('qbo-connection-status');
        const offer = status?.shadowRoot?.querySelector('qbo-handoff-offer') as (Element & { hasUpdated?: boolean }) | null;
        return !!offer?.hasUpdated;
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const seen = await page.evaluate(() => {
        const w = window as unknown as { removed: string[]; shift: number };
        const root = document.querySelector('qbo-connection-status')!.shadowRoot!;
        const order = [...root.querySelector('[part=base]')!.children].map((row) => row.getAttribute('part') ?? row.querySelector('[part]')?.getAttribute('part'));
        return { removed: w.removed, shift: w.shift, order, offer: root.querySelector('qbo-handoff-offer')!.getAttribute('offer') };
      });
      assert.deepEqual(seen.removed, [], 'no node was removed');
      assert.equal(seen.shift, 0, 'no layout shift');
      assert.equal(seen.offer, 'first');
      assert.deepEqual(seen.order, ['status', 'reason', 'next-step', 'handoff', 'link'], 'the offer comes before Connect Account');
      assert.equal(site.statusRequests() - before, 0, 'no status request');
      await page.getByRole('button', { name: 'Not a QuickBooks admin? Ask one to reconnect' }).click();
      await page.getByRole('dialog', { name: 'Ask a QuickBooks admin to reconnect' }).waitFor({ state: 'visible' });
      assert.deepEqual(errors, [], 'the console stayed clean');
    } finally {
      await page.context().close();
    }
  });

  test('an adapter without hand-off links or history, said so to the server: neither is drawn, nothing moves', async () => {
    const { page, errors } = await open('/ssr?whole&plain-adapter');
    try {
      await page.waitForFunction(() => {
        const header = document.querySelector('qbo-integration-header');
        const history = header?.shadowRoot?.querySelector('qbo-connection-history') as (Element & { hasUpdated?: boolean }) | null;
        return customElements.get('qbo-integration-header') && !!history?.hasUpdated;
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const seen = await page.evaluate(() => {
        const w = window as unknown as { removed: string[]; shift: number };
        const header = document.querySelector('qbo-integration-header')!.shadowRoot!;
        const status = header.querySelector('qbo-connection-status')!.shadowRoot!;
        const history = header.querySelector('qbo-connection-history')!.shadowRoot!;
        return { removed: w.removed, shift: w.shift, offer: !!status.querySelector('qbo-handoff-offer'), toggle: !!history.querySelector('[part=toggle]') };
      });
      assert.deepEqual(seen, { removed: [], shift: 0, offer: false, toggle: false });
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

  for (const [what, path] of [
    ['the header', '/ssr?late-adapter'],
    ['the whole integration header', '/ssr?whole&late-adapter'],
  ] as const) {
    test(`an adapter set after the elements upgraded (a framework hydrating), ${what}: no warning, no error, no request`, async () => {
      const before = site.statusRequests();
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      try {
        await page.goto(`${site.origin}${path}`);
        await hydrated(page);
        // The hand-off offer the server drew is hydrated, not drawn again beside it.
        await page.waitForFunction(OFFER_HYDRATED);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.deepEqual(problems, [], 'the console stayed clean while the provider waited for its adapter');
        assert.deepEqual(await page.evaluate(() => (window as unknown as { removed: string[] }).removed), [], 'nothing removed');
        assert.equal(site.statusRequests() - before, 0, 'the rendered snapshot still served as the first load');
      } finally {
        await context.close();
      }
    });
  }
});
