// Test doubles for the store's surroundings: a scripted adapter, a sign-in window, an in-memory Storage.
import type { ConnectionAdapter } from '../../src/core/adapter.js';
import type { AuthorizationWindow } from '../../src/core/store.js';
import { ConnectionError } from '../../src/core/errors.js';
import type { CompleteRequest, CompleteResult, ConnectionSnapshot } from '../../src/core/model.js';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const INACTIVE: ConnectionSnapshot = {
  linkState: 'inactive',
  everReconnected: false,
  inactiveReason: 'expired_credentials',
  company: { realmId: '9130357766', name: 'Northwind Outfitters' },
  sync: { totalFiles: 42, lastSyncAt: '2026-10-30T14:05:00Z' },
  credentialsExpireAt: null,
  connectedAt: '2026-07-14T16:20:00Z',
  connectedBy: { name: 'Dana Ortiz' },
  handoff: null,
};

export const ACTIVE: ConnectionSnapshot = {
  linkState: 'active',
  everReconnected: true,
  inactiveReason: null,
  company: { realmId: '9130357766', name: 'Northwind Outfitters' },
  sync: { totalFiles: 43, lastSyncAt: '2026-11-25T09:00:00Z' },
  credentialsExpireAt: '2027-03-05T09:00:00Z',
  connectedAt: '2026-11-25T08:55:00Z',
  connectedBy: { name: 'Dana Ortiz' },
  handoff: null,
};

/** An adapter whose every call is recorded and answered by the test. */
export class ScriptedAdapter implements ConnectionAdapter {
  loads: Array<{ signal: AbortSignal | undefined; reply: Deferred<unknown> }> = [];
  authorizations: Array<{ redirectUri: string }> = [];
  completions: CompleteRequest[] = [];
  authorizeReply: () => Promise<unknown> = async () => ({
    authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2?state=s-1',
    state: 's-1',
  });
  completeReply: (request: CompleteRequest) => Promise<unknown> = async () => ({ outcome: 'connected', snapshot: ACTIVE });

  load(options?: { signal?: AbortSignal }): Promise<ConnectionSnapshot> {
    const reply = deferred<unknown>();
    this.loads.push({ signal: options?.signal, reply });
    return reply.promise as Promise<ConnectionSnapshot>;
  }

  authorize(request: { redirectUri: string }) {
    this.authorizations.push(request);
    return this.authorizeReply() as Promise<{ authorizationUrl: string; state: string }>;
  }

  complete(request: CompleteRequest): Promise<CompleteResult> {
    this.completions.push(request);
    return this.completeReply(request) as Promise<CompleteResult>;
  }

  async vendors() {
    return { items: [], nextCursor: null };
  }

  /** Every disconnect() call, answered by the test through `reply` (or at once by `disconnectReply`). */
  disconnects: Array<{ signal: AbortSignal | undefined; reply: Deferred<unknown> }> = [];
  disconnectReply: (() => Promise<unknown>) | null = null;

  disconnect(options?: { signal?: AbortSignal }): Promise<ConnectionSnapshot> {
    const reply = deferred<unknown>();
    this.disconnects.push({ signal: options?.signal, reply });
    if (this.disconnectReply) this.disconnectReply().then(reply.resolve, reply.reject);
    return reply.promise as Promise<ConnectionSnapshot>;
  }
}

/** The snapshot a backend answers DELETE /connection with: the link ended, company and history kept. */
export const DISCONNECTED: ConnectionSnapshot = {
  ...ACTIVE,
  linkState: 'disabled',
  inactiveReason: 'manually_disabled',
  credentialsExpireAt: null,
};

/** A sign-in window the test opens, blocks, answers or closes. */
export class FakeWindow implements AuthorizationWindow {
  static created: FakeWindow[] = [];
  blocked = false;
  opened = false;
  closed = false;
  authorizeCalls: Array<{ url: string; state: string }> = [];
  answer = deferred<{ code: string; state: string; realmId: string }>();

  constructor(
    readonly redirectUri: string,
    readonly hooks: { onDetached(): void; onClosed(): void } = { onDetached() {}, onClosed() {} },
  ) {
    FakeWindow.created.push(this);
  }

  open(): void {
    if (this.blocked || FakeWindow.blockNext) {
      FakeWindow.blockNext = false;
      throw new ConnectionError('popup_blocked', 'The browser blocked the sign-in window.');
    }
    this.opened = true;
  }

  authorize(url: string, state: string) {
    this.authorizeCalls.push({ url, state });
    return this.answer.promise;
  }

  close(): void {
    this.closed = true;
  }

  static blockNext = false;
}

/** sessionStorage's interface over a Map, so tests do not share the page's storage. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}
