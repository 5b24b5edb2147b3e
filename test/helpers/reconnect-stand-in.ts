// A drop-in stand-in for the reconnect run as a store would hold it, for the tests of the stand-in.
import { DISCONNECT_IDLE } from '../../src/core/disconnect-state.js';
import type { StoreEnvironment } from '../../src/core/oauth-environment.js';
import { IDLE } from '../../src/core/reconnect-flow.js';
import type { ReconnectHost } from '../../src/core/store-reconnect.js';
import type { StoreCore, StoreEvent, StoreState } from '../../src/core/store-state.js';
import { ReconnectRun } from '../../src/elements/shared/store-reconnect.lazy.js';
import { INACTIVE, MemoryStorage, ScriptedAdapter } from './fakes.js';

/** A stand-in run as a store would hold it, with the store's state, events and accepted links laid open. */
export function standIn(adapter = new ScriptedAdapter(), storage = new MemoryStorage()) {
  let state: StoreState = {
    status: 'ready',
    snapshot: INACTIVE,
    loadError: null,
    flow: IDLE,
    bannerVisible: false,
    disconnect: DISCONNECT_IDLE,
    firstConnection: false,
  };
  const events: StoreEvent[] = [];
  const accepted: unknown[] = [];
  const core: StoreCore = {
    get state() {
      return state;
    },
    update: (patch) => (state = { ...state, ...patch }),
    emit: (event) => events.push(event),
    applySnapshot: (snapshot) => (state = { ...state, snapshot }),
    call: (_what, run) => Promise.resolve(run(new AbortController().signal)),
  };
  const page = { disconnectOpen: false };
  const host: ReconnectHost = {
    adapter,
    env: { storage, schedule: () => () => {} } as unknown as StoreEnvironment,
    redirectUri: 'https://host.example/oauth/callback',
    authorizationOrigins: ['https://appcenter.intuit.com/connect/oauth2'],
    accept: (snapshot) => accepted.push(snapshot),
    recheck: () => {},
    get disconnectOpen() {
      return page.disconnectOpen;
    },
  };
  return {
    run: new ReconnectRun(core, host),
    adapter,
    page,
    events,
    accepted,
    get flow() {
      return state.flow;
    },
  };
}
