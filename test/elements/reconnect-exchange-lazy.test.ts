// The drop-in's stand-in for the reconnect exchange: it loads the reconnect dialog's chunk, then runs the real exchange.
import { expect } from '@open-wc/testing';
import type { ExchangeRun } from '../../src/core/reconnect-exchange.js';
import { IDLE, transition } from '../../src/core/reconnect-flow.js';
import type { FlowEvent, FlowState } from '../../src/core/reconnect-flow.js';
import type { StoreEvent, StoreState } from '../../src/core/store.js';
import { completeSignIn } from '../../src/elements/shared/reconnect-exchange.lazy.js';
import { ACTIVE, INACTIVE, MemoryStorage, ScriptedAdapter } from '../helpers/fakes.js';

/** A run as the store's reconnect run would be, on a page returned from Intuit (the flow is authorizing). */
function returnedRun(): ExchangeRun & { flows: FlowState[]; events: StoreEvent[]; accepted: unknown[] } {
  let state = { snapshot: INACTIVE, flow: { name: 'authorizing', mode: 'redirect' } } as unknown as StoreState;
  const flows: FlowState[] = [];
  const events: StoreEvent[] = [];
  const accepted: unknown[] = [];
  return {
    flows,
    events,
    accepted,
    core: {
      get state() {
        return state;
      },
      update: (patch) => (state = { ...state, ...patch }),
      emit: (event) => events.push(event),
      applySnapshot: () => {},
      call: (_what, run) => Promise.resolve(run(new AbortController().signal)),
    },
    env: { storage: new MemoryStorage() } as unknown as ExchangeRun['env'],
    redirectUri: 'https://host.example/oauth/callback',
    authorizationOrigins: [],
    usedCodes: null,
    pendingSwitch: null,
    dispatch(event: FlowEvent) {
      const next = transition(state.flow ?? IDLE, event);
      if (next === state.flow) return false;
      state = { ...state, flow: next };
      flows.push(next);
      return true;
    },
    accept: (snapshot) => accepted.push(snapshot),
  };
}

describe('drop-in reconnect exchange stand-in', () => {
  it('loads the reconnect dialog with the real exchange, then completes the sign-in once', async () => {
    expect(customElements.get('qbo-reconnect-dialog')).to.equal(undefined);
    const run = returnedRun();
    const adapter = new ScriptedAdapter();
    await completeSignIn(run, adapter, { code: 'c-1', state: 's-1', realmId: '9130357766' }, false, new AbortController().signal);
    expect(customElements.get('qbo-reconnect-dialog')).to.be.a('function');
    expect(adapter.completions).to.deep.equal([{ code: 'c-1', state: 's-1', realmId: '9130357766' }]);
    expect(run.flows.map((flow) => flow.name)).to.deep.equal(['completing', 'succeeded']);
    expect(run.accepted).to.deep.equal([ACTIVE]);
    expect(run.events.map((event) => event.type)).to.deep.equal(['reconnect-success']);

    // The same answer again (a reload of the return) is refused before the backend hears of it.
    const again = returnedRun();
    again.usedCodes = run.usedCodes;
    const refused = await completeSignIn(again, adapter, { code: 'c-1', state: 's-1', realmId: '9130357766' }, false, new AbortController().signal).catch(
      (error: unknown) => error,
    );
    expect(refused).to.have.property('reason', 'state_mismatch');
    expect(adapter.completions).to.have.length(1);
  });
});
