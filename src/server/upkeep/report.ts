// What one keep-alive cycle did, as connections.runMaintenance() returns it.
import type { InactiveReason } from '../../core/model.js';

export interface MaintenanceReport {
  /** Connections this process claimed (each handled by this process alone in this cycle). */
  claimed: number;
  /** Grants refreshed at Intuit. */
  refreshed: number;
  /** CompanyInfo probes that settled a link's health (working or a named fault). */
  probed: number;
  /** Links turned inactive, by reason. */
  inactive: Partial<Record<InactiveReason, number>>;
  /** Inactive links with a kept grant found working again. */
  recovered: number;
  /** `expiring` events written. */
  expiring: number;
  /** 5xx, 429 and network failures: nothing changed, the link is tried again later. */
  transientFailures: number;
  /** Claims taken over after their lease lapsed (the process holding them died or stalled). */
  reclaimed: number;
}

export const emptyReport = (): MaintenanceReport => ({
  claimed: 0,
  refreshed: 0,
  probed: 0,
  inactive: {},
  recovered: 0,
  expiring: 0,
  transientFailures: 0,
  reclaimed: 0,
});
