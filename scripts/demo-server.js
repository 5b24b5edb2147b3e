// Builds the demo and serves it with `vite preview` on 127.0.0.1 (shared by the e2e run and the README screenshot):
// the full-stack demo (server half on an in-memory PGlite, mock Intuit on its own port) under a strict CSP.
import { spawn, spawnSync } from 'node:child_process';
import { freePort } from './free-port.js';

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

/** Copies msw's worker into demo/public and builds demo-dist/; false when the build failed. */
export function buildDemo() {
  spawnSync(process.execPath, ['scripts/prepare-msw.js'], { stdio: 'inherit' });
  return spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' }).status === 0;
}

/** Serves demo-dist/ on a free port; `stop()` ends that server and nothing else. */
export async function startPreview() {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Started directly (not through npx) so that stopping this pid stops the server.
  const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // A run of its own: never the developer's .data/ database, which a running `npm start` may hold open.
    env: { ...process.env, QBO_DEMO_DATA: process.env.QBO_DEMO_DATA ?? 'memory' },
  });
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('exit', stop);
  try {
    await waitForServer(`${baseUrl}/`, server);
    // The back end starts beside the page; the first test should not pay for it.
    await waitForServer(`${baseUrl}/api/demo/info`, server);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, stop };
}
