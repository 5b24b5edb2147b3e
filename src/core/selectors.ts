// What the elements derive from the store state, in one place so every element agrees.
import { reconnectHelps, type LinkState } from './model.js';
import type { FlowState } from './reconnect-flow.js';
import type { StoreState } from './store.js';

/** Every selector reads the store state; the flow selectors also take the flow alone (`state.flow`). */
function flowOf(source: StoreState | FlowState | null | undefined): FlowState | undefined {
  if (!source) return undefined;
  return 'flow' in source ? source.flow : source;
}

/** The link state to show, or null while unknown (loading, not configured, or never loaded). */
export function shownLinkState(state: StoreState | null): LinkState | null {
  return state?.snapshot?.linkState ?? null;
}

/** What an element reflects as its `state`: the link state, or why there is none yet. */
export type DisplayState = LinkState | 'loading' | 'error' | 'unconfigured';

export function displayState(state: StoreState | null): DisplayState {
  return shownLinkState(state) ?? (!state ? 'unconfigured' : state.status === 'error' ? 'error' : 'loading');
}

/** Connect Account is offered: the link is not live and a new sign-in can bring it back (not a lapsed subscription). */
export function offersConnect(state: StoreState | null): boolean {
  const linkState = shownLinkState(state);
  return (linkState === 'inactive' || linkState === 'disabled') && reconnectHelps(state?.snapshot?.inactiveReason ?? null);
}

export function isLive(state: StoreState | null): boolean {
  return shownLinkState(state) === 'active';
}

/** A reconnect is on its way (the status line says "Reconnecting…"). */
export function isReconnecting(source: StoreState | FlowState | null | undefined): boolean {
  const flow = flowOf(source);
  return flow?.name === 'authorizing' || flow?.name === 'completing';
}

/** The seed: only the Inactive indicator until a reconnect has completed once; then all three. */
export function visibleLinkStates(state: StoreState | null): LinkState[] {
  if (!state?.snapshot) return [];
  return state.snapshot.everReconnected ? ['disabled', 'inactive', 'active'] : ['inactive'];
}

/** Whether the reconnect dialog should be open; after No to a company switch it stays to say nothing changed. */
export function isDialogOpen(source: StoreState | FlowState | null | undefined): boolean {
  const flow = flowOf(source);
  if (flow?.name === 'cancelled') return flow.kept !== undefined;
  return flow !== undefined && flow.name !== 'idle' && flow.name !== 'succeeded';
}
