import { expect } from '@open-wc/testing';
import { HANDOFF_IDLE } from '../../src/core/handoff-state.js';
import { DISCONNECT_IDLE, isDisconnectOpen } from '../../src/core/disconnect-state.js';
import type { DisconnectState } from '../../src/core/disconnect-state.js';
import { SAMPLE_INACTIVE_SNAPSHOT } from '../../src/mocks/memory-backend.js';
import { IDLE } from '../../src/core/reconnect-flow.js';
import type { FlowState } from '../../src/core/reconnect-flow.js';
import { displayState, isDialogOpen, isLive, isReconnecting, shownLinkState, visibleLinkStates } from '../../src/core/selectors.js';
import type { StoreState } from '../../src/core/store-state.js';

function storeState(patch: Partial<StoreState> = {}): StoreState {
  return {
    status: 'ready',
    snapshot: SAMPLE_INACTIVE_SNAPSHOT,
    loadError: null,
    flow: IDLE,
    bannerVisible: false,
    disconnect: DISCONNECT_IDLE,
    firstConnection: false,
    handoff: HANDOFF_IDLE,
    accessDenied: false,
    ...patch,
  };
}

describe('selectors', () => {
  it('every selector reads the store state, and null before there is one', () => {
    const state = storeState();
    expect(shownLinkState(state)).to.equal('inactive');
    expect(displayState(state)).to.equal('inactive');
    expect(isLive(state)).to.equal(false);
    expect(visibleLinkStates(state)).to.deep.equal(['inactive']);
    expect(isReconnecting(state)).to.equal(false);
    expect(isDialogOpen(state)).to.equal(false);
    expect(isDisconnectOpen(state)).to.equal(false);
    expect(displayState(null)).to.equal('unconfigured');
    expect([isReconnecting(null), isDialogOpen(null), isDisconnectOpen(null)]).to.deep.equal([false, false, false]);
  });

  it('the flow selectors give the same answer for the store state and for its flow alone', () => {
    const flows: FlowState[] = [IDLE, { name: 'confirming' } as FlowState, { name: 'authorizing', mode: 'popup' } as FlowState];
    for (const flow of flows) {
      expect(isReconnecting(storeState({ flow }))).to.equal(isReconnecting(flow), flow.name);
      expect(isDialogOpen(storeState({ flow }))).to.equal(isDialogOpen(flow), flow.name);
    }
    expect(isReconnecting({ name: 'authorizing', mode: 'popup' } as FlowState)).to.equal(true);
  });

  it('isDisconnectOpen takes the store state or its disconnect step', () => {
    const confirming: DisconnectState = { name: 'confirming' };
    expect(isDisconnectOpen(storeState({ disconnect: confirming }))).to.equal(true);
    expect(isDisconnectOpen(confirming)).to.equal(true);
    expect(isDisconnectOpen(storeState())).to.equal(false);
  });
});
