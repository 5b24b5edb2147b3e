// The company a stored connection row names, whatever its link state.
import type { Company } from '../core/model.js';
import type { ConnectionRow } from './db/index.js';

/** The company the tenant's host data belongs to, whatever the link state. */
export function linkedCompany(row: ConnectionRow | null): Company | null {
  return row?.realmId && row.companyName ? { realmId: row.realmId, name: row.companyName } : null;
}
