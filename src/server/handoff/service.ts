// HandoffService: the rules of hand-off links ("Ask a QuickBooks admin"): request, cancel, the snapshot's field,
// what a token may do (open the page, start a sign-in, complete it) and the sweep of expired requests.
import type { ConnectionSnapshot, HandoffCreated } from '../../core/model.js';
import { completeConnection, type CompleteDeps, type HandoffCompletion } from '../complete.js';
import { randomToken, sha256 } from '../crypto.js';
import type { ConnectionRepository, HandoffRow } from '../db/index.js';
import { QboServerError } from '../errors.js';
import { personNamed } from '../events/event.js';
import { HANDOFF_SCOPE } from '../intuit/endpoints.js';
import type { RetryPolicy } from '../intuit/retry.js';
import { readUserinfo } from '../intuit/userinfo.js';
import { linkedCompany } from '../linked-company.js';
import type { SendHandoffInput, TenantContext } from '../options.js';
import type { ConnectionService } from '../service.js';
import { isHandoffLang, type RefusalKind } from './strings.js';

export const DEFAULT_HANDOFF_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const DEFAULT_HANDOFF_RATE = 10;
const HOUR_MS = 60 * 60 * 1000;
/** A token is 32 random bytes in base64url: anything else is refused before any database read. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface HandoffServiceDeps {
  service: ConnectionService;
  complete: CompleteDeps;
  ttlMs: number;
  ratePerHour: number;
  userinfoEndpoint: string | undefined;
  retry: RetryPolicy;
  sendHandoff: ((input: SendHandoffInput) => void | Promise<void>) | undefined;
  onError: (error: unknown) => void;
}

export interface HandoffInput {
  email?: string | undefined;
  note?: string | undefined;
  lang?: string | undefined;
}

/** A link that may be used: the request it belongs to and its token's hash. */
export interface UsableLink {
  row: HandoffRow;
  tokenHash: string;
}

/** Why a token is refused; the page turns it into words, the API into `not_found`. */
export class RefusedLink extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** The link's language when the link is known, so the refusal speaks it too. */
    readonly lang = 'en',
  ) {
    super(`The hand-off link is refused (${kind}).`);
  }
}

export class HandoffService {
  constructor(readonly deps: HandoffServiceDeps) {}

  get #repository(): ConnectionRepository {
    return this.deps.service.deps.repository;
  }
  #now(): Date {
    return this.deps.service.deps.now();
  }

  /** POST /connection/handoff: a new link replaces the open one; `linkBase` is where `/handoff/{token}` is served. */
  async request(tenant: TenantContext, input: HandoffInput, linkBase: string): Promise<HandoffCreated> {
    const now = this.#now();
    const token = randomToken();
    const tokenHash = await sha256(token);
    const requestedBy = tenant.user?.name ?? null;
    const lang = input.lang && isHandoffLang(input.lang) ? input.lang : 'en';
    const row = await this.#repository.transaction(async (tx) => {
      // The row lock serialises a tenant's requests, so the rate limit and "one open request" hold across processes.
      const current = await tx.lockConnection(tenant.tenantId);
      const company = linkedCompany(current);
      if (!current || !company) throw new QboServerError('not_connected', 'No QuickBooks company was ever linked; connect one first.');
      if (current.linkState === 'active') throw new QboServerError('handoff_not_needed', 'The QuickBooks connection is active.');
      const recent = await tx.handoffs.requestedSince(tenant.tenantId, new Date(now.getTime() - HOUR_MS));
      if (recent.count >= this.deps.ratePerHour) {
        const freeAt = (recent.oldest?.getTime() ?? now.getTime()) + HOUR_MS;
        const retryAfter = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
        throw new QboServerError('rate_limited', 'Too many hand-off links were requested in the last hour.', { retryAfter });
      }
      await tx.handoffs.closeOpen(tenant.tenantId, now, 'replaced');
      const created = {
        tokenHash,
        tenantId: tenant.tenantId,
        realmId: company.realmId,
        companyName: company.name,
        requestedBy,
        email: null,
        note: input.note ?? null,
        lang,
        requestedAt: now,
        expiresAt: new Date(now.getTime() + this.deps.ttlMs),
      };
      await tx.handoffs.insert(created);
      await tx.appendEvents([
        { tenantId: tenant.tenantId, type: 'handoff_requested', at: now, company, actor: personNamed(requestedBy), requestedBy },
      ]);
      return created;
    });
    const url = `${linkBase}/handoff/${token}`;
    const sentTo = input.email ? await this.#send(row, url, input.email) : null;
    return { url, expiresAt: row.expiresAt.toISOString(), sentTo };
  }

  /** The host's mailer; a failure still returns the link to copy and is reported, never thrown. */
  async #send(row: Omit<HandoffRow, 'stateHash' | 'closedAt' | 'closedReason'>, url: string, email: string): Promise<string | null> {
    if (!this.deps.sendHandoff) return null;
    try {
      await this.deps.sendHandoff({
        tenantId: row.tenantId,
        url,
        email,
        note: row.note,
        requestedBy: row.requestedBy ? { name: row.requestedBy } : null,
        company: { realmId: row.realmId, name: row.companyName },
        expiresAt: row.expiresAt.toISOString(),
        lang: row.lang,
      });
    } catch (error) {
      this.deps.onError(error);
      return null;
    }
    // The snapshot names where the link went only once it went there.
    await this.#repository.handoffs.setEmail(row.tokenHash, email);
    return email;
  }

  /**
   * DELETE /connection/handoff: closes the open request (its link stops working). With none open it changes nothing
   * and still answers the snapshot, as the contract says: two tabs cancelling at once both end where they meant to.
   */
  async cancel(tenant: TenantContext): Promise<ConnectionSnapshot> {
    const now = this.#now();
    await this.#repository.transaction(async (tx) => {
      const closed = await tx.handoffs.closeOpen(tenant.tenantId, now, 'cancelled');
      if (!closed) return;
      const company = { realmId: closed.realmId, name: closed.companyName };
      await tx.appendEvents([
        {
          tenantId: tenant.tenantId,
          type: 'handoff_cancelled',
          at: now,
          company,
          actor: personNamed(tenant.user?.name),
          requestedBy: closed.requestedBy,
        },
      ]);
    });
    return this.deps.service.snapshot(tenant);
  }

  /**
   * What a token may do, checked on every use: it exists, is open and unexpired, and its tenant still has the
   * company it was made for, inactive. Reads only.
   */
  async check(token: string | undefined): Promise<UsableLink> {
    if (!token || !TOKEN_SHAPE.test(token)) throw new RefusedLink('unknown');
    const tokenHash = await sha256(token);
    const row = await this.#repository.handoffs.byTokenHash(tokenHash);
    if (!row) throw new RefusedLink('unknown');
    const refuse = (kind: RefusalKind) => new RefusedLink(kind, row.lang);
    if (row.closedReason === 'completed') throw refuse('used');
    if (row.closedReason === 'cancelled') throw refuse('cancelled');
    if (row.closedReason === 'replaced') throw refuse('replaced');
    if (row.closedReason === 'reconnected') throw refuse('not_needed');
    if (row.closedReason === 'expired' || row.expiresAt <= this.#now()) throw refuse('expired');
    const current = await this.#repository.getConnection(row.tenantId);
    if (current?.realmId !== row.realmId) throw refuse('company_changed');
    if (current.linkState === 'active') throw refuse('not_needed');
    return { row, tokenHash };
  }

  /** The page's sign-in: a state for the link's tenant, asking Intuit also for the signer's email. */
  async authorize(link: UsableLink, redirectUri: string): Promise<{ authorizationUrl: string; state: string }> {
    const tenant = { tenantId: link.row.tenantId };
    const started = await this.deps.service.authorize(tenant, redirectUri, HANDOFF_SCOPE);
    if (!(await this.#repository.handoffs.setState(link.tokenHash, await sha256(started.state), this.#now()))) {
      throw new RefusedLink('expired');
    }
    return started;
  }

  /**
   * The page's completion: the connection service's own rules (one exchange per code, the realm confirmed with
   * CompanyInfo, a pending grant for a company switch), with the signer's email as actor and the request consumed
   * in the link's transaction.
   */
  async complete(
    link: UsableLink,
    request: { code: string; state: string; realmId: string; confirmCompanySwitch?: boolean | undefined },
  ): Promise<ConnectionSnapshot> {
    const stateHash = await sha256(request.state);
    if (link.row.stateHash !== stateHash) {
      throw new QboServerError('invalid_state', 'This sign-in was not started from this link; start it again.');
    }
    const { tokenHash, row } = link;
    const completion: HandoffCompletion = {
      identify: async (grant) => {
        if (!this.deps.userinfoEndpoint) return null;
        return (await readUserinfo(this.deps.userinfoEndpoint, grant.accessToken(), this.deps.retry)).email;
      },
      claim: async (tx, current, incoming, at, email) => {
        if (current?.realmId !== row.realmId) throw new QboServerError('not_found', 'This link was made for another company than the one now linked.');
        if (current.linkState === 'active') throw new QboServerError('handoff_not_needed', 'The QuickBooks connection was restored meanwhile.');
        const claimed = await tx.handoffs.claim(tokenHash, row.tenantId, stateHash, at);
        if (!claimed) throw new QboServerError('not_found', 'This link was already used, cancelled, replaced, or has expired.');
        // The admin is known by the email Intuit gave, not by a host account (they may have none).
        const actor = email ? { name: null, email } : null;
        return {
          actor,
          requestedBy: claimed.requestedBy,
          events: [{ tenantId: row.tenantId, type: 'handoff_completed', at, company: incoming, actor, requestedBy: claimed.requestedBy }],
        };
      },
    };
    return completeConnection(this.deps.complete, { tenantId: row.tenantId }, request, completion);
  }

  /** Closes expired open requests with a `handoff_expired` event each, in the same transaction. */
  async expire(now = this.#now()): Promise<{ expired: number }> {
    let expired = 0;
    for (;;) {
      const batch = await this.#repository.transaction(async (tx) => {
        const rows = await tx.handoffs.takeExpired(now, 50);
        await tx.appendEvents(
          rows.map((row) => ({
            tenantId: row.tenantId,
            type: 'handoff_expired' as const,
            at: now,
            company: { realmId: row.realmId, name: row.companyName },
            actor: null,
            requestedBy: row.requestedBy,
          })),
        );
        return rows.length;
      });
      expired += batch;
      if (batch < 50) return { expired };
    }
  }
}
