import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IDLE, isRunning } from '../../src/core/reconnect-flow.js';
import { transition } from '../../src/core/reconnect-transition.js';
import type { FlowEvent, FlowState } from '../../src/core/reconnect-flow.js';

const linked = { realmId: '1', name: 'Linked Co' };
const incoming = { realmId: '2', name: 'Incoming Co' };

function run(...events: FlowEvent[]): FlowState {
  return events.reduce(transition, IDLE);
}

describe('ReconnectFlow transitions', () => {
  it('walks the happy path idle → confirming → authorizing → completing → succeeded', () => {
    expect(run({ type: 'request' }).name).to.equal('confirming');
    expect(run({ type: 'request' }, { type: 'confirm', mode: 'popup' })).to.deep.equal({ name: 'authorizing', mode: 'popup' });
    expect(run({ type: 'request' }, { type: 'confirm', mode: 'popup' }, { type: 'callback' }).name).to.equal('completing');
    expect(run({ type: 'request' }, { type: 'confirm', mode: 'popup' }, { type: 'callback' }, { type: 'succeed' }).name).to.equal('succeeded');
  });

  it('cancels from every running step', () => {
    expect(run({ type: 'request' }, { type: 'cancel' }).name).to.equal('cancelled');
    expect(run({ type: 'request' }, { type: 'confirm', mode: 'redirect' }, { type: 'cancel' }).name).to.equal('cancelled');
    const atSwitch = run({ type: 'request' }, { type: 'confirm', mode: 'popup' }, { type: 'callback' }, { type: 'company-mismatch', linked, incoming });
    expect(atSwitch).to.deep.equal({ name: 'confirming-company-switch', linked, incoming });
    expect(transition(atSwitch, { type: 'cancel' }).name).to.equal('cancelled');
    expect(transition(atSwitch, { type: 'confirm-company-switch' }).name).to.equal('completing');
  });

  it('fails with a named reason and allows Try again', () => {
    const failed = run({ type: 'request' }, { type: 'confirm', mode: 'popup' }, { type: 'fail', reason: 'timeout', message: 'slow' });
    expect(failed).to.deep.equal({ name: 'failed', reason: 'timeout', message: 'slow' });
    expect(transition(failed, { type: 'confirm', mode: 'redirect' })).to.deep.equal({ name: 'authorizing', mode: 'redirect' });
  });

  it('ignores a callback once the flow has failed (the window stops listening when it settles)', () => {
    const closed = run({ type: 'request' }, { type: 'confirm', mode: 'popup' }, { type: 'fail', reason: 'popup_closed', message: '' });
    expect(transition(closed, { type: 'callback' })).to.equal(closed);
  });

  it('marks a popup sign-in as detached, and only a popup one', () => {
    const popup = run({ type: 'request' }, { type: 'confirm', mode: 'popup' }, { type: 'detach' });
    expect(popup).to.deep.equal({ name: 'authorizing', mode: 'popup', detached: true });
    expect(transition(popup, { type: 'callback' }).name).to.equal('completing');
    const redirect = run({ type: 'request' }, { type: 'confirm', mode: 'redirect' });
    expect(transition(redirect, { type: 'detach' })).to.equal(redirect);
  });

  it('resumes a redirect only when settled', () => {
    expect(run({ type: 'resume' })).to.deep.equal({ name: 'authorizing', mode: 'redirect' });
    const confirming = run({ type: 'request' });
    expect(transition(confirming, { type: 'resume' })).to.equal(confirming);
  });

  it('ignores a second request while a flow runs (one flow at a time)', () => {
    const authorizing = run({ type: 'request' }, { type: 'confirm', mode: 'popup' });
    expect(transition(authorizing, { type: 'request' })).to.equal(authorizing);
  });

  it('never leaves the set of states and never skips confirmation (property)', () => {
    const event = fc.oneof(
      fc.constant<FlowEvent>({ type: 'request' }),
      fc.constant<FlowEvent>({ type: 'confirm', mode: 'popup' }),
      fc.constant<FlowEvent>({ type: 'callback' }),
      fc.constant<FlowEvent>({ type: 'company-mismatch', linked, incoming }),
      fc.constant<FlowEvent>({ type: 'confirm-company-switch' }),
      fc.constant<FlowEvent>({ type: 'succeed' }),
      fc.constant<FlowEvent>({ type: 'cancel' }),
      fc.constant<FlowEvent>({ type: 'fail', reason: 'network', message: 'x' }),
      fc.constant<FlowEvent>({ type: 'reset' }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = IDLE;
        let everConfirming = false;
        for (const next of events) {
          const before = state;
          state = transition(state, next);
          if (state.name === 'confirming') everConfirming = true;
          // A sign-in can only begin after the question was shown (or as a retry of a failure that followed it).
          if (state.name === 'authorizing' && before.name !== 'authorizing') expect(everConfirming).to.equal(true);
          // While running, a new request is ignored.
          if (isRunning(before) && next.type === 'request') expect(state).to.equal(before);
        }
      }),
    );
  });
});
