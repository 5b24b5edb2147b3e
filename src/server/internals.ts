// The parts of a running server that its testing helpers (seedConnection) reach; not for hosts' production code.
import type { ConnectionRepository } from './db/index.js';
import type { EventRepository } from './db/event-repository.js';
import type { Dispatcher } from './events/dispatcher.js';
import type { ConnectionService } from './service.js';
import type { TokenManager } from './token-manager.js';

export const internals = Symbol.for('qbo-reconnect.server.internals');

export interface ServerInternals {
  repository: ConnectionRepository;
  tokens: TokenManager;
  service: ConnectionService;
  now: () => Date;
  /** The outbox, for tests that read an event's delivery state, and the dispatcher (the bench shortens its backoff). */
  events: EventRepository;
  dispatcher: Dispatcher;
}
