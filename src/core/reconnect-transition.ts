// The reconnect flow's transition function: which step follows which event. Apart from the steps themselves
// (reconnect-flow.ts), which every element reads, as only the reconnect run moves the flow.
import { IDLE, isRunning, isSettled } from './reconnect-flow.js';
import type { FlowEvent, FlowState } from './reconnect-flow.js';

/**
 * The transition function. An event that does not apply to the current state returns the same state object, so
 * callers can compare by identity to see whether anything happened.
 */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'request':
      return isSettled(state) ? { name: 'confirming' } : state;
    case 'confirm':
      // From a failure the dialog's "Try again" goes straight back to sign-in: the user already said Yes. So does the
      // retry offered while a detached window may be gone.
      return state.name === 'confirming' || state.name === 'failed' || (state.name === 'authorizing' && state.retryOffered)
        ? { name: 'authorizing', mode: event.mode }
        : state;
    case 'detach':
      return state.name === 'authorizing' && state.mode === 'popup' && !state.detached ? { ...state, detached: true } : state;
    case 'offer-retry':
      return state.name === 'authorizing' && state.detached && !state.retryOffered ? { ...state, retryOffered: true } : state;
    case 'resume':
      return isSettled(state) ? { name: 'authorizing', mode: 'redirect' } : state;
    case 'callback':
      return state.name === 'authorizing' ? { name: 'completing' } : state;
    case 'company-mismatch':
      return state.name === 'completing' ? { name: 'confirming-company-switch', linked: event.linked, incoming: event.incoming } : state;
    case 'confirm-company-switch':
      return state.name === 'confirming-company-switch' ? { name: 'completing' } : state;
    case 'succeed':
      return state.name === 'completing' ? { name: 'succeeded' } : state;
    case 'cancel':
      if (state.name === 'confirming-company-switch') return { name: 'cancelled', kept: state.linked };
      return isRunning(state) || state.name === 'failed' ? { name: 'cancelled' } : state;
    case 'fail':
      if (!isRunning(state)) return state;
      return event.description
        ? { name: 'failed', reason: event.reason, message: event.message, description: event.description }
        : { name: 'failed', reason: event.reason, message: event.message };
    case 'reset':
      return isSettled(state) && state.name !== 'idle' ? IDLE : state;
  }
}
