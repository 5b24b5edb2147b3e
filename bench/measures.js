// The measures of `npm run bench`, each run in a fresh page: node side, driving bench/page.js through playwright.

/** A blank page with bench/page.js loaded and, for a build of ours, that build's drop-in imported. */
export async function openPage(browser, origin, bundleUrl) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.addScriptTag({ type: 'module', url: '/bench/page.js' });
  await page.waitForFunction(() => window.benchPage);
  if (bundleUrl) await page.evaluate((url) => import(url), bundleUrl);
  return page;
}

async function metrics(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map(({ name, value }) => [name, value]));
  };
}

/** Milliseconds to render 1,000 badges: one of our builds (inside a loaded provider) or an anchor. */
export async function badges(browser, origin, variant) {
  const page = await openPage(browser, origin, variant.bundle);
  try {
    return await page.evaluate(async ({ tag, ours, shoelace }) => {
      const b = window.benchPage;
      if (shoelace) {
        await import(shoelace);
        await customElements.whenDefined('sl-badge');
      } else if (!ours) await b.defineAnchors();
      let parent = document.body;
      if (ours) {
        const adapter = b.memoryAdapter();
        adapter.next = b.ACTIVE;
        parent = await b.loadedProvider(document.body, adapter);
      }
      await b.frame();
      return b.renderMany(parent, tag, 1000, shoelace ? { variant: 'success' } : {});
    }, variant);
  } finally {
    await page.close();
  }
}

/** JavaScript time in a CPU profile: every sample that is not idle, "(program)" (style, layout, paint) or GC. */
function scriptMs(profile) {
  const idle = new Set(profile.nodes.filter((node) => /^\((idle|program|garbage collector)\)$/.test(node.callFrame.functionName)).map((node) => node.id));
  let total = 0;
  profile.samples.forEach((id, index) => {
    if (!idle.has(id)) total += profile.timeDeltas[index + 1] ?? 0;
  });
  return total / 1000;
}

/**
 * One state change (inactive → active) under 1,000 badges and 1,000 vendor IDs, until every element shows it:
 * script time (sampled CPU profile) and the whole tasks' time (script, style and layout).
 */
export async function stateChange(browser, origin, bundle) {
  const page = await openPage(browser, origin, bundle);
  try {
    await page.evaluate(async () => {
      const b = window.benchPage;
      window.adapter = b.memoryAdapter();
      window.provider = await b.loadedProvider(document.body, window.adapter);
      await b.renderMany(window.provider, 'qbo-status-badge', 1000);
      await b.renderMany(window.provider, 'qbo-vendor-id', 1000, { 'vendor-id': (i) => String(1000 + i) }, true);
      await b.frame();
    });
    const read = await metrics(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const before = await read();
    await cdp.send('Profiler.start');
    await page.evaluate(async () => {
      const b = window.benchPage;
      window.adapter.next = b.ACTIVE;
      await window.provider.refresh();
      await b.updated(window.provider.benchCells);
    });
    const { profile } = await cdp.send('Profiler.stop');
    const after = await read();
    return { script: scriptMs(profile), task: (after.TaskDuration - before.TaskDuration) * 1000 };
  } finally {
    await page.close();
  }
}

/** 10,000 vendor-ID cells: first render, nodes, and the placeholder → ID swap's longest task; or the hand-written cell. */
export async function bigTable(browser, origin, bundle) {
  const page = await openPage(browser, origin, bundle);
  try {
    return await page.evaluate(async (ours) => {
      const b = window.benchPage;
      const ids = { 'vendor-id': (i) => String(100000 + i) };
      if (!ours) {
        const { HandVendorId } = await b.defineAnchors();
        const host = document.createElement('div');
        document.body.append(host);
        await b.frame();
        const firstRender = await b.renderMany(host, 'hand-vendor-id', 10000, ids, true);
        const nodes = host.benchCells.reduce((sum, cell) => sum + b.countNodes(cell), 0);
        const longest = await b.longestTask(async () => {
          for (const cell of HandVendorId.cells) cell.show(true);
        });
        return { firstRender, nodes, swap: longest };
      }
      const adapter = b.memoryAdapter();
      const provider = await b.loadedProvider(document.body, adapter);
      await b.frame();
      const firstRender = await b.renderMany(provider, 'qbo-vendor-id', 10000, ids, true);
      const cells = provider.benchCells;
      const nodes = cells.reduce((sum, cell) => sum + b.countNodes(cell), 0);
      adapter.next = b.ACTIVE;
      const longest = await b.longestTask(async () => {
        await provider.refresh();
        await b.updated(cells);
      });
      const swapped = cells.every((cell) => cell.getAttribute('state') === 'id');
      return { firstRender, nodes, swap: longest, swapped };
    }, Boolean(bundle));
  } finally {
    await page.close();
  }
}

/** Requests a provider makes when a tab hidden for an hour comes back (visible, then focused). */
export async function comeBack(browser, origin, bundle) {
  const page = await openPage(browser, origin, bundle);
  try {
    return await page.evaluate(async () => {
      const b = window.benchPage;
      const adapter = b.memoryAdapter();
      await b.loadedProvider(document.body, adapter);
      const loadsBefore = adapter.loads;
      const realNow = Date.now;
      let hidden = false;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      Date.now = () => realNow() + 60 * 60_000;
      await new Promise((resolve) => setTimeout(resolve, 50));
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('focus'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return adapter.loads - loadsBefore;
    });
  } finally {
    await page.close();
  }
}
