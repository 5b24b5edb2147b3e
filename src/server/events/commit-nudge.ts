// Wraps the repository so that a commit carrying events nudges the dispatcher: the hook hears a change made in this
// process within milliseconds instead of one timer interval later. Other processes' events wait for their timer.
import type { ConnectionRepository } from '../db/index.js';

/** The writes that may carry events; anything else the repository offers passes through untouched. */
const EVENT_WRITES = new Set<PropertyKey>(['saveConnection', 'saveConnectionIfVersion', 'appendEvents']);

export function nudgeOnCommit(repository: ConnectionRepository, nudge: () => void): ConnectionRepository {
  return watch(repository, nudge);
}

/**
 * Outside a transaction a write commits when it returns, so `wrote` (the nudge) runs then; inside one, a write only
 * marks the transaction, which calls `wrote` after its commit (a rollback calls nothing).
 */
function watch(repository: ConnectionRepository, wrote: () => void): ConnectionRepository {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (EVENT_WRITES.has(property)) {
        return async (...args: unknown[]) => {
          const result = await value.apply(target, args);
          const events = (property === 'appendEvents' ? args[0] : property === 'saveConnection' ? args[2] : args[3]) as unknown[];
          if (events?.length && result !== false) wrote();
          return result;
        };
      }
      if (property === 'transaction') {
        return async <T>(fn: (tx: ConnectionRepository) => Promise<T>) => {
          let carried = false;
          const result = await value.call(target, (tx: ConnectionRepository) => fn(watch(tx, () => (carried = true))));
          if (carried) wrote();
          return result as T;
        };
      }
      return value.bind(target);
    },
  });
}
