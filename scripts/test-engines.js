// The browser part of `npm test`: the whole element suite (@web/test-runner) once in each engine, one after the
// other (two engines at once on a 2-core machine starve each other's timers), with each engine's count and the
// tests it excludes by name.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES } from './ensure-browsers.js';

const HOW = {
  chromium: 'headless Chromium over the DevTools protocol',
  firefox: 'headless Firefox ESR over WebDriver BiDi',
  webkit: 'WebKitGTK MiniBrowser over WebDriver, on Xvfb',
};

/**
 * The engines `npm test` runs when QBO_ENGINES does not say: all three, one after the other. QBO_ENGINES=chromium
 * (or any comma-separated subset) limits a run. On a 2-core machine the three suites take about 125 s (Chromium),
 * 155 s (Firefox) and 65 s (WebKit); run side by side they took as long in all, so they are not.
 */
export const DEFAULT_ENGINES = 'chromium,firefox,webkit';

/**
 * Runs the suite in each engine through `step(label, cmd, args, env)` (scripts/test.js); returns per engine
 * `{ name, passed, failed, excluded, failures, line }`, `line` being e.g. "Firefox: 412 passed, 0 failed (3 excluded by name)".
 */
export function runEngines(step, names = (process.env.QBO_ENGINES || DEFAULT_ENGINES).split(',')) {
  return names.map((name) => {
    const { label } = ENGINES[name];
    const countsFile = join(mkdtempSync(join(tmpdir(), `qbo-${name}-`)), 'counts.json');
    const started = Date.now();
    const ok = step(`browser tests in ${label} (@web/test-runner, ${HOW[name]})`, join('node_modules', '.bin', 'wtr'), [], {
      QBO_ENGINE: name,
      QBO_TEST_COUNTS: countsFile,
    });
    const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 0, excluded: [], failures: [] };
    // A run that failed without counting anything (the browser never started) is one failure, not zero.
    const failed = counts.failed || (ok ? 0 : 1);
    const excluded = counts.excluded ?? [];
    const failures = (counts.failures ?? []).map((failure) => `${label}: ${failure}`);
    if (!ok && !counts.failed) failures.push(`${label}: the run failed before counting any test`);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`${label}: ${counts.passed} passed, ${failed} failed, ${excluded.length} excluded by name, in ${seconds} s`);
    for (const title of excluded) console.log(`  excluded: ${title}`);
    if (name !== 'chromium') console.log('  not run here: the logic-only files in ENGINE_INDEPENDENT_FILES (scripts/wtr-engines.js), run in Chromium');
    const line = `${label}: ${counts.passed} passed, ${failed} failed${excluded.length ? ` (${excluded.length} excluded by name, listed above)` : ''}`;
    return { name, passed: counts.passed, failed, excluded, failures, line };
  });
}
