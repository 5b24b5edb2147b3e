// What the elements derive from the store state, in one place so every element agrees.
import type { LinkState } from './model.js';
import type { FlowState } from './reconnect-flow.js';
import type { StoreState } from './store.js';

/** The link state to show, or null while unknown (loading, not configured, or never loaded). */
export function shownLinkState(state: StoreState | null): LinkState | null {
  return state?.snapshot?.linkState ?? null;
}

/** What an element reflects as its `state`: the link state, or why there is none yet. */
export type DisplayState = LinkState | 'loading' | 'error' | 'unconfigured';

export function displayState(state: StoreState | null): DisplayState {
  return shownLinkState(state) ?? (!state ? 'unconfigured' : state.status === 'error' ? 'error' : 'loading');
}

export function isLive(state: StoreState | null): boolean {
  return shownLinkState(state) === 'active';
}

/** A reconnect is on its way (the status line says "Reconnecting…"). */
export function isReconnecting(flow: FlowState | undefined): boolean {
  return flow?.name === 'authorizing' || flow?.name === 'completing';
}

/** The seed: only the Inactive indicator until a reconnect has completed once; then all three. */
export function visibleLinkStates(state: StoreState | null): LinkState[] {
  if (!state?.snapshot) return [];
  return state.snapshot.everReconnected ? ['disabled', 'inactive', 'active'] : ['inactive'];
}

/** Whether the reconnect dialog should be open; after No to a company switch it stays to say nothing changed. */
export function isDialogOpen(flow: FlowState | undefined): boolean {
  if (flow?.name === 'cancelled') return flow.kept !== undefined;
  return flow !== undefined && flow.name !== 'idle' && flow.name !== 'succeeded';
}
