// POST /connection/complete: one code exchange, the realm confirmed with CompanyInfo, and a company switch held as
// an encrypted pending grant until the user confirms it.
import type { Company, CompleteRequest, ConnectionSnapshot } from '../core/model.js';
import { sha256 } from './crypto.js';
import { QboServerError } from './errors.js';
import type { ConnectionRepository, ConnectionRow, PendingGrantRow } from './db/index.js';
import { companyInfoRequest, processCompanyInfoResponse } from './intuit/api.js';
import type { TenantContext } from './options.js';
import { linkedCompany, STATE_LIFETIME_MS, type ConnectionService } from './service.js';
import type { RetryPolicy } from './intuit/retry.js';
import type { IntuitTokens } from './tokens.js';
import { personNamed, type NewConnectionEvent } from './events/event.js';
import type { EventActor } from '../core/model.js';

export interface CompleteDeps {
  service: ConnectionService;
  apiBaseUrl: string;
  retry: RetryPolicy;
}

/**
 * What a completion through a hand-off link adds to these rules (src/server/handoff): who signed in, read from the
 * new grant, and the request consumed in the same transaction as the link, so a lost race links nothing.
 */
export interface HandoffCompletion {
  /** The signed-in admin's email (Intuit userinfo); it becomes `connected_by`. A throw links nothing. */
  identify(grant: IntuitTokens): Promise<string | null>;
  /** Under the row lock, before anything is written: consumes the request (or throws) and says who acted. */
  claim(
    tx: ConnectionRepository,
    current: ConnectionRow | null,
    incoming: Company,
    at: Date,
    connectedBy: string | null,
  ): Promise<{ actor: EventActor | null; requestedBy: string | null; events: NewConnectionEvent[] }>;
}

export async function completeConnection(
  deps: CompleteDeps,
  tenant: TenantContext,
  request: CompleteRequest,
  handoff?: HandoffCompletion,
): Promise<ConnectionSnapshot> {
  const { repository, oauth, tokens: tokenManager, now } = deps.service.deps;
  const { tenantId } = tenant;
  const stateHash = await sha256(request.state);
  const codeHash = await sha256(request.code);

  if (request.confirmCompanySwitch === true) {
    const confirmed = await confirmSwitch(deps, tenant, request, stateHash, codeHash, handoff);
    if (confirmed) return confirmed;
  }

  // Both checks and the spending of the code in one transaction: a refusal leaves neither state nor code spent.
  const redirectUri = await repository.transaction(async (tx) => {
    if (!(await tx.markCodeUsed(codeHash, tenantId, now()))) {
      throw new QboServerError('code_used', 'This authorization code was already sent to Intuit; sign in again.');
    }
    const state = await tx.consumeState(stateHash, tenantId, now());
    if (!state) throw new QboServerError('invalid_state', 'The OAuth state is unknown, expired, already used, or not yours.');
    return state.redirectUri;
  });

  const grant = await oauth.exchangeCode(request.code, request.state, redirectUri, now());
  const incoming = await confirmRealm(deps, request.realmId, grant);
  const connectedBy = handoff ? await identify(deps, handoff, grant) : (tenant.user?.name ?? null);

  const linked = linkedCompany(await repository.getConnection(tenantId));
  if (linked && linked.realmId !== incoming.realmId && request.confirmCompanySwitch !== true) {
    await repository.savePendingGrant({
      stateHash,
      tenantId,
      codeHash,
      realmId: incoming.realmId,
      companyName: incoming.name,
      tokens: await tokenManager.seal(tenantId, grant, `pending:${stateHash}`),
      connectedBy,
      expiresAt: new Date(now().getTime() + STATE_LIFETIME_MS),
    });
    throw new QboServerError('company_mismatch', 'Intuit returned a company other than the linked one.', { linked, incoming });
  }
  return link(deps, tenantId, incoming, grant, connectedBy, request.confirmCompanySwitch === true, handoff);
}

/** Who signed in; when Intuit cannot say, nothing is linked and the new grant is revoked. */
async function identify(deps: CompleteDeps, handoff: HandoffCompletion, grant: IntuitTokens): Promise<string | null> {
  try {
    return await handoff.identify(grant);
  } catch (error) {
    await deps.service.deps.oauth.revoke(grant.refreshToken()).catch(() => {});
    throw error;
  }
}

/** The user's second Yes: the grant kept under this state is linked; no second exchange happens. */
async function confirmSwitch(
  deps: CompleteDeps,
  tenant: TenantContext,
  request: CompleteRequest,
  stateHash: string,
  codeHash: string,
  handoff: HandoffCompletion | undefined,
): Promise<ConnectionSnapshot | null> {
  const { repository, tokens: tokenManager, now } = deps.service.deps;
  let pending: PendingGrantRow | null = null;
  try {
    pending = await repository.transaction(async (tx) => {
      const row = await tx.takePendingGrant(stateHash, tenant.tenantId, now());
      if (!row) return null;
      // Taken and put back by the rollback unless the call matches the one that made the grant.
      if (row.codeHash !== codeHash || row.realmId !== request.realmId) throw new MismatchedConfirmation();
      return row;
    });
  } catch (error) {
    if (error instanceof MismatchedConfirmation) {
      throw new QboServerError('invalid_state', 'This confirmation does not match the sign-in it confirms.');
    }
    throw error;
  }
  if (!pending) return null;
  const grant = await tokenManager.open(tenant.tenantId, pending.tokens, `pending:${stateHash}`);
  const incoming = { realmId: pending.realmId, name: pending.companyName };
  return link(deps, tenant.tenantId, incoming, grant, tenant.user?.name ?? pending.connectedBy, true, handoff);
}

class MismatchedConfirmation extends Error {}

/** The realm id came from the browser: only a CompanyInfo read with the new token proves the grant covers it. */
async function confirmRealm(deps: CompleteDeps, realmId: string, grant: IntuitTokens): Promise<Company> {
  try {
    const response = await companyInfoRequest(deps.apiBaseUrl, realmId, grant.accessToken(), deps.retry);
    const { name } = await processCompanyInfoResponse(response);
    return { realmId, name };
  } catch (error) {
    // Nothing gets linked, so the grant Intuit just issued must not stay alive unused.
    await deps.service.deps.oauth.revoke(grant.refreshToken()).catch(() => {});
    throw error;
  }
}

/**
 * Links `incoming`; a different company than before runs the host's purge in the same transaction first. The
 * company is compared again under the row lock: another tab may have linked one since, and only a confirmed switch
 * may replace it.
 */
async function link(
  deps: CompleteDeps,
  tenantId: string,
  incoming: Company,
  grant: IntuitTokens,
  connectedBy: string | null,
  switchConfirmed: boolean,
  handoff?: HandoffCompletion,
): Promise<ConnectionSnapshot> {
  const { repository, oauth, tokens: tokenManager, hooks, now } = deps.service.deps;
  const sealed = await tokenManager.seal(tenantId, grant);
  const linking = repository.transaction(async (tx) => {
    const current = await tx.lockConnection(tenantId);
    const from = linkedCompany(current);
    const switching = from !== null && from.realmId !== incoming.realmId;
    if (switching && !switchConfirmed) {
      throw new QboServerError('company_mismatch', 'Another company was linked meanwhile.', { linked: from, incoming });
    }
    // A hand-off is consumed before the purge: of two racing completions only the one holding it goes on.
    const via = handoff ? await handoff.claim(tx, current, incoming, now(), connectedBy) : null;
    // Reconnected some other way (the widget): an open hand-off request is moot, and its link stops working now.
    const moot = via ? null : await tx.handoffs.closeOpen(tenantId, now(), 'reconnected');
    if (switching) await hooks.purgeCompanyData?.({ tenantId, from, to: incoming });
    const next = {
      tenantId,
      linkState: 'active' as const,
      inactiveReason: null,
      realmId: incoming.realmId,
      companyName: incoming.name,
      tokens: sealed,
      credentialsExpireAt: grant.credentialsExpireAt(),
      connectedAt: now(),
      connectedBy,
      everReconnected: true,
    };
    // What the change means to the host: a first link, the same company back, or another company.
    const type = switching ? 'company_switched' : from ? 'reconnected' : 'connected';
    const actor = via ? via.actor : personNamed(connectedBy);
    await tx.saveConnection(next, now(), [
      { tenantId, type, at: now(), company: incoming, actor, ...(via ? { requestedBy: via.requestedBy } : {}) },
      ...(via?.events ?? []),
      ...(moot ? [{ tenantId, type: 'handoff_cancelled' as const, at: now(), company: { realmId: moot.realmId, name: moot.companyName }, actor, requestedBy: moot.requestedBy }] : []),
    ]);
    return { row: { ...next, version: (current?.version ?? 0) + 1 }, replaced: switching ? current?.tokens ?? null : null };
  });
  const { row, replaced } = await linking.catch(async (error: unknown) => {
    // Nothing was linked (the purge or the database failed): the new grant must not outlive this attempt.
    await oauth.revoke(grant.refreshToken()).catch(() => {});
    throw error;
  });
  if (replaced) {
    // The old company's grant is of no use any more; a failure here must not undo the link the user asked for.
    const old = await tokenManager.open(tenantId, replaced).catch(() => null);
    if (old) await oauth.revoke(old.refreshToken()).catch(() => {});
  }
  return deps.service.snapshotOf(tenantId, row);
}
