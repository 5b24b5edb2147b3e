// One claimed connection's maintenance: refresh when due, probe when due, apply the faults table, write the expiring
// bookkeeping and its events in the same transaction that releases the claim.
import type { NewConnectionEvent } from '../events/event.js';
import type { ConnectionRepository } from '../db/index.js';
import type { ClaimedLink, ReleaseBookkeeping } from '../db/upkeep-store.js';
import { IntuitUnavailableError, NotConnectedError } from '../errors.js';
import { judgeIntuitAnswer, keepsGrant, THROTTLE_WAIT_MS, type AnswerOutcome } from '../intuit/faults.js';
import type { RetryPolicy } from '../intuit/retry.js';
import { markInactive, markRecovered } from '../link-health.js';
import { linkedCompany } from '../linked-company.js';
import { ConnectionInactiveError, type TokenManager } from '../token-manager.js';
import { checkExpiring } from './expiring.js';
import { probeCompany } from './probe.js';
import type { MaintenanceReport } from './report.js';

/** A link's transient failure leaves it alone this long (a throttled realm: THROTTLE_WAIT_MS). */
export const TRANSIENT_WAIT_MS = 60_000;

export interface LinkWorkDeps {
  repository: ConnectionRepository;
  tokens: TokenManager;
  apiBaseUrl: string;
  retry: RetryPolicy;
  owner: string;
  onError: (error: unknown) => void;
}

export interface CycleContext {
  now: Date;
  refreshBefore: Date;
  probeBefore: Date;
  report: MaintenanceReport;
  /** Realms Intuit throttled during this cycle: their remaining links wait. */
  held: Set<string>;
  /** The cycle's clock as it runs on (leases are measured on it), and the lease length. */
  clock: () => Date;
  lease: number;
}

export async function handleLink(deps: LinkWorkDeps, cycle: CycleContext, link: ClaimedLink): Promise<void> {
  const { tokens, repository } = deps;
  const { now, report } = cycle;
  const bookkeeping: ReleaseBookkeeping = {};
  const events: NewConnectionEvent[] = [];
  const refreshDue = !link.refreshedAt || link.refreshedAt <= cycle.refreshBefore;
  const probeDue = !link.probedAt || link.probedAt <= cycle.probeBefore;
  // The process that held this claim died (or stalled) after sending a refresh that was never stored: Intuit may have
  // rotated the token. What this refresh finds is reported either way — a revoked grant through the `inactive` event
  // the token manager writes, a working one with a `recovered` event below — never left silent.
  const interrupted = link.refreshSentBy !== null && link.refreshSentBy !== deps.owner && refreshDue;
  const seen = { realmId: link.realmId, connectedAt: link.connectedAt };
  try {
    if (cycle.held.has(link.realmId)) throw new RealmHeld();
    let token: string | null = null;
    if (refreshDue) {
      const at = cycle.clock();
      if (!(await repository.upkeep.markRefreshSent(link.tenantId, deps.owner, at, new Date(at.getTime() + cycle.lease)))) return;
      const renewal = await tokens.upkeepToken(link.tenantId, { sealed: link.tokens });
      token = renewal.token;
      if (renewal.renewed) report.refreshed++;
      if (interrupted && renewal.renewed) events.push({ tenantId: link.tenantId, type: 'recovered', at: now, reason: null, company: companyOf(link), actor: null });
    }
    if (probeDue) {
      token ??= await renewedToken(deps, cycle, link.tenantId, {});
      let result = await probeCompany(deps.apiBaseUrl, link.realmId, token, deps.retry);
      let outcome: AnswerOutcome | null = result.ok ? null : judgeIntuitAnswer(result.answer);
      if (!result.ok && outcome?.action === 'refresh') {
        reportProbe(deps, link.tenantId, result, 'refresh');
        token = await renewedToken(deps, cycle, link.tenantId, { stale: token });
        result = await probeCompany(deps.apiBaseUrl, link.realmId, token, deps.retry);
        outcome = result.ok ? null : judgeIntuitAnswer(result.answer);
      }
      if (!result.ok) reportProbe(deps, link.tenantId, result, outcome?.action === 'inactive' ? outcome.reason : 'transient');
      if (outcome === null) {
        bookkeeping.probedAt = now;
        report.probed++;
        if (link.linkState === 'inactive' && keepsGrant(link.inactiveReason) && (await markRecovered(repository, link.tenantId, seen, now))) report.recovered++;
      } else if (outcome.action === 'inactive') {
        bookkeeping.probedAt = now;
        report.probed++;
        if (await markInactive(repository, link.tenantId, seen, outcome.reason, now)) count(report, outcome.reason);
      } else {
        // Transient, a second 401 right after a refresh, or a reply the table does not know: nothing is concluded.
        if (outcome.action === 'transient' && outcome.throttled) await holdRealm(deps, cycle, link.realmId);
        throw new TransientProbe();
      }
    }
  } catch (error) {
    if (error instanceof ConnectionInactiveError) {
      // A refresh answered invalid_grant: the token manager wrote the inactive link and its event.
      if (error.reason !== link.inactiveReason) count(report, error.reason);
    } else if (error instanceof NotConnectedError) {
      // Disconnected or replaced since the claim: nothing left to maintain.
    } else if (error instanceof RealmHeld) {
      bookkeeping.notBefore = new Date(now.getTime() + THROTTLE_WAIT_MS);
    } else if (error instanceof IntuitUnavailableError || error instanceof TransientProbe) {
      report.transientFailures++;
      if (error instanceof IntuitUnavailableError && error.intuitStatus === 429) await holdRealm(deps, cycle, link.realmId);
      const wait = cycle.held.has(link.realmId) ? THROTTLE_WAIT_MS : TRANSIENT_WAIT_MS;
      bookkeeping.notBefore = new Date(now.getTime() + wait);
    } else {
      report.transientFailures++;
      bookkeeping.notBefore = new Date(now.getTime() + TRANSIENT_WAIT_MS);
      deps.onError(error);
    }
  }
  await release(deps, cycle, link, bookkeeping, events);
}

/** A token for the probe; refreshing it (when near its end or rejected) counts as a refresh. */
async function renewedToken(deps: LinkWorkDeps, cycle: CycleContext, tenantId: string, need: { stale?: string }): Promise<string> {
  const renewal = await deps.tokens.upkeepToken(tenantId, need);
  if (renewal.renewed) cycle.report.refreshed++;
  return renewal.token;
}

async function holdRealm(deps: LinkWorkDeps, cycle: CycleContext, realmId: string): Promise<void> {
  if (cycle.held.has(realmId)) return;
  cycle.held.add(realmId);
  await deps.repository.upkeep.holdRealm(realmId, new Date(cycle.now.getTime() + THROTTLE_WAIT_MS));
}

function reportProbe(deps: LinkWorkDeps, tenantId: string, result: Extract<Awaited<ReturnType<typeof probeCompany>>, { ok: false }>, outcome: string) {
  const code = result.codes.length ? `fault ${result.codes.join(',')}` : null;
  deps.tokens.reportFailure({ call: 'CompanyInfo probe', tenantId, status: result.status, code, intuitTid: result.intuitTid, outcome });
}

/** Ends the claim; the expiring check reads the row as it is now (a refresh may have moved its expiry). */
async function release(deps: LinkWorkDeps, cycle: CycleContext, link: ClaimedLink, bookkeeping: ReleaseBookkeeping, events: NewConnectionEvent[]) {
  const { now, report } = cycle;
  const written = await deps.repository.transaction(async (tx) => {
    const row = await tx.lockConnection(link.tenantId);
    const maintained = row?.tokens && (row.linkState === 'active' || (row.linkState === 'inactive' && keepsGrant(row.inactiveReason)));
    let expiring = 0;
    if (row && maintained) {
      const check = checkExpiring(
        { credentialsExpireAt: row.credentialsExpireAt, connectedAt: row.connectedAt, notified: link.expiringNotified, notifiedGrant: link.expiringGrant },
        now,
      );
      if (check.changed) bookkeeping.expiring = { notified: check.notified, grant: row.connectedAt };
      if (check.daysLeft !== null) {
        events.push({ tenantId: link.tenantId, type: 'expiring', at: now, daysLeft: check.daysLeft, reason: null, company: linkedCompany(row), actor: null });
        expiring++;
      }
    }
    // A claim lost to another process (this one's lease lapsed) writes nothing: the new holder reports instead.
    if (!(await tx.upkeep.release(link.tenantId, deps.owner, bookkeeping))) return { expiring: 0 };
    await tx.appendEvents(events);
    return { expiring };
  });
  report.expiring += written.expiring;
}

const companyOf = (link: ClaimedLink) => (link.companyName ? { realmId: link.realmId, name: link.companyName } : null);

function count(report: MaintenanceReport, reason: ConnectionInactiveError['reason']): void {
  const key = reason as keyof MaintenanceReport['inactive'];
  report.inactive[key] = (report.inactive[key] ?? 0) + 1;
}

class RealmHeld extends Error {}
class TransientProbe extends Error {}
