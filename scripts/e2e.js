// End-to-end tests of the demo: builds it, serves it with `vite preview` on 127.0.0.1, runs test/e2e/*.e2e.js
// (node:test driving headless Chromium through playwright-core), and writes pass/fail counts for scripts/test.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemo, startPreview } from './demo-server.js';

const started = Date.now();
if (!buildDemo()) process.exit(1);
process.on('SIGINT', () => process.exit(130));

let status = 1;
let preview = null;
try {
  preview = await startPreview();
  const files = readdirSync('test/e2e')
    .filter((file) => file.endsWith('.e2e.js'))
    .sort()
    .map((file) => join('test/e2e', file));
  const tapFile = join(mkdtempSync(join(tmpdir(), 'qbo-e2e-')), 'report.tap');
  const concurrency = process.env.QBO_E2E_CONCURRENCY ?? '2';
  const run = spawnSync(
    process.execPath,
    ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
    { stdio: 'inherit', env: { ...process.env, DEMO_URL: preview.baseUrl } },
  );
  status = run.status ?? 1;
  const tap = readFileSync(tapFile, 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  if (process.env.QBO_TEST_COUNTS) {
    writeFileSync(process.env.QBO_TEST_COUNTS, JSON.stringify({ passed: count('pass'), failed: count('fail') + (status !== 0 && count('fail') === 0 ? 1 : 0) }));
  }
} catch (error) {
  console.error(error);
  if (process.env.QBO_TEST_COUNTS) writeFileSync(process.env.QBO_TEST_COUNTS, JSON.stringify({ passed: 0, failed: 1 }));
} finally {
  preview?.stop();
}
console.log(`e2e run took ${((Date.now() - started) / 1000).toFixed(1)} s (build included)`);
process.exit(status);
