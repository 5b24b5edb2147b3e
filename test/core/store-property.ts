// The store's property: under any adapter and window outcomes and any interleaving of user intents, nothing throws,
// nothing rejects unhandled, nothing stays stuck once the deadlines pass, and no invalid snapshot is ever held.
// Shared by the quick run in `npm test` (store-property.test.ts) and the long one (`npm run fuzz`).
import fc from 'fast-check';
import type { ConnectionAdapter } from '../../src/core/adapter.js';
import { ConnectionError } from '../../src/core/errors.js';
import type { AuthorizationWindow, SignInWindowHooks } from '../../src/core/oauth-environment.js';
import { ConnectionStore } from '../../src/core/store.js';
import type { StoreState } from '../../src/core/store.js';
import { parseSnapshot } from '../../src/core/schemas.js';
import { ACTIVE, DISCONNECTED, INACTIVE, MemoryStorage } from '../helpers/fakes.js';
import { ManualClock } from '../helpers/clock.js';

const DEADLINE_MS = 1000;
/** The real sign-in window gives up after 10 minutes; the fake one does too, on the manual clock. */
const WINDOW_TIMEOUT_MS = 600_000;
const HOSTILE = ['null-prototype', 'trapping-proxy', 'throwing-toString', 'symbol', 'bigint', 'function', 'frozen-error-like', 'thenable'] as const;
type Hostile = (typeof HOSTILE)[number];

/** Values are described, not built, so fast-check can print a counterexample; `materialize` builds them. */
type Value = { valid: number } | { junk: unknown } | { hostile: Hostile };
export type Outcome =
  | { kind: 'resolve'; value: Value; delay: number }
  | { kind: 'reject'; value: Value; delay: number }
  | { kind: 'throw'; value: Value }
  | { kind: 'never' };

function materialize(value: Value, valid: readonly unknown[]): unknown {
  if ('valid' in value) return valid[value.valid % valid.length];
  if ('junk' in value) return value.junk;
  switch (value.hostile) {
    case 'null-prototype':
      return Object.create(null);
    case 'trapping-proxy':
      return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    case 'throwing-toString':
      return { toString: trap, valueOf: trap, get message() { return trap(); } };
    case 'symbol':
      return Symbol('hostile');
    case 'bigint':
      return 10n ** 30n;
    case 'function':
      return () => trap();
    case 'frozen-error-like':
      return Object.freeze({ name: 'Error', message: 42, reason: 'nonsense' });
    case 'thenable':
      return { then: (_resolve: unknown, reject: (reason: unknown) => void) => reject(Object.create(null)) };
  }
}

function trap(): never {
  throw new Error('hostile trap');
}

const valueArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: fc.nat(5).map((valid) => ({ valid })) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2 }).map((junk) => ({ junk })) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE).map((hostile) => ({ hostile })) },
);
const delayArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * DEADLINE_MS }));
export const outcomeArb: fc.Arbitrary<Outcome> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('resolve' as const), value: valueArb, delay: delayArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reject' as const), value: valueArb, delay: delayArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('throw' as const), value: valueArb }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'never' as const }) },
);

const INTENTS = [
  'load', 'refresh', 'requestReconnect', 'confirmPopup', 'confirmRedirect', 'confirmCompanySwitch', 'cancel',
  'requestDisconnect', 'confirmDisconnect', 'cancelDisconnect', 'dismissBanner', 'resumeFromRedirect',
  'openFromLanding', 'windowClosed', 'windowDetached', 'push', 'dispose',
] as const;
export type Step = { intent: (typeof INTENTS)[number] } | { tick: number } | { flush: true };
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...INTENTS.filter((intent) => intent !== 'dispose')).map((intent) => ({ intent })) },
  { weight: 1, arbitrary: fc.constant({ intent: 'dispose' as const }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 2 * DEADLINE_MS }).map((tick) => ({ tick })) },
  { weight: 3, arbitrary: fc.constant({ flush: true as const }) },
);

export interface Scenario {
  outcomes: Outcome[];
  steps: Step[];
  /** The page URL carries a redirect return (to exercise resume), and sessionStorage a pending entry for it. */
  redirectReturn: boolean;
}
export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  outcomes: fc.array(outcomeArb, { maxLength: 24 }),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 30 }),
  redirectReturn: fc.boolean(),
});

const VALID = {
  load: [INACTIVE, ACTIVE, DISCONNECTED],
  authorize: [{ authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2?state=s-1', state: 's-1' }],
  complete: [
    { outcome: 'connected', snapshot: ACTIVE },
    { outcome: 'company_mismatch', linked: INACTIVE.company, incoming: { realmId: '77', name: 'Other Co' } },
  ],
  disconnect: [DISCONNECTED],
  window: [{ code: 'c-1', state: 's-1', realmId: '9130357766' }, { code: 'c-2', state: 's-1', realmId: '77' }],
} as const;

export interface RunResult {
  /** Outcomes handed out to adapter and window calls in this run. */
  outcomes: number;
  problems: string[];
}

/** Lets every promise chain the store started run to its end (the store never waits on a real timer). */
async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 30; i++) await Promise.resolve();
}

/** Plays one scenario against a fresh store; `problems` lists every broken promise of the property. */
export async function runScenario(scenario: Scenario): Promise<RunResult> {
  const clock = new ManualClock();
  const problems: string[] = [];
  const queue = [...scenario.outcomes];
  let outcomes = 0;

  /** The next outcome, played as the reply of a call: resolved, rejected, thrown, late, or never. */
  function play(valid: readonly unknown[]): Promise<unknown> {
    const outcome = queue.shift() ?? { kind: 'never' };
    outcomes++;
    if (outcome.kind === 'never') return new Promise(() => {});
    if (outcome.kind === 'throw') throw materialize(outcome.value, valid);
    const value = materialize(outcome.value, valid);
    return new Promise((resolve, reject) => {
      const settle = () => (outcome.kind === 'resolve' ? resolve(value) : reject(value));
      if (outcome.delay === 0) settle();
      else clock.schedule(settle, outcome.delay);
    });
  }

  let pushListener = null as ((snapshot: unknown) => void) | null;
  const adapter: ConnectionAdapter = {
    load: () => play(VALID.load) as never,
    authorize: () => play(VALID.authorize) as never,
    complete: () => play(VALID.complete) as never,
    vendors: () => play([{ items: [], nextCursor: null }]) as never,
    disconnect: () => play(VALID.disconnect) as never,
    subscribe: (listener) => {
      pushListener = listener as (snapshot: unknown) => void;
      return () => (pushListener = null);
    },
  };

  let hooks = null as SignInWindowHooks | null;
  let navigated = false;
  const createWindow = (_uri: string, windowHooks: SignInWindowHooks): AuthorizationWindow => {
    hooks = windowHooks;
    let blocked = false;
    return {
      open() {
        const outcome = queue[0];
        // A thrown first outcome stands for a blocked popup.
        if (outcome?.kind === 'throw') {
          queue.shift();
          outcomes++;
          blocked = true;
          throw new ConnectionError('popup_blocked', 'blocked');
        }
      },
      authorize: () => {
        if (blocked) return Promise.reject(new ConnectionError('popup_blocked', 'blocked'));
        const answer = play(VALID.window) as Promise<never>;
        const timeout = new Promise<never>((_, reject) =>
          clock.schedule(() => reject(new ConnectionError('timeout', 'window timeout')), WINDOW_TIMEOUT_MS),
        );
        return Promise.race([answer, timeout]);
      },
      close() {},
    };
  };

  const storage = new MemoryStorage();
  let url = 'https://host.example/page';
  if (scenario.redirectReturn) {
    storage.setItem('qbo-reconnect:pending-authorization', JSON.stringify({ state: 's-1', returnUrl: url, mode: 'redirect', createdAt: Date.now() }));
    url += '?code=c-9&state=s-1&realmId=9130357766';
  }

  const onUnhandled = (reason: unknown) => problems.push(`unhandled rejection: ${describe(reason)}`);
  const stopWatching = watchUnhandled(onUnhandled);
  let store: ConnectionStore | null = null;
  try {
    store = new ConnectionStore({
      adapter,
      redirectUri: 'https://host.example/callback',
      callTimeoutMs: DEADLINE_MS,
      environment: {
        storage,
        currentUrl: () => url,
        navigate: () => (navigated = true),
        replaceUrl: (next) => (url = next),
        createWindow,
        schedule: clock.schedule,
        handOffToOpener: () => false,
      },
    });
    const live = store;
    const check = (when: string) => {
      const problem = invalidState(live.state);
      if (problem) problems.push(`${when}: ${problem}`);
    };
    live.subscribe(() => check('on update'));
    let disposed = false;
    // What the provider does when it gets the store.
    void live.resumeFromRedirect();
    void live.load();
    void live.openFromLanding();
    for (const step of scenario.steps) {
      try {
        if ('tick' in step) clock.advance(step.tick);
        else if ('flush' in step) await flushMicrotasks();
        else if (step.intent === 'dispose') {
          live.dispose();
          disposed = true;
        } else if (step.intent === 'windowClosed') hooks?.onClosed();
        else if (step.intent === 'windowDetached') hooks?.onDetached();
        else if (step.intent === 'push') {
          // A snapshot pushed by the adapter on its own: the next outcome's value, whatever it is.
          const outcome = queue.shift();
          outcomes++;
          pushListener?.(outcome && 'value' in outcome ? materialize(outcome.value, VALID.load) : undefined);
        }
        else if (step.intent === 'confirmPopup') live.confirm('popup');
        else if (step.intent === 'confirmRedirect') live.confirm('redirect');
        else void live[step.intent]();
      } catch (thrown) {
        problems.push(`${JSON.stringify(step)} threw: ${describe(thrown)}`);
      }
      await Promise.resolve();
    }
    // Past every deadline, every late reply and the window's own timeout.
    for (let round = 0; round < 6; round++) {
      await flushMicrotasks();
      clock.advance(WINDOW_TIMEOUT_MS);
    }
    await flushMicrotasks();
    if (!disposed) {
      const state = live.state;
      if (state.status === 'loading') problems.push('stuck: status still loading');
      const leftForIntuit = navigated && state.flow.name === 'authorizing' && state.flow.mode === 'redirect';
      if ((state.flow.name === 'authorizing' && !leftForIntuit) || state.flow.name === 'completing') problems.push(`stuck: flow still ${state.flow.name}`);
      if (state.disconnect.name === 'disconnecting') problems.push('stuck: disconnect still running');
    }
    check('at the end');
  } catch (thrown) {
    problems.push(`threw: ${describe(thrown)}`);
  } finally {
    await macrotask();
    stopWatching();
    store?.dispose();
  }
  return { outcomes, problems };
}

function invalidState(state: StoreState): string | null {
  if (state.snapshot !== null) {
    try {
      parseSnapshot(state.snapshot);
    } catch {
      return 'an invalid snapshot is held';
    }
  }
  if (state.status === 'error' && !(state.loadError instanceof ConnectionError)) return 'a load error that is not a ConnectionError';
  if (state.flow.name === 'failed' && typeof state.flow.reason !== 'string') return 'a failure without a reason';
  return null;
}

function describe(value: unknown): string {
  try {
    return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  } catch {
    return '(undescribable value)';
  }
}

/** Unhandled rejections surface in a later task: wait one before counting them. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function watchUnhandled(report: (reason: unknown) => void): () => void {
  const g = globalThis as unknown as {
    addEventListener?: (type: string, listener: (event: { reason: unknown; error?: unknown }) => void) => void;
    removeEventListener?: (type: string, listener: (event: { reason: unknown; error?: unknown }) => void) => void;
    process?: { on(type: string, listener: (reason: unknown) => void): void; off(type: string, listener: (reason: unknown) => void): void };
  };
  if (g.process?.on) {
    const onRejection = (reason: unknown) => report(reason);
    const onException = (error: unknown) => report(error);
    g.process.on('unhandledRejection', onRejection);
    g.process.on('uncaughtException', onException);
    return () => {
      g.process?.off('unhandledRejection', onRejection);
      g.process?.off('uncaughtException', onException);
    };
  }
  const onRejection = (event: { reason: unknown }) => report(event.reason);
  const onError = (event: { error?: unknown }) => report(event.error);
  g.addEventListener?.('unhandledrejection', onRejection);
  g.addEventListener?.('error', onError);
  return () => {
    g.removeEventListener?.('unhandledrejection', onRejection);
    g.removeEventListener?.('error', onError);
  };
}

export interface FuzzFigures {
  runs: number;
  outcomes: number;
  failures: number;
  ms: number;
  counterexample: string | null;
}

/** Runs the property `numRuns` times from `seed`; fast-check shrinks a failure to its smallest scenario. */
export async function fuzzStore(numRuns: number, seed: number): Promise<FuzzFigures> {
  const started = Date.now();
  let runs = 0;
  let outcomes = 0;
  let failures = 0;
  const property = fc.asyncProperty(scenarioArb, async (scenario) => {
    const result = await runScenario(scenario);
    runs++;
    outcomes += result.outcomes;
    if (result.problems.length) {
      failures++;
      throw new Error(result.problems.join('\n'));
    }
  });
  const details = await fc.check(property, { numRuns, seed, endOnFailure: false });
  return {
    runs,
    outcomes,
    failures,
    ms: Date.now() - started,
    counterexample: details.failed ? `${fc.stringify(details.counterexample)}\n${String(details.errorInstance)}` : null,
  };
}
