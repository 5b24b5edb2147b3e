// `npm test`: Chromium (installed when missing), type check, manifest freshness, browser tests, end-to-end tests;
// ends with one plain line "N passed, N failed" and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.js';

const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function step(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A check that is not a test runner counts as one test of its own. */
function check(label, cmd, args, env) {
  if (step(label, cmd, args, env)) passed++;
  else {
    failed++;
    console.error(`✗ ${label} failed`);
  }
}

ensureChromium();
step('msw service worker', process.execPath, ['scripts/prepare-msw.js']);

check('type check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('type check of the server half (tsc -p tsconfig.server.json)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.server.json']);
check('src/core renders nothing (no lit, no DOM)', process.execPath, ['scripts/check-core.js']);
check('custom-elements.json is current', process.execPath, ['scripts/check-manifest.js']);

const countsFile = join(mkdtempSync(join(tmpdir(), 'qbo-test-')), 'counts.json');
const browserOk = step('browser tests (@web/test-runner, headless Chromium)', bin('wtr'), [], { QBO_TEST_COUNTS: countsFile });
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
}
if (!browserOk && !failed) failed++;

if (existsSync('test/e2e') && readdirSync('test/e2e').some((f) => f.endsWith('.e2e.js'))) {
  const e2eCounts = join(mkdtempSync(join(tmpdir(), 'qbo-e2e-')), 'counts.json');
  const e2eOk = step('end-to-end tests of the demo (playwright-core, headless Chromium)', process.execPath, ['scripts/e2e.js'], {
    QBO_TEST_COUNTS: e2eCounts,
  });
  if (existsSync(e2eCounts)) {
    const counts = JSON.parse(readFileSync(e2eCounts, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
  }
  if (!e2eOk && !existsSync(e2eCounts)) failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
