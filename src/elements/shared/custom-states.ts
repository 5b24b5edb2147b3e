// CSS custom states (`qbo-status-badge:state(active)`) beside the `state` attribute, through ElementInternals. An
// engine without CustomStateSet (or an element that cannot have internals) keeps the attributes only.

interface StateSet {
  add(value: string): void;
  delete(value: string): boolean;
}

export class CustomStates {
  private states: StateSet | null | undefined;
  private readonly shown = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  /** Makes exactly `wanted` the element's custom states among `names`, touching only what changed. */
  set(names: readonly string[], wanted: ReadonlySet<string> | readonly string[]): void {
    const on = new Set(wanted);
    const states = this.stateSet();
    if (!states) return;
    for (const name of names) {
      if (on.has(name) === this.shown.has(name)) continue;
      try {
        if (on.has(name)) states.add(name);
        else states.delete(name);
      } catch {
        // Engines that only took `--name` identifiers throw on plain ones; the attribute still says it.
        continue;
      }
      if (on.has(name)) this.shown.add(name);
      else this.shown.delete(name);
    }
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
