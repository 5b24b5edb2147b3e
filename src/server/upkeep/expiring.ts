// When a link's credentials near their end: `expiring` once each at 30, 14, 7 and 1 days before credentialsExpireAt,
// remembered per grant so a process restart or a second process never repeats one.

export const EXPIRING_DAYS: readonly number[] = [30, 14, 7, 1];
const DAY = 86_400_000;

export interface ExpiringMemory {
  credentialsExpireAt: Date | null;
  /** connected_at of the current grant. */
  connectedAt: Date | null;
  /** Thresholds already reported, and the grant (its connected_at) they were reported for. */
  notified: readonly number[];
  notifiedGrant: Date | null;
}

export interface ExpiringCheck {
  /** The thresholds to remember from now on. */
  notified: number[];
  /** Whole days left, when an `expiring` event is due now. */
  daysLeft: number | null;
  /** Whether `notified` (or the grant it belongs to) differs from what is stored. */
  changed: boolean;
}

export function checkExpiring(memory: ExpiringMemory, now: Date): ExpiringCheck {
  const sameGrant = memory.notifiedGrant?.getTime() === memory.connectedAt?.getTime();
  const sent = sameGrant ? [...memory.notified] : [];
  if (!memory.credentialsExpireAt) return { notified: sent, daysLeft: null, changed: !sameGrant };
  const daysLeft = Math.ceil((memory.credentialsExpireAt.getTime() - now.getTime()) / DAY);
  // A renewed expiry moved back out past a threshold (a rolling refresh after a long outage): it may be reported
  // again once reached again. The one-day slack absorbs the second-level jitter of Intuit's reported lifetimes.
  const kept = sent.filter((days) => daysLeft <= days + 1);
  const crossed = EXPIRING_DAYS.filter((days) => daysLeft <= days && !kept.includes(days));
  const notified = [...new Set([...kept, ...crossed])].sort((a, b) => b - a);
  // Past the expiry there is nothing left to warn about: the refresh reports expired_credentials instead.
  const daysLeftNow = crossed.length && daysLeft > 0 ? daysLeft : null;
  const changed = !sameGrant || notified.length !== memory.notified.length || notified.some((days, i) => days !== memory.notified[i]);
  return { notified, daysLeft: daysLeftNow, changed };
}
