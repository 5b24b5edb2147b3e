// The keep-alive's settings: the `keepAlive` option with its defaults filled in and checked.

export interface KeepAliveOptions {
  /** Refresh a grant whose refresh token was last renewed this long ago (ms). Default 7 days. */
  refreshAfter?: number;
  /** Probe each link with one CompanyInfo call this often (ms). Default 24 h. */
  probeEvery?: number;
  /** Time between the timer's cycles (ms); 0 = no timer (call connections.runMaintenance yourself). Default 60 s. */
  interval?: number;
  /** How long a process's claim on a connection lasts (ms) before another process may take it. Default 5 min. */
  lease?: number;
  /** Intuit calls in flight per process for maintenance. Default 4. */
  concurrency?: number;
}

export type KeepAliveSettings = Required<KeepAliveOptions>;

const DAY = 86_400_000;
export const KEEP_ALIVE_DEFAULTS: KeepAliveSettings = {
  refreshAfter: 7 * DAY,
  probeEvery: DAY,
  interval: 60_000,
  lease: 5 * 60_000,
  concurrency: 4,
};

/** Defaults filled in; a nonsensical value throws at startup rather than making a cycle spin or stall. */
export function keepAliveSettings(option: false | KeepAliveOptions | undefined): KeepAliveSettings {
  const settings = { ...KEEP_ALIVE_DEFAULTS, ...(option || {}) };
  const positive = (name: keyof KeepAliveSettings, allowZero = false) => {
    const value = settings[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
      throw new TypeError(`keepAlive.${name} must be a ${allowZero ? 'non-negative' : 'positive'} number of milliseconds.`);
    }
  };
  positive('refreshAfter');
  positive('probeEvery');
  positive('interval', true);
  positive('lease');
  if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1) throw new TypeError('keepAlive.concurrency must be a whole number ≥ 1.');
  return settings;
}
