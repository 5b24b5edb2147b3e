// The Fintech host page: starts its back end (the real server, or msw), gives <qbo-connection> its HTTP adapter, then
// registers the tags.
import { createHttpAdapter } from '../../src/core/http-adapter.js';
import { defineAll } from '../../src/elements/registry.js';
import { startEventsLog } from './events-log.js';
import { renderHostTables } from './host-tables.js';
import { backendNote, startBackend } from './backend.js';
import { installPopupBlocker } from './popup-blocker.js';
import { startRouter } from './router.js';
import { startScenarioPanel } from './scenario-panel.js';
import { hostDataRemoved, rememberScenario, setHostDataRemoved, startingScenario } from './scenario-state.js';
import type { DemoScenario } from './scenarios.js';
import { setupTabs } from './tabs.js';
import { startWebhookFeed } from './webhook-feed.js';
import { startTimeTravel } from './time-travel.js';
import { createVendorsTable } from './vendors-table.js';

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

async function main(): Promise<void> {
  const connection = document.querySelector('qbo-connection');
  if (!connection) throw new Error('The page has no <qbo-connection>');

  const starting = startingScenario(location.href);
  let playing: DemoScenario = starting.scenario;
  installPopupBlocker(() => playing.blocksPopups === true);
  if (starting.reset) setHostDataRemoved(false);
  rememberScenario(playing);

  // The back end must be playing the scenario before the first request of the elements: the adapter is handed over
  // only after that.
  const backend = await startBackend(playing, starting.reset);
  byId('backend-note').textContent = backendNote(backend.mode);

  const log = startEventsLog(connection, byId('events-list'), byId<HTMLButtonElement>('events-clear'));
  // The server's connection events, as webhooks the demo host received and verified.
  if (backend.mode !== 'msw') startWebhookFeed(log);
  if (backend.mode === 'full-stack') {
    startTimeTravel(
      { section: byId('time-travel'), button: byId<HTMLButtonElement>('advance-30'), now: byId('time-travel-now') },
      log,
      () => connection.refresh(),
    );
  }
  const refreshVendors = createVendorsTable(byId('vendors-table'));
  let vendorsRequested = false;
  const loadVendors = () => {
    vendorsRequested = true;
    void refreshVendors(connection.store);
  };

  const showCompany = () => {
    const state = connection.store?.state;
    const company = state?.snapshot?.company ?? null;
    const name = company?.name ?? (state?.snapshot ? 'None linked' : state?.status === 'error' ? 'Unknown' : '…');
    for (const element of document.querySelectorAll('.linked-company')) element.textContent = name;
    renderHostTables(
      { locations: byId('locations-table'), accounts: byId('accounts-table'), productAssignments: byId('product-assignments-table') },
      hostDataRemoved()
        ? { removedFor: company?.name ?? 'the new company' }
        : state?.snapshot && !company
          ? { neverConnected: true }
          : null,
    );
  };

  connection.addEventListener('qbo-status-change', () => {
    loadVendors();
    showCompany();
  });
  // Without a known status the table still lists the vendors, with placeholders for their IDs.
  connection.addEventListener('qbo-load-error', () => {
    if (!vendorsRequested) loadVendors();
    showCompany();
  });
  connection.addEventListener('qbo-reconnect-success', (event) => {
    // Linking a different company removes the old one's Locations, Accounts, Vendors and Product Assignments.
    if (event.detail.companySwitched) setHostDataRemoved(true);
    showCompany();
  });

  const connect = () => {
    vendorsRequested = false;
    connection.adapter = createHttpAdapter({ baseUrl: '/api/quickbooks' });
  };
  connection.setAttribute('redirect-uri', new URL('/callback.html', location.origin).href);
  if (backend.authorizationOrigins) connection.setAttribute('authorization-origins', backend.authorizationOrigins);
  connect();
  defineAll();

  const panel = startScenarioPanel(
    { form: byId('scenario-form'), select: byId('scenario-select'), description: byId('scenario-description'), current: byId('scenario-current') },
    async (next) => {
      playing = next;
      setHostDataRemoved(false);
      rememberScenario(next);
      await backend.use(next, true);
      log.note(`Scenario: ${next.label}`);
      // A new adapter gives the provider a new store: any reconnect under way stops, and the status loads again.
      connect();
      showCompany();
      // The same status under another scenario is no status change: ask for its vendors once it has loaded.
      await connection.updateComplete;
      await connection.store?.load();
      if (!vendorsRequested) loadVendors();
      showCompany();
    },
  );
  panel.showPlaying(playing);
  log.note(`Scenario: ${playing.label}`);
  showCompany();

  setupTabs(byId('detail-tablist'), { storageKey: 'qbo-demo:detail-tab' });
  startRouter(byId('main'));
  byId('skip-link').addEventListener('click', (event) => {
    // The hash belongs to the router: move focus without navigating.
    event.preventDefault();
    byId('main').focus();
  });
}

void main();
