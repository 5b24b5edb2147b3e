// End-to-end tests of the demo: builds it, serves it with `vite preview` on 127.0.0.1, runs test/e2e/*.e2e.js
// (node:test driving headless Chromium through playwright-core), and writes pass/fail counts for scripts/test.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemo, startPreview } from './demo-server.js';
import { readTap } from './tap.js';

const started = Date.now();
if (!buildDemo()) process.exit(1);
process.on('SIGINT', () => process.exit(130));

let status = 1;
let preview = null;
/**
 * Files that move the demo server's clock ("+30 days") run after the others, one at a time, on a server of their
 * own: a clock moved under a test still signing in would expire its OAuth state, and the keep-alive cycles should see
 * only their own tenants.
 */
const SOLO = new Set(['time-travel.e2e.js']);
const counts = { pass: 0, fail: 0, failures: [] };

/** Runs `files` against a fresh demo server; adds their counts; true when all passed. */
async function runPhase(files, concurrency) {
  if (!files.length) return true;
  preview = await startPreview();
  try {
    const tapFile = join(mkdtempSync(join(tmpdir(), 'qbo-e2e-')), 'report.tap');
    const run = spawnSync(
      process.execPath,
      ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
      { stdio: 'inherit', env: { ...process.env, DEMO_URL: preview.baseUrl } },
    );
    const tap = readTap(tapFile, run.status === 0, `end-to-end tests (${files.join(', ')})`);
    counts.pass += tap.passed;
    counts.fail += tap.failed;
    counts.failures.push(...tap.failures);
    return run.status === 0;
  } finally {
    preview.stop();
    preview = null;
  }
}

try {
  const files = readdirSync('test/e2e')
    .filter((file) => file.endsWith('.e2e.js'))
    // `node scripts/e2e.js time-travel handoff` runs only the files whose names contain one of the words.
    .filter((file) => process.argv.length <= 2 || process.argv.slice(2).some((word) => file.includes(word)))
    .sort();
  const shared = files.filter((file) => !SOLO.has(file)).map((file) => join('test/e2e', file));
  const solo = files.filter((file) => SOLO.has(file)).map((file) => join('test/e2e', file));
  const sharedOk = await runPhase(shared, process.env.QBO_E2E_CONCURRENCY ?? '2');
  const soloOk = await runPhase(solo, '1');
  status = sharedOk && soloOk ? 0 : 1;
  if (process.env.QBO_TEST_COUNTS) writeFileSync(process.env.QBO_TEST_COUNTS, JSON.stringify({ passed: counts.pass, failed: counts.fail, failures: counts.failures }));
} catch (error) {
  console.error(error);
  if (process.env.QBO_TEST_COUNTS) writeFileSync(process.env.QBO_TEST_COUNTS, JSON.stringify({ passed: 0, failed: 1, failures: [`end-to-end tests: ${error.message}`] }));
} finally {
  preview?.stop();
}
console.log(`e2e run took ${((Date.now() - started) / 1000).toFixed(1)} s (build included)`);
process.exit(status);
