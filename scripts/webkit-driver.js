// Starts WebKitWebDriver on a virtual X display (xvfb-run) for the WebKit runs, and stops exactly what it started.
// WebKitGTK's MiniBrowser has no headless mode, and without a display a session start hangs instead of failing.
import { spawn } from 'node:child_process';
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_RUN_PATH } from './ensure-browsers.js';
import { freePort } from './free-port.js';

/** What a WebDriver session asks for: MiniBrowser in automation mode, over classic WebDriver (this driver has no BiDi). */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
};

async function waitForStatus(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}/status within ${timeoutMs} ms`);
}

/** Resolves to `{ port, stop }` once the driver answers; `stop()` ends xvfb-run's process group (Xvfb, the driver). */
export async function startWebKitDriver({ timeoutMs = 20_000 } = {}) {
  const port = await freePort();
  // A process group of its own, so that stopping it stops Xvfb and the driver with it, and nothing else.
  const child = spawn(XVFB_RUN_PATH, ['-a', '-s', '-screen 0 1440x1000x24', WEBKIT_DRIVER_PATH, `--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  try {
    await waitForStatus(`http://127.0.0.1:${port}`, child, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop };
}
