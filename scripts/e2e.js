// End-to-end tests of the demo: builds it, serves it with `vite preview` on 127.0.0.1, runs test/e2e/*.e2e.js
// (node:test driving headless Chromium through playwright-core), and writes pass/fail counts for scripts/test.js.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForServer(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

spawnSync(process.execPath, ['scripts/prepare-msw.js'], { stdio: 'inherit' });
const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
// Started directly (not through npx) so that stopping this pid stops the server.
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => {
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));

let status = 1;
try {
  await waitForServer(`${baseUrl}/`, server);
  const files = readdirSync('test/e2e')
    .filter((file) => file.endsWith('.e2e.js'))
    .map((file) => join('test/e2e', file));
  const tapFile = join(mkdtempSync(join(tmpdir(), 'qbo-e2e-')), 'report.tap');
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
    { stdio: 'inherit', env: { ...process.env, DEMO_URL: baseUrl } },
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
  stop();
}
process.exit(status);
