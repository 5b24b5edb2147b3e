// Which engine runs this page, and what it lacks (set by web-test-runner.config.js from scripts/wtr-engines.js).
// A test that needs a missing capability is registered as excluded, its title naming the engine and the reason,
// and scripts/test.js lists every exclusion: nothing is skipped silently.

export interface EngineInfo {
  name: 'chromium' | 'firefox' | 'webkit';
  label: string;
  /** Capability → why this engine cannot do it under test. */
  lacks: Record<string, string>;
  /** Tests may click with the runner's mouse (one page at a time); see test/helpers/gesture.ts. */
  pointer: boolean;
}

export type Capability = 'media-emulation' | 'trusted-types';

export const engine: EngineInfo = (globalThis as { __qboEngine?: EngineInfo }).__qboEngine ?? {
  name: 'chromium',
  label: 'Chromium',
  lacks: {},
  pointer: false,
};

/** Why this engine cannot run tests needing `capability`, or null when it can. */
export function lacking(capability: Capability): string | null {
  return engine.lacks[capability] ?? null;
}

/** `it(title, fn)`, or, where the engine lacks `capability`, an excluded test saying so by name. */
export function itWhere(capability: Capability, title: string, fn: Mocha.Func | Mocha.AsyncFunc): void {
  const reason = lacking(capability);
  if (reason) it.skip(`${title} [excluded in ${engine.label}: ${reason}]`, fn);
  else it(title, fn);
}

/** `describe(title, fn)`, or, where the engine lacks `capability`, every test in it excluded by name. */
export function describeWhere(capability: Capability, title: string, fn: (this: Mocha.Suite) => void): void {
  const reason = lacking(capability);
  if (reason) describe.skip(`${title} [excluded in ${engine.label}: ${reason}]`, fn);
  else describe(title, fn);
}
