// The "Show history" disclosure of <qbo-connection-history>: keyboard, the list's words, paging, failures, a11y.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { ConnectionAdapter } from '../../src/core/adapter.js';
import { ConnectionError } from '../../src/core/errors.js';
import type { HistoryItem, HistoryPage, HistoryRequest } from '../../src/core/model.js';
import { QboConnectionHistory } from '../../src/elements/qbo-connection-history/qbo-connection-history.js';
import type { QboConnection } from '../../src/elements/qbo-connection/qbo-connection.js';
import { defineAll } from '../../src/elements/registry.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import { SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_DISABLED_SNAPSHOT, sampleHistoryInactive } from '../../src/mocks/index.js';
import { deferred } from '../helpers/fakes.js';
import { emulateMediaFeatures } from '../helpers/media.js';
import { press } from '../helpers/keys.js';
import { itWhere } from '../helpers/engine.js';

defineAll();

const company = { realmId: '9341452198765430', name: 'Harbor Street Bakery LLC' };

/** `count` events, newest first, one day apart, with the three kinds of wording the list has. */
function events(count: number): HistoryItem[] {
  return Array.from({ length: count }, (_, index) => {
    const at = new Date(Date.UTC(2026, 10, 30 - index, 12)).toISOString();
    const kind = index % 3;
    return {
      id: `e${index}`,
      at,
      type: kind === 0 ? 'reconnected' : kind === 1 ? 'inactive' : 'expiring',
      reason: kind === 1 ? 'admin_access_lost' : null,
      actor: kind === 0 ? { name: null, email: 'ops@harborstreet.example' } : null,
      company,
      daysLeft: kind === 2 ? 7 : null,
      requestedBy: kind === 0 ? { name: 'Dana Ortiz' } : null,
    } satisfies HistoryItem;
  });
}

/** A memory adapter whose history answers through `history` (or has none, for `null`). */
function adapterWith(history: ((request: HistoryRequest) => Promise<HistoryPage>) | null, snapshot = SAMPLE_ACTIVE_SNAPSHOT): ConnectionAdapter {
  const { history: _ignored, ...rest } = createMemoryAdapter({ snapshot });
  return history ? { ...rest, history } : rest;
}

async function mountHistory(adapter: ConnectionAdapter, lang = 'en-US') {
  const provider = await fixture<QboConnection>(
    html`<div lang=${lang}><qbo-connection .adapter=${adapter}><qbo-connection-history></qbo-connection-history></qbo-connection></div>`,
  ).then((wrapper) => wrapper.querySelector<QboConnection>('qbo-connection')!);
  await waitUntil(() => provider.store?.state.status === 'ready', 'the status loads');
  const element = provider.querySelector<QboConnectionHistory>('qbo-connection-history')!;
  return { provider, element };
}

const shadow = (el: Element) => el.shadowRoot!;
const toggleOf = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]');
const panelOf = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="panel"]')!;
const itemsOf = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="item"]')];
const announced = (el: Element) => shadow(el).querySelector('[part="announcer"]')!.textContent!.trim();
const textOf = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

async function opened(adapter: ConnectionAdapter, lang?: string) {
  const mounted = await mountHistory(adapter, lang);
  await waitUntil(() => toggleOf(mounted.element), 'the disclosure is offered');
  toggleOf(mounted.element)!.click();
  await waitUntil(() => itemsOf(mounted.element).length > 0, 'the list shows');
  return mounted;
}

describe('<qbo-connection-history> history disclosure', function () {
  // axe over a whole open list is the slow part; on a busy machine it needs more than mocha's 10 s.
  this.timeout(30_000);
  // The page follows the scheme too, as a host page in dark mode would; the tokens assume that.
  before(() => {
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
  });
  after(() => {
    document.documentElement.style.colorScheme = '';
    document.body.style.background = '';
  });
  afterEach(() => emulateMediaFeatures({}));

  it('is a button with aria-expanded controlling a labelled region, toggled by Enter and Space; focus stays on it', async () => {
    const { element } = await mountHistory(createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT, history: events(3) }));
    await waitUntil(() => toggleOf(element), 'the disclosure is offered');
    const toggle = toggleOf(element)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Show history');
    const panel = panelOf(element);
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.getAttribute('role')).to.equal('region');
    expect(panel.getAttribute('aria-label')).to.equal('Connection history');
    expect(panel.hidden).to.equal(true);

    toggle.focus();
    await press('Enter');
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide history');
    expect(panel.hidden).to.equal(false);
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(shadow(element).activeElement).to.equal(toggle);
    expect(itemsOf(element)).to.have.length(3);
    expect(announced(element)).to.equal('3 events shown.');

    await press('Space');
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(shadow(element).activeElement).to.equal(toggle);
  });

  it('lists what happened, who did it, the company and the date, newest first, as an ordered list', async () => {
    const { element } = await opened(createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT, history: events(3) }));
    const list = shadow(element).querySelector('[part="list"]')!;
    expect(list.tagName).to.equal('OL');
    const [first, second, third] = itemsOf(element).map(textOf);
    expect(first).to.match(/^Reconnected by ops@harborstreet\.example \(requested by Dana Ortiz\) Harbor Street Bakery LLC · Nov 30, 2026, /);
    expect(second).to.contain('Became inactive');
    expect(second).to.contain('The QuickBooks user who connected is no longer an admin of this company.');
    expect(third).to.contain('Expiry notice');
    expect(third).to.contain('Sign-in expires in 7 days');
    const time = itemsOf(element)[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-11-30T12:00:00.000Z');
    expect(time.textContent).to.equal(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-30T12:00:00.000Z')));
  });

  it('speaks Canadian French and US Spanish, dates included', async () => {
    for (const [lang, words, by] of [
      ['fr-CA', 'Afficher l’historique', 'Reconnecté par ops@harborstreet.example (demandé par Dana Ortiz)'],
      ['es-US', 'Mostrar historial', 'Reconectado por ops@harborstreet.example (solicitado por Dana Ortiz)'],
    ] as const) {
      const { element } = await mountHistory(createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT, history: events(3) }), lang);
      await waitUntil(() => toggleOf(element), `the disclosure is offered in ${lang}`);
      expect(toggleOf(element)!.textContent!.trim()).to.equal(words);
      toggleOf(element)!.click();
      await waitUntil(() => itemsOf(element).length === 3);
      expect(textOf(itemsOf(element)[0]!)).to.contain(by);
      const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-30T12:00:00.000Z'));
      expect(itemsOf(element)[0]!.querySelector('time')!.textContent).to.equal(date);
    }
  });

  it('pages with Show more: older events follow, the last page takes the button away and focus goes to its first event', async () => {
    const { element } = await opened(createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT, history: events(13) }));
    expect(itemsOf(element)).to.have.length(10);
    expect(announced(element)).to.equal('10 events shown; older ones follow.');
    const more = shadow(element).querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent!.trim()).to.equal('Show more');
    more.focus();
    await press('Enter');
    await waitUntil(() => itemsOf(element).length === 13, 'the second page arrives');
    await waitUntil(() => shadow(element).activeElement === itemsOf(element)[10], 'focus moves to the first new event');
    expect(shadow(element).querySelector('[part="more"]')).to.equal(null);
    expect(announced(element)).to.equal('13 events shown.');
    expect(itemsOf(element).map((item) => item.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(
      events(13).map((item) => item.at),
    );
  });

  it('shows loading, then a named failure with Retry, and the list after Retry', async () => {
    const replies: Array<ReturnType<typeof deferred<HistoryPage>>> = [];
    const history = () => {
      const reply = deferred<HistoryPage>();
      replies.push(reply);
      return reply.promise;
    };
    const { element } = await mountHistory(adapterWith(history));
    await waitUntil(() => replies.length === 1, 'the first page is asked for once the status is known');
    replies[0]!.reject(new ConnectionError('network', 'offline'));
    await waitUntil(() => toggleOf(element), 'a failure still offers the disclosure');
    toggleOf(element)!.click();
    await element.updateComplete;
    const error = shadow(element).querySelector('[part="error"]')!;
    expect(textOf(error)).to.equal('Could not load the history. The server could not be reached. Retry');
    shadow(element).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('[part="loading"]')!)).to.equal('Loading history…');
    expect(replies).to.have.length(2);
    replies[1]!.resolve({ items: events(2), nextCursor: null });
    await waitUntil(() => itemsOf(element).length === 2, 'the list shows after Retry');
    expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
    expect(announced(element)).to.equal('2 events shown.');
  });

  it('names a page that failed after the first, and Retry asks for that page again', async () => {
    const cursors: Array<string | null> = [];
    let fail = true;
    const history = async ({ cursor }: HistoryRequest): Promise<HistoryPage> => {
      cursors.push(cursor);
      if (cursor === 'p2' && fail) {
        fail = false;
        throw new ConnectionError('timeout', 'slow');
      }
      return cursor === 'p2' ? { items: events(12).slice(10), nextCursor: null } : { items: events(10), nextCursor: 'p2' };
    };
    const { element } = await opened(adapterWith(history));
    shadow(element).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await waitUntil(() => shadow(element).querySelector('[part="error"]'), 'the failure shows');
    expect(announced(element)).to.equal('Could not load the history. The server did not answer in time.');
    expect(itemsOf(element)).to.have.length(10);
    shadow(element).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => itemsOf(element).length === 12);
    expect(cursors).to.deep.equal([null, 'p2', 'p2']);
  });

  it('offers no disclosure when the adapter has no history, or the backend answers 404', async () => {
    const without = await mountHistory(adapterWith(null));
    const notFound = await mountHistory(
      adapterWith(async () => {
        throw new ConnectionError('server', 'no route', { status: 404, code: 'not_found' });
      }),
    );
    let asked = 0;
    const counted = await mountHistory(
      adapterWith(async () => {
        asked += 1;
        return { items: [], nextCursor: null };
      }),
    );
    await waitUntil(() => toggleOf(counted.element), 'a backend with history gets the disclosure');
    expect(asked).to.equal(1);
    for (const { element } of [without, notFound]) {
      expect(toggleOf(element)).to.equal(null);
      expect(shadow(element).querySelector('[part="panel"]')).to.equal(null);
      // The "Reconnected by …" line stays.
      expect(element.hidden).to.equal(false);
    }
    // With neither a line nor a history, the element is hidden entirely.
    const bare = await mountHistory(adapterWith(null, SAMPLE_DISABLED_SNAPSHOT));
    expect(bare.element.hidden).to.equal(true);
  });

  it('says so when nothing has happened yet', async () => {
    const { element } = await mountHistory(adapterWith(async () => ({ items: [], nextCursor: null })));
    await waitUntil(() => toggleOf(element));
    toggleOf(element)!.click();
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('[part="empty"]')!)).to.equal('Nothing has happened to this connection yet.');
  });

  it('lists the new event after the link changes', async () => {
    const adapter = createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT, history: events(2) });
    const { element } = await opened(adapter);
    adapter.backend.setSnapshot({ ...SAMPLE_ACTIVE_SNAPSHOT, linkState: 'inactive', inactiveReason: 'subscription_inactive' });
    await waitUntil(() => itemsOf(element).length === 3, 'the history is read again');
    expect(textOf(itemsOf(element)[0]!)).to.contain('The QuickBooks subscription of this company is not active.');
  });

  for (const [name, features] of [
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['forced colors', { forcedColors: 'active' }],
  ] as const) {
    const test = name === 'light' ? it : (title: string, fn: Mocha.AsyncFunc) => itWhere('media-emulation', title, fn);
    test(`is accessible open, with Show more, in ${name}`, async () => {
      await emulateMediaFeatures(features);
      const open = await opened(createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT, history: sampleHistoryInactive('admin_access_lost') }));
      expect(shadow(open.element).querySelector('[part="more"]')).to.exist;
      await expect(open.element).to.be.accessible();
    });

    test(`is accessible open with a failure, in ${name}`, async () => {
      await emulateMediaFeatures(features);
      const failing = await mountHistory(
        adapterWith(async () => {
          throw new ConnectionError('server', 'boom', { status: 500 });
        }),
      );
      await waitUntil(() => toggleOf(failing.element));
      toggleOf(failing.element)!.click();
      await failing.element.updateComplete;
      expect(shadow(failing.element).querySelector('[part="error"]')).to.exist;
      await expect(failing.element).to.be.accessible();
    });
  }
});
