// The drop-in's stand-in for core/store-handoff.ts: the hand-off run comes with the later elements' chunk, which holds
// the "Ask an admin" offer and its form, and hands the run over here. The hand-off leaves `idle` only through the run,
// so until the chunk is here there is nothing to close: a request from the host's own code waits for the chunk, and a
// chunk that cannot load is a network handoff-error with nothing changed.
import { toConnectionError } from '../../core/errors.js';
import { canHandoff } from '../../core/handoff-state.js';
import type { HandoffHost, HandoffRun as RealRun } from '../../core/store-handoff.js';
import type { HandoffCreateRequest } from '../../core/model.js';
import type { StoreCore } from '../../core/store-state.js';
import { loadLaterElements } from './later-loader.js';

let Real: typeof RealRun | null = null;

export function provideHandoffRun(run: typeof RealRun): void {
  Real = run;
}

export class HandoffRun implements Pick<RealRun, 'supported' | 'create' | 'cancel' | 'close' | 'dispose'> {
  #real: RealRun | null = null;

  constructor(
    private readonly core: StoreCore,
    private readonly host: HandoffHost,
  ) {}

  #run(): RealRun | null {
    return (this.#real ??= Real ? new Real(this.core, this.host) : null);
  }

  get supported(): boolean {
    return canHandoff(this.host.adapter);
  }

  async #loaded(action: 'create' | 'cancel'): Promise<RealRun | null> {
    const run = this.#run();
    if (run || !this.supported) return run;
    try {
      await loadLaterElements();
    } catch (thrown) {
      const error = toConnectionError(thrown, 'network');
      this.core.emit({ type: 'handoff-error', action, reason: error.reason, message: error.message });
      return null;
    }
    return this.#run();
  }

  async create(request: HandoffCreateRequest): Promise<void> {
    await (await this.#loaded('create'))?.create(request);
  }

  async cancel(): Promise<void> {
    await (await this.#loaded('cancel'))?.cancel();
  }

  close(): void {
    this.#real?.close();
  }

  dispose(): void {
    this.#real?.dispose();
  }
}
