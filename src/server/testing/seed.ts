// seedConnection: puts a tenant straight into a given state through the server's repository, for demos and tests.
import type { Company, InactiveReason, LinkState } from '../../core/model.js';
import { internals } from '../internals.js';
import type { QboServer } from '../server.js';
import { IntuitTokens, type TokenReply } from '../tokens.js';

export interface SeedSpec {
  linkState: LinkState;
  /** Default: null when active, 'never_connected' when disabled, 'unknown' when inactive. */
  inactiveReason?: InactiveReason | null;
  company?: Company | null;
  /** A grant minted by the mock Intuit (`mockIntuit.issueGrant(...)`); needed for an active link that calls Intuit. */
  grant?: TokenReply | null;
  everReconnected?: boolean;
  /** Default: from the grant (when given). */
  credentialsExpireAt?: Date | string | null;
  connectedAt?: Date | string | null;
  connectedBy?: { name: string } | string | null;
}

export async function seedConnection(server: QboServer, tenantId: string, spec: SeedSpec): Promise<void> {
  const { repository, tokens, now } = server[internals];
  if (spec.linkState === 'active' && !spec.company) throw new TypeError('An active connection needs a company.');
  const grant = spec.grant ? IntuitTokens.fromReply(spec.grant, now()) : null;
  const defaultReason = { active: null, disabled: 'never_connected', inactive: 'unknown' } as const;
  const toDate = (value: Date | string | null | undefined) => (value == null ? null : new Date(value));
  const connectedBy = typeof spec.connectedBy === 'string' ? spec.connectedBy : (spec.connectedBy?.name ?? null);
  await repository.saveConnection(
    {
      tenantId,
      linkState: spec.linkState,
      inactiveReason: spec.linkState === 'active' ? null : (spec.inactiveReason ?? defaultReason[spec.linkState]),
      realmId: spec.company?.realmId ?? null,
      companyName: spec.company?.name ?? null,
      tokens: grant ? await tokens.seal(tenantId, grant) : null,
      credentialsExpireAt: spec.credentialsExpireAt !== undefined ? toDate(spec.credentialsExpireAt) : (grant?.credentialsExpireAt() ?? null),
      connectedAt: spec.connectedAt !== undefined ? toDate(spec.connectedAt) : spec.company ? now() : null,
      connectedBy,
      everReconnected: spec.everReconnected ?? false,
    },
    now(),
    // Seeding sets a starting state for a demo or test; it reports nothing, as no change happened to anyone.
    [],
  );
}
