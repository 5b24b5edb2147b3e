// `npm test`: Chromium, Firefox, WebKit and PostgreSQL (installed when missing), type check, manifest freshness, the
// docs' code blocks, the packed package (publint, attw, the example apps), Node tests without a DOM, server tests,
// browser tests in each engine, end-to-end tests; prints each engine's count on its own line, then one plain line
// "N passed, N failed", and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.js';
import { DEFAULT_ENGINES, runEngines } from './test-engines.js';
import { startPostgres } from './postgres.js';
import { readTap } from './tap.js';

const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;

/** Every *.test.ts under `dir` (node 20's --test takes no glob). */
function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.ts'))
    .sort()
    .map((file) => join(dir, file));
}

/** What failed, by file and title, printed again just above the closing count lines. */
const failures = [];

/** Adds a node:test run's counts (scripts/tap.js) to the totals. */
function addTap(tapFile, ok, label) {
  const counts = readTap(tapFile, ok, label);
  passed += counts.passed;
  failed += counts.failed;
  failures.push(...counts.failures);
}

async function serverTests() {
  const files = testFiles('test/server');
  if (!files.length) return;
  const label = 'server tests (node:test, PGlite and PostgreSQL)';
  let cluster;
  try {
    cluster = await startPostgres();
  } catch (error) {
    console.error(`✗ ${label}: could not start PostgreSQL: ${error.message}`);
    failures.push(`✗ ${label}: could not start PostgreSQL: ${error.message}`);
    failed++;
    return;
  }
  try {
    const tapFile = join(mkdtempSync(join(tmpdir(), 'qbo-server-')), 'report.tap');
    const ok = step(
      label,
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        `--test-concurrency=${process.env.QBO_SERVER_TEST_CONCURRENCY ?? '2'}`,
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        ...files,
      ],
      { QBO_TEST_DATABASE_URL: cluster.url },
    );
    addTap(tapFile, ok, label);
  } finally {
    cluster.stop();
  }
}

/** test/node: plain Node with no DOM (the built entries, server rendering) and the hydration test in Chromium; after the build. */
function nodeTests() {
  const files = testFiles('test/node');
  if (!files.length) return;
  const tapFile = join(mkdtempSync(join(tmpdir(), 'qbo-node-')), 'report.tap');
  const label = 'Node tests (node:test): every built entry imports without a DOM, server rendering, hydration in Chromium';
  const ok = step(label, process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ]);
  addTap(tapFile, ok, label);
}

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
    failures.push(`✗ ${label}`);
    console.error(`✗ ${label} failed`);
  }
}

// Chromium always (the examples and e2e use it), and each engine the browser tests run in.
ensureBrowsers([...new Set(['chromium', ...(process.env.QBO_ENGINES || DEFAULT_ENGINES).split(',')])]);
step('msw service worker', process.execPath, ['scripts/prepare-msw.js']);

check('type check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('type check of the server half (tsc -p tsconfig.server.json)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.server.json']);
check("type check of the demo's back end (tsc -p demo/server/tsconfig.json)", bin('tsc'), ['--noEmit', '-p', 'demo/server/tsconfig.json']);
check('src/core renders nothing (no lit, no DOM)', process.execPath, ['scripts/check-core.js']);
check('browser entry points never import src/server', process.execPath, ['scripts/check-server-split.js']);
check('custom-elements.json is current', process.execPath, ['scripts/check-manifest.js']);

// The package as published: built, its manifest validated, packed once, linted, and installed by the example apps.
const packDir = mkdtempSync(join(tmpdir(), 'qbo-pack-'));
check('package build (npm run build)', 'npm', ['run', 'build']);
check('custom-elements.json validates (cem-validator, shipped paths, exported types)', process.execPath, ['scripts/validate-manifest.js']);
check('every code block of README.md and docs/*.md: type-checked, run, parsed or its commands found', process.execPath, ['scripts/check-docs.js']);
check('packed tarball: publint --strict and @arethetypeswrong/cli', process.execPath, ['scripts/check-pack.js', packDir]);
check('examples from the packed tarball: strict tsc / vue-tsc / next build, server-rendered pages as served and hydrated, one reconnect each in Chromium', process.execPath, ['scripts/check-examples.js', packDir]);
check('drop-in: imports in Node, exports every element, loads the dialog and locale tables lazily', process.execPath, ['scripts/check-bundle.js']);

nodeTests();
await serverTests();

// The element suite once per engine (scripts/test-engines.js); each engine's count is printed before the total.
const engines = runEngines(step);
for (const engine of engines) {
  passed += engine.passed;
  failed += engine.failed;
  failures.push(...engine.failures);
}

if (existsSync('test/e2e') && readdirSync('test/e2e').some((f) => f.endsWith('.e2e.js'))) {
  const e2eCounts = join(mkdtempSync(join(tmpdir(), 'qbo-e2e-')), 'counts.json');
  const e2eOk = step('end-to-end tests of the demo (playwright-core, headless Chromium)', process.execPath, ['scripts/e2e.js'], {
    QBO_TEST_COUNTS: e2eCounts,
  });
  if (existsSync(e2eCounts)) {
    const counts = JSON.parse(readFileSync(e2eCounts, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    failures.push(...(counts.failures ?? []));
  }
  if (!e2eOk && !existsSync(e2eCounts)) {
    failed++;
    failures.push('✗ end-to-end tests: the run ended without counts');
  }
}

console.log('');
if (failures.length) {
  console.log('What failed:');
  for (const failure of failures) console.log(`  ${failure}`);
}
for (const engine of engines) console.log(engine.line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
