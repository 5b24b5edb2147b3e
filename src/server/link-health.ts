// What Intuit's answers do to a stored link: inactive with the reason the answer named (the grant kept when the same
// tokens can work again), and active again when a probe finds such a link working. Both through saveConnection, so
// each change is written with its event in one transaction.
import type { InactiveReason } from '../core/model.js';
import type { ConnectionRepository, ConnectionRow } from './db/index.js';
import { keepsGrant } from './intuit/faults.js';
import { linkedCompany } from './linked-company.js';

/** The link an answer was about: a reconnect or a company switch since then makes the answer old news. */
export interface SeenLink {
  realmId: string | null;
  connectedAt: Date | null;
}

const sameLink = (row: ConnectionRow | null, seen: SeenLink): row is ConnectionRow =>
  row !== null && row.realmId === seen.realmId && row.connectedAt?.getTime() === seen.connectedAt?.getTime();

/**
 * Turns the link inactive with `reason`; a kept grant keeps its tokens (and expiry) for a later probe. An active link,
 * or one inactive for another kept reason, changes; false when nothing changed (already so, or another link now).
 */
export async function markInactive(
  repository: ConnectionRepository,
  tenantId: string,
  seen: SeenLink,
  reason: InactiveReason,
  now: Date,
): Promise<boolean> {
  const keep = keepsGrant(reason);
  return repository.transaction(async (tx) => {
    const row = await tx.lockConnection(tenantId);
    if (!sameLink(row, seen) || !row.tokens) return false;
    const changes = row.linkState === 'active' || (row.linkState === 'inactive' && keepsGrant(row.inactiveReason) && row.inactiveReason !== reason);
    if (!changes) return false;
    await tx.saveConnection(
      { ...row, linkState: 'inactive', inactiveReason: reason, tokens: keep ? row.tokens : null, credentialsExpireAt: keep ? row.credentialsExpireAt : null },
      now,
      [{ tenantId, type: 'inactive', at: now, reason, company: linkedCompany(row) }],
    );
    return true;
  });
}

/** A probe found a link that was inactive with its grant kept working again: active, and a `recovered` event. */
export async function markRecovered(repository: ConnectionRepository, tenantId: string, seen: SeenLink, now: Date): Promise<boolean> {
  return repository.transaction(async (tx) => {
    const row = await tx.lockConnection(tenantId);
    if (!sameLink(row, seen) || !row.tokens || row.linkState !== 'inactive' || !keepsGrant(row.inactiveReason)) return false;
    await tx.saveConnection({ ...row, linkState: 'active', inactiveReason: null }, now, [
      { tenantId, type: 'recovered', at: now, reason: null, company: linkedCompany(row), actor: null },
    ]);
    return true;
  });
}
