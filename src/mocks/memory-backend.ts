// The in-memory backend behind the memory adapter and the msw handlers: the REST contract's behaviour, written once.
import { ConnectionError } from '../core/errors.js';
import { pause } from './latency.js';
import type { RequestOptions } from '../core/adapter.js';
import type {
  AuthorizeRequest,
  AuthorizeResult,
  Company,
  CompleteRequest,
  CompleteResult,
  ConnectionSnapshot,
  EventActor,
  HistoryItem,
  HistoryPage,
  HistoryRequest,
  HandoffCreateRequest,
  HandoffCreated,
  VendorPage,
  VendorsRequest,
} from '../core/model.js';
import { parseHistoryPage, parseSnapshot } from '../core/schemas.js';
import { eventsForChange, historyPage, prepend } from './backend-history.js';
import type { MemoryBackendOptions, MemoryVendor } from './backend-options.js';
import { StoredBackendState } from './backend-storage.js';
import type { BackendState } from './backend-storage.js';
import { badRequest, readAuthorizeRequest, readCompleteRequest, readCursor } from './backend-requests.js';
import { SAMPLE_COMPANIES, SAMPLE_INACTIVE_SNAPSHOT, SAMPLE_VENDORS } from './sample-data.js';
import { DEFAULT_HANDOFF_RATE_PER_HOUR, DEFAULT_HANDOFF_TTL_MS, expireHandoff, issueHandoff, readHandoffRequest } from './backend-handoff.js';

export const DEFAULT_AUTHORIZATION_ENDPOINT = 'https://appcenter.intuit.com/connect/oauth2';
export const DEFAULT_CLIENT_ID = 'mock-qbo-client-id';
export const ACCOUNTING_SCOPE = 'com.intuit.quickbooks.accounting';
export const DEFAULT_STORAGE_KEY = 'qbo-reconnect:memory-backend';
export const MAX_VENDOR_LIMIT = 100;
export { DEFAULT_VENDOR_LIMIT, readAuthorizeRequest, readCompleteRequest, readVendorsQuery } from './backend-requests.js';
export type { MemoryBackendOptions, MemoryVendor } from './backend-options.js';
export { SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_COMPANIES, SAMPLE_DISABLED_SNAPSHOT, SAMPLE_INACTIVE_SNAPSHOT, SAMPLE_VENDORS } from './sample-data.js';

// Caps keep a storage-backed state small when a tab issues states for hours.
const MAX_ISSUED_STATES = 20;
const MAX_USED_CODES = 100;

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function keepLast(list: string[], item: string, max: number): string[] {
  return [...list.filter((entry) => entry !== item), item].slice(-max);
}

/** Listener errors surface without stopping the other listeners or the change that caused them. */
function report(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else setTimeout(() => { throw error; });
}

export class MemoryBackend {
  /** Artificial delay before every operation, in milliseconds. */
  latencyMs: number;
  readonly authorizationEndpoint: string;
  readonly clientId: string;
  readonly #startingTotalFiles: number;
  readonly #stored: StoredBackendState;
  readonly #now: () => Date;
  readonly #user: { name: string } | null;
  readonly #credentialsLifetimeMs: number;
  readonly #handoff: { ttlMs: number; ratePerHour: number; linkBase: string | undefined };
  readonly #listeners = new Set<(snapshot: ConnectionSnapshot) => void>();
  #initial: BackendState;
  #state: BackendState;

  constructor(options: MemoryBackendOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
    this.authorizationEndpoint = options.authorizationEndpoint ?? DEFAULT_AUTHORIZATION_ENDPOINT;
    this.clientId = options.clientId ?? DEFAULT_CLIENT_ID;
    this.#startingTotalFiles = options.startingTotalFiles ?? 1;
    this.#stored = new StoredBackendState(options.storage, options.storageKey ?? DEFAULT_STORAGE_KEY);
    this.#now = options.now ?? (() => new Date());
    this.#user = options.user === undefined ? { name: 'Dana Ortiz' } : options.user;
    this.#credentialsLifetimeMs = options.credentialsLifetimeMs ?? 100 * 24 * 60 * 60 * 1000;
    this.#handoff = {
      ttlMs: options.handoffTtlMs ?? DEFAULT_HANDOFF_TTL_MS,
      ratePerHour: options.handoffRatePerHour ?? DEFAULT_HANDOFF_RATE_PER_HOUR,
      linkBase: options.handoffLinkBase,
    };
    this.#initial = MemoryBackend.#startingState(options);
    this.#state = structuredClone(this.#initial);
    // A state already in storage wins: that is what lets a reloaded page carry on where it was.
    if (!this.#readStorage()) this.#writeStorage();
  }

  static #startingState(options: Pick<MemoryBackendOptions, 'snapshot' | 'companies' | 'vendors' | 'history'>): BackendState {
    const companies: Record<string, string> = {};
    for (const company of options.companies ?? SAMPLE_COMPANIES) companies[company.realmId] = company.name;
    const snapshot = parseSnapshot(structuredClone(options.snapshot ?? SAMPLE_INACTIVE_SNAPSHOT));
    if (snapshot.company) companies[snapshot.company.realmId] ??= snapshot.company.name;
    return {
      snapshot,
      companies,
      vendors: (options.vendors ?? SAMPLE_VENDORS).map(({ qboId, name }) => ({ qboId, name })),
      issuedStates: [],
      usedCodes: [],
      history: parseHistoryPage({ items: structuredClone(options.history ?? []), nextCursor: null }).items,
    };
  }

  /** A copy of the current snapshot. */
  get snapshot(): ConnectionSnapshot {
    this.#readStorage();
    return structuredClone(this.#state.snapshot);
  }

  /** A copy of the vendor records, with their QuickBooks ids whatever the link state. */
  get vendorRecords(): MemoryVendor[] {
    this.#readStorage();
    return structuredClone(this.#state.vendors);
  }

  /** The OAuth states issued and not yet consumed. */
  get issuedStates(): readonly string[] {
    this.#readStorage();
    return [...this.#state.issuedStates];
  }

  /** The name Intuit would report for a realm; an unknown realm still gets a readable one. */
  companyName(realmId: string): string {
    this.#readStorage();
    return this.#state.companies[realmId] ?? `QuickBooks company ${realmId}`;
  }

  /**
   * Replaces the snapshot (validated: an invalid one throws `invalid_response`), records the event the change
   * describes (`inactive`, `recovered`… with nobody acting) and tells the listeners.
   */
  setSnapshot(snapshot: ConnectionSnapshot): void {
    this.#readStorage();
    this.#change(parseSnapshot(structuredClone(snapshot)), null);
    this.#commit(true);
  }

  /** A copy of the recorded connection events, newest first. */
  get historyItems(): HistoryItem[] {
    this.#readStorage();
    return structuredClone(this.#state.history);
  }

  /** A page of the connection events, newest first (the contract's `GET /connection/history`). */
  async history(request: HistoryRequest, options: RequestOptions = {}): Promise<HistoryPage> {
    this.#readStorage();
    const page = historyPage(this.#state.history, request);
    await pause(this.latencyMs, options.signal);
    return page;
  }

  setVendors(vendors: readonly MemoryVendor[]): void {
    this.#readStorage();
    this.#state.vendors = vendors.map(({ qboId, name }) => ({ qboId, name }));
    this.#commit(false);
  }

  /** Back to the starting state, or to a new one (which later resets return to). */
  reset(start?: Pick<MemoryBackendOptions, 'snapshot' | 'companies' | 'vendors' | 'history'>): void {
    if (start) this.#initial = MemoryBackend.#startingState(start);
    this.#state = structuredClone(this.#initial);
    this.#commit(true);
  }

  /** Called with a copy of every new snapshot; returns the unsubscribe function. */
  subscribe(listener: (snapshot: ConnectionSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async load(options: RequestOptions = {}): Promise<ConnectionSnapshot> {
    await pause(this.latencyMs, options.signal);
    this.#readStorage();
    if (expireHandoff(this.#state, this.#now())) this.#commit(true);
    return this.snapshot;
  }

  /**
   * `POST /connection/handoff`: a fake single-use link (it opens nothing) that replaces the open request; refused while
   * active (409 `handoff_not_needed`), with no company (409 `not_connected`) and past the hourly limit (429).
   */
  async createHandoff(request: HandoffCreateRequest, options: RequestOptions = {}): Promise<HandoffCreated> {
    const body = readHandoffRequest(request);
    await pause(this.latencyMs, options.signal);
    this.#readStorage();
    const base = (globalThis as { location?: { origin: string } }).location?.origin ?? 'https://qbo-reconnect.example';
    const created = issueHandoff(this.#state, body, {
      now: this.#now(),
      requestedBy: this.#user ?? { name: 'Host user' },
      ttlMs: this.#handoff.ttlMs,
      ratePerHour: this.#handoff.ratePerHour,
      linkBase: this.#handoff.linkBase ?? `${base}/qbo-handoff/`,
    });
    this.#commit(true);
    return created;
  }

  /** `DELETE /connection/handoff`: the open request ends (also fine when none is open). */
  async cancelHandoff(options: RequestOptions = {}): Promise<ConnectionSnapshot> {
    await pause(this.latencyMs, options.signal);
    this.#readStorage();
    if (this.#state.snapshot.handoff) {
      this.#state.snapshot = { ...this.#state.snapshot, handoff: null };
      this.#commit(true);
    }
    return this.snapshot;
  }

  async authorize(request: AuthorizeRequest, options: RequestOptions = {}): Promise<AuthorizeResult> {
    const { redirectUri } = readAuthorizeRequest(request);
    await pause(this.latencyMs, options.signal);
    const base = (globalThis as { location?: { href: string } }).location?.href;
    if (!URL.canParse(this.authorizationEndpoint, base)) {
      throw new ConnectionError('not_configured', `The authorization endpoint "${this.authorizationEndpoint}" is not a URL.`);
    }
    const url = new URL(this.authorizationEndpoint, base);
    const state = randomState();
    url.searchParams.set('client_id', this.clientId);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', ACCOUNTING_SCOPE);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('state', state);
    this.#readStorage();
    this.#state.issuedStates = keepLast(this.#state.issuedStates, state, MAX_ISSUED_STATES);
    this.#commit(false);
    return { authorizationUrl: url.href, state };
  }

  async complete(request: CompleteRequest, options: RequestOptions = {}): Promise<CompleteResult> {
    const { code, state, realmId, confirmCompanySwitch } = readCompleteRequest(request);
    await pause(this.latencyMs, options.signal);
    this.#readStorage();
    const current = this.#state;
    if (!current.issuedStates.includes(state)) throw badRequest('invalid_state', 'The OAuth state was not issued by this backend, or was already used.');
    // Intuit refuses an authorization code exchanged twice.
    if (current.usedCodes.includes(code)) throw badRequest('invalid_grant', 'The authorization code was already used.');
    const linked = current.snapshot.company;
    const incoming: Company = { realmId, name: this.companyName(realmId) };
    const switching = linked !== null && linked.realmId !== realmId;
    if (switching && confirmCompanySwitch !== true) {
      // The state and code stay valid: the user's second Yes repeats this call with confirmCompanySwitch.
      return { outcome: 'company_mismatch', linked: { ...linked }, incoming };
    }
    const previous = current.snapshot.sync;
    current.issuedStates = current.issuedStates.filter((issued) => issued !== state);
    current.usedCodes = keepLast(current.usedCodes, code, MAX_USED_CODES);
    // Linking another company removes the old one's data (the seed's warning), its sync history included.
    if (switching) current.vendors = [];
    this.#change({
      linkState: 'active',
      everReconnected: true,
      inactiveReason: null,
      company: incoming,
      sync: {
        totalFiles: switching || !previous ? this.#startingTotalFiles : previous.totalFiles,
        lastSyncAt: this.#now().toISOString(),
      },
      credentialsExpireAt: new Date(this.#now().getTime() + this.#credentialsLifetimeMs).toISOString(),
      connectedAt: this.#now().toISOString(),
      connectedBy: this.#user ? { ...this.#user } : null,
      handoff: null,
    }, this.#actor(), true);
    this.#commit(true);
    return { outcome: 'connected', snapshot: structuredClone(current.snapshot) };
  }

  /**
   * Ends the link (the contract's `DELETE /connection`): the grant is dropped, the host's data and the record of the
   * last link stay, so reconnecting the same company later loses nothing. With no link to end: 409 `not_connected`.
   */
  async disconnect(options: RequestOptions = {}): Promise<ConnectionSnapshot> {
    await pause(this.latencyMs, options.signal);
    this.#readStorage();
    const current = this.#state;
    if (current.snapshot.linkState === 'disabled') {
      throw new ConnectionError('server', 'There is no QuickBooks link to end.', { status: 409, code: 'not_connected' });
    }
    current.issuedStates = [];
    this.#change({ ...current.snapshot, linkState: 'disabled', inactiveReason: 'manually_disabled', credentialsExpireAt: null }, this.#actor());
    this.#commit(true);
    return structuredClone(current.snapshot);
  }

  async vendors(request: VendorsRequest, options: RequestOptions = {}): Promise<VendorPage> {
    const { limit } = request;
    if (!Number.isInteger(limit) || limit < 1) throw badRequest('invalid_request', '"limit" must be a positive integer.');
    const start = readCursor(request.cursor);
    await pause(this.latencyMs, options.signal);
    this.#readStorage();
    const { vendors, snapshot } = this.#state;
    const end = start + Math.min(limit, MAX_VENDOR_LIMIT);
    // Only a live feed supplies QuickBooks ids; otherwise the UI shows its placeholder.
    const live = snapshot.linkState === 'active';
    return {
      items: vendors.slice(start, end).map((vendor) => ({ id: live ? vendor.qboId : null, name: vendor.name })),
      nextCursor: end < vendors.length ? String(end) : null,
    };
  }

  /** The one writer of the link: the new snapshot and the events that describe the change, together. */
  #change(next: ConnectionSnapshot, actor: EventActor | null, signedIn = false): void {
    const events = eventsForChange(this.#state.snapshot, next, this.#now(), actor, signedIn);
    this.#state.snapshot = next;
    if (events.length > 0) this.#state.history = prepend(this.#state.history, events);
  }

  #actor(): EventActor | null {
    return this.#user ? { name: this.#user.name, email: null } : null;
  }

  #commit(snapshotChanged: boolean): void {
    this.#writeStorage();
    if (!snapshotChanged) return;
    for (const listener of [...this.#listeners]) {
      try {
        listener(structuredClone(this.#state.snapshot));
      } catch (error) {
        report(error);
      }
    }
  }

  /** Adopts a state another instance stored; true when the stored state is valid. */
  #readStorage(): boolean {
    const stored = this.#stored.read();
    if (stored && stored !== 'unchanged') this.#state = stored;
    return stored !== null;
  }

  #writeStorage(): void {
    this.#stored.write(this.#state);
  }
}
