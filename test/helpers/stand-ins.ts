// The drop-in's stand-ins for the reconnect and disconnect runs as a store would hold them, over a store core whose
// state and events the tests of the stand-ins read.
import { HANDOFF_IDLE } from '../../src/core/handoff-state.js';
import { DISCONNECT_IDLE } from '../../src/core/disconnect-state.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import type { StoreEnvironment } from '../../src/core/oauth-environment.js';
import { IDLE } from '../../src/core/reconnect-flow.js';
import type { StoreCore, StoreEvent, StoreState } from '../../src/core/store-state.js';
import { Disconnection } from '../../src/elements/shared/disconnection.lazy.js';
import { ReconnectRun } from '../../src/elements/shared/store-reconnect.lazy.js';
import { INACTIVE, MemoryStorage, ScriptedAdapter } from './fakes.js';

/** A store's core with its state and events laid open; adapter calls run at once, with no deadline. */
function fakeCore(snapshot: ConnectionSnapshot) {
  const page = {
    state: {
      status: 'ready',
      snapshot,
      loadError: null,
      flow: IDLE,
      bannerVisible: false,
      disconnect: DISCONNECT_IDLE,
      firstConnection: false,
      handoff: HANDOFF_IDLE,
      accessDenied: false,
    } as StoreState,
    events: [] as StoreEvent[],
    accepted: [] as ConnectionSnapshot[],
  };
  const core: StoreCore = {
    get state() {
      return page.state;
    },
    update: (patch) => (page.state = { ...page.state, ...patch }),
    emit: (event) => page.events.push(event),
    applySnapshot: (next) => (page.state = { ...page.state, snapshot: next }),
    call: (_what, run) => Promise.resolve(run(new AbortController().signal)),
  };
  return { core, page };
}

/** A reconnect run stand-in on an inactive link. */
export function reconnectStandIn(adapter = new ScriptedAdapter(), storage = new MemoryStorage()) {
  const { core, page } = fakeCore(INACTIVE);
  const run = new ReconnectRun(core, {
    adapter,
    env: { storage, schedule: () => () => {} } as unknown as StoreEnvironment,
    redirectUri: 'https://host.example/oauth/callback',
    authorizationOrigins: ['https://appcenter.intuit.com/connect/oauth2'],
    accept: (snapshot) => page.accepted.push(snapshot),
    recheck: () => {},
  });
  return { run, adapter, page };
}

/** A disconnect run stand-in on `snapshot`'s link; `adapter` null or without disconnect() cannot end it. */
export function disconnectionStandIn(adapter: ScriptedAdapter | null, snapshot: ConnectionSnapshot) {
  const { core, page } = fakeCore(snapshot);
  const run = new Disconnection(core, {
    adapter,
    accept: (next) => {
      page.accepted.push(next);
      core.applySnapshot(next);
    },
    refresh: async () => {},
  });
  return { run, adapter, page };
}
