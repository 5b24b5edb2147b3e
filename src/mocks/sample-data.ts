// The sample QuickBooks companies, vendors and connection snapshots the mocks, demo and tests start from.
import type { Company, ConnectionSnapshot } from '../core/model.js';
import type { MemoryVendor } from './memory-backend.js';

/** Deep-frozen so a consumer cannot change the samples under other consumers. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

export const SAMPLE_COMPANIES: readonly Company[] = frozen([
  { realmId: '9341452198765430', name: 'Harbor Street Bakery LLC' },
  { realmId: '9341452233108812', name: 'Cedar & Pine Landscaping' },
  { realmId: '4620816365204112', name: 'Northwind Outdoor Supply Co.' },
]);

export const SAMPLE_VENDORS: readonly MemoryVendor[] = frozen([
  { qboId: '41', name: 'Bayview Electric Co.' },
  { qboId: '42', name: 'Summit Office Products' },
  { qboId: '43', name: 'Greenfield Irrigation Supply' },
  { qboId: '46', name: 'Harlow & Sons Hardware' },
  { qboId: '48', name: 'Cedar Ridge Nursery' },
  { qboId: '51', name: 'Metro Waste Services' },
  { qboId: '52', name: 'Northgate Insurance Agency' },
  { qboId: '55', name: 'Blue Line Fuel' },
  { qboId: '57', name: 'Keystone Telephone' },
  { qboId: '60', name: 'Riverside Tool Rental' },
  { qboId: '63', name: 'Lakeshore Printing' },
  { qboId: '64', name: 'Alder Creek Lumber' },
]);

const firstCompany = SAMPLE_COMPANIES[0] as Company;

export const SAMPLE_INACTIVE_SNAPSHOT: ConnectionSnapshot = frozen({
  linkState: 'inactive',
  everReconnected: false,
  inactiveReason: 'expired_credentials',
  company: { ...firstCompany },
  sync: { totalFiles: 1284, lastSyncAt: '2026-10-30T14:05:00.000Z' },
  credentialsExpireAt: null,
  connectedAt: '2026-07-14T16:20:00.000Z',
  connectedBy: { name: 'Dana Ortiz' },
  handoff: null,
});

export const SAMPLE_ACTIVE_SNAPSHOT: ConnectionSnapshot = frozen({
  linkState: 'active',
  everReconnected: true,
  inactiveReason: null,
  company: { ...firstCompany },
  sync: { totalFiles: 1291, lastSyncAt: '2026-11-25T09:00:00.000Z' },
  credentialsExpireAt: '2027-03-05T09:00:00.000Z',
  connectedAt: '2026-11-25T08:55:00.000Z',
  connectedBy: { name: 'Dana Ortiz' },
  handoff: null,
});

export const SAMPLE_DISABLED_SNAPSHOT: ConnectionSnapshot = frozen({
  linkState: 'disabled',
  everReconnected: false,
  inactiveReason: 'never_connected',
  company: null,
  sync: null,
  credentialsExpireAt: null,
  connectedAt: null,
  connectedBy: null,
  handoff: null,
});
