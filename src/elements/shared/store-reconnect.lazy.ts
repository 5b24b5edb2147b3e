// The drop-in's stand-in for core/store-reconnect.ts: the reconnect run (its steps, the sign-in window it opens and
// the exchange with the backend after Yes) comes with the reconnect dialog's chunk, which hands it over here. The
// flow leaves `idle` only through the run, so until the chunk is here there is nothing to confirm, cancel or abort:
// a request waits for the chunk (the first sign of intent has usually brought it already), and so does a redirect
// return. Yes is only shown by the dialog, so the popup still opens synchronously inside its click.
import { toConnectionError } from '../../core/errors.js';
import type { ReconnectHost, ReconnectRun as RealRun } from '../../core/store-reconnect.js';
import type { StoreCore } from '../../core/store-state.js';
import { loadDialogs } from './dialog-loader.js';

let Real: typeof RealRun | null = null;

export function provideReconnectRun(run: typeof RealRun): void {
  Real = run;
}

type Run = Pick<RealRun, 'confirm' | 'confirmCompanySwitch' | 'cancel' | 'abort' | 'resume'>;

export class ReconnectRun implements Run {
  #real: RealRun | null = null;

  constructor(
    private readonly core: StoreCore,
    private readonly host: ReconnectHost,
  ) {}

  /** The real run, once the dialog's chunk is here. */
  #run(): RealRun | null {
    return (this.#real ??= Real ? new Real(this.core, this.host) : null);
  }

  async #loaded(): Promise<RealRun> {
    await loadDialogs();
    return this.#run() as RealRun;
  }

  /** At once when the chunk is here, else once it is; a chunk that cannot load is reported as the run's error. */
  request(): void | Promise<void> {
    const run = this.#run();
    if (run) return run.request();
    return this.#loaded().then(
      (loaded) => loaded.request(),
      (thrown: unknown) => this.#report(thrown),
    );
  }

  confirm(...args: Parameters<RealRun['confirm']>): void {
    this.#run()?.confirm(...args);
  }

  confirmCompanySwitch(): void {
    this.#run()?.confirmCompanySwitch();
  }

  cancel(): void {
    this.#run()?.cancel();
  }

  abort(): void {
    this.#real?.abort();
  }

  async resume(...args: Parameters<RealRun['resume']>): Promise<boolean> {
    let run: RealRun;
    try {
      run = await this.#loaded();
    } catch (thrown) {
      this.#report(thrown);
      return true;
    }
    return run.resume(...args);
  }

  /** The chunk could not load (offline): the host hears of it as a network error; the link stays as it was. */
  #report(thrown: unknown): void {
    const error = toConnectionError(thrown, 'network');
    this.core.emit({ type: 'reconnect-error', reason: error.reason, message: error.message });
  }
}
