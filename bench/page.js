// The browser half of `npm run bench`: builds one variant's page content and measures it. Loaded as a module into a
// blank page by scripts/bench.js, which reads the figures through window.bench.

const ACTIVE = {
  linkState: 'active',
  everReconnected: true,
  inactiveReason: null,
  company: { realmId: '9130', name: 'Fintech Ltd' },
  sync: { totalFiles: 12, lastSyncAt: '2026-11-20T10:00:00Z' },
  credentialsExpireAt: null,
  connectedAt: null,
  connectedBy: null,
};
const INACTIVE = { ...ACTIVE, linkState: 'inactive', inactiveReason: 'expired_credentials' };

/** An adapter answering from memory at once; `next` is what the following load returns; `loads` counts requests. */
export function memoryAdapter() {
  const adapter = {
    next: INACTIVE,
    loads: 0,
    async load() {
      adapter.loads += 1;
      return adapter.next;
    },
    async authorize() {
      return { authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2', state: 's' };
    },
    async complete() {
      return { outcome: 'connected', snapshot: ACTIVE };
    },
    async vendors() {
      return { items: [], nextCursor: null };
    },
  };
  return adapter;
}

/** The anchors: a one-span vanilla badge, a minimal Lit badge, a hand-written vendor-ID cell. */
export async function defineAnchors() {
  const { LitElement, html, css } = await import('/lit-anchor.js');
  class VanillaBadge extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const span = document.createElement('span');
      span.textContent = 'Active';
      root.append(span);
    }
  }
  class LitBadge extends LitElement {
    static styles = css`span{border-radius:999px;padding:0 .5em}`;
    render() {
      return html`<span>Active</span>`;
    }
  }
  /** A hand-written cell: shadow root, one span, one text node, swapped in place when `live` flips. */
  class HandVendorId extends HTMLElement {
    static cells = new Set();
    connectedCallback() {
      if (!this.shadowRoot) {
        this.text = document.createTextNode('Integration Account Name');
        const span = document.createElement('span');
        span.append(this.text);
        this.attachShadow({ mode: 'open' }).append(span);
      }
      HandVendorId.cells.add(this);
    }
    show(live) {
      this.text.data = live ? this.getAttribute('vendor-id') : 'Integration Account Name';
    }
  }
  customElements.define('vanilla-badge', VanillaBadge);
  customElements.define('lit-badge', LitBadge);
  customElements.define('hand-vendor-id', HandVendorId);
  return { HandVendorId };
}

/** `root` and every node below it, its shadow root and the shadow root's content included. */
export function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    count += 1;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return count;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Resolves once every element in `elements` that has an updateComplete has finished updating. */
async function updated(elements) {
  for (;;) {
    const results = await Promise.all(elements.map((el) => el.updateComplete ?? true));
    if (results.every(Boolean)) return;
  }
}

/** A provider with the given snapshot already loaded. */
export async function loadedProvider(container, adapter) {
  const provider = document.createElement('qbo-connection');
  provider.adapter = adapter;
  provider.redirectUri = 'https://host.example/oauth/callback';
  container.append(provider);
  await provider.updateComplete;
  await frame();
  return provider;
}

/**
 * Time from inserting `count` elements of `tag` (inside `parent`; in the rows of a table when `table` is set, as a
 * host's Vendors table holds them) to their rendered, laid-out state. The elements are kept in `parent.benchCells`.
 */
export async function renderMany(parent, tag, count, attributes = {}, table = false) {
  const fragment = document.createDocumentFragment();
  const tbody = table ? document.createElement('tbody') : null;
  const cells = [];
  for (let i = 0; i < count; i += 1) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, typeof value === 'function' ? value(i) : value);
    cells.push(el);
    if (tbody) tbody.insertRow().insertCell().append(el);
    else fragment.append(el);
  }
  if (tbody) {
    const tableElement = document.createElement('table');
    tableElement.append(tbody);
    fragment.append(tableElement);
  }
  parent.benchCells = [...(parent.benchCells ?? []), ...cells];
  const start = performance.now();
  parent.append(fragment);
  await updated(cells);
  void document.body.offsetHeight;
  return performance.now() - start;
}

/**
 * While `run` goes on: the longest task (Long Tasks API, 0 when none passed 50 ms), the longest script run and the
 * longest frame with its style and layout (Long Animation Frames). Starts after the page has settled, so the work
 * before `run` is not counted.
 */
export async function longestTask(run) {
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await frame();
  const seen = { task: 0, script: 0, frame: 0 };
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.task = Math.max(seen.task, entry.duration);
  });
  const frames = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      seen.frame = Math.max(seen.frame, entry.duration);
      for (const script of entry.scripts) seen.script = Math.max(seen.script, script.duration);
    }
  });
  tasks.observe({ type: 'longtask' });
  frames.observe({ type: 'long-animation-frame' });
  await run();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  tasks.disconnect();
  frames.disconnect();
  return seen;
}

window.benchPage = { memoryAdapter, defineAnchors, countNodes, loadedProvider, renderMany, longestTask, frame, updated, ACTIVE, INACTIVE };
