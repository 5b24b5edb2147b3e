// The drop-in's stand-in for core/disconnection.ts: the disconnect run comes with the later elements' chunk, which
// holds <qbo-disconnect>, the element that asks for it, and hands the run over here. The disconnect leaves `idle`
// only through the run, so until the chunk is here there is nothing to confirm, cancel or forget: a request waits for
// the chunk, and a chunk that cannot load is a network disconnect-error with the link left as it was.
import { canDisconnect } from '../../core/disconnect-state.js';
import type { Disconnection as RealDisconnection, DisconnectionHost } from '../../core/disconnection.js';
import { toConnectionError } from '../../core/errors.js';
import type { StoreCore } from '../../core/store-state.js';
import { loadLaterElements } from './later-loader.js';

let Real: typeof RealDisconnection | null = null;

export function provideDisconnection(run: typeof RealDisconnection): void {
  Real = run;
}

export class Disconnection implements Pick<RealDisconnection, 'supported' | 'confirm' | 'cancel' | 'forget' | 'dispose'> {
  #real: RealDisconnection | null = null;

  constructor(
    private readonly core: StoreCore,
    private readonly host: DisconnectionHost,
  ) {}

  /** The real run, once the later elements' chunk is here. */
  #run(): RealDisconnection | null {
    return (this.#real ??= Real ? new Real(this.core, this.host) : null);
  }

  get supported(): boolean {
    return canDisconnect(this.host.adapter);
  }

  request(): void | Promise<void> {
    const run = this.#run();
    if (run) return run.request();
    if (!this.supported) return;
    return loadLaterElements().then(
      () => this.#run()?.request(),
      (thrown: unknown) => {
        const error = toConnectionError(thrown, 'network');
        this.core.emit({ type: 'disconnect-error', reason: error.reason, message: error.message });
      },
    );
  }

  async confirm(): Promise<void> {
    await this.#run()?.confirm();
  }

  cancel(): void {
    this.#run()?.cancel();
  }

  forget(): void {
    this.#real?.forget();
  }

  dispose(): void {
    this.#real?.dispose();
  }
}
