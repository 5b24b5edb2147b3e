// CSS custom states (`qbo-status-badge:state(active)`) beside the `state` attribute, through ElementInternals. An
// engine without CustomStateSet (or an element that cannot have internals) keeps the attributes only.

interface StateSet {
  add(value: string): void;
  delete(value: string): boolean;
}

export class CustomStates {
  private states: StateSet | null | undefined;
  /** The states set now (an element has one or two: cheaper than a Set per element, of which a table has 10,000). */
  private shown: readonly string[] = [];

  constructor(private readonly host: HTMLElement) {}

  /** Makes exactly `wanted` the element's custom states among `names`, touching only what changed. */
  set(names: readonly string[], wanted: readonly string[]): void {
    const shown = this.shown;
    if (wanted.length === shown.length && wanted.every((name) => shown.includes(name))) return;
    const states = this.stateSet();
    if (!states) return;
    if (shown.length === 0) {
      // The first state (each element of a table's thousands takes this path once): only additions.
      const now: string[] = [];
      for (const name of wanted) {
        if (!names.includes(name)) continue;
        try {
          states.add(name);
          now.push(name);
        } catch {
          // As below: the attribute still says it.
        }
      }
      this.shown = now;
      return;
    }
    const now: string[] = [];
    for (const name of names) {
      const on = wanted.includes(name);
      const was = shown.includes(name);
      if (on !== was) {
        try {
          if (on) states.add(name);
          else states.delete(name);
        } catch {
          // Engines that only took `--name` identifiers throw on plain ones; the attribute still says it.
          if (was) now.push(name);
          continue;
        }
      }
      if (on) now.push(name);
    }
    this.shown = now;
  }

  /** Attached on first use; null when the engine has no internals or no states (then states are skipped). */
  private stateSet(): StateSet | null {
    if (this.states !== undefined) return this.states;
    try {
      const internals = typeof this.host.attachInternals === 'function' ? this.host.attachInternals() : null;
      const states = (internals as { states?: StateSet } | null)?.states;
      this.states = states && typeof states.add === 'function' ? states : null;
    } catch {
      this.states = null;
    }
    return this.states;
  }
}

/** The states an element showing the link state reflects. */
export const DISPLAY_STATES = ['active', 'inactive', 'disabled', 'loading', 'error', 'unconfigured'] as const;
