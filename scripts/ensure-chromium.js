// Makes sure Debian's Chromium is at /usr/bin/chromium; installs it with apt-get when it is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  console.log(`Chromium not found at ${CHROMIUM_PATH}; installing Debian's chromium package with apt-get…`);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, ...args];
    const result = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return result.status === 0;
  };
  if (!run(['apt-get', 'update']) || !run(['apt-get', 'install', '-y', 'chromium']) || !existsSync(CHROMIUM_PATH)) {
    console.error(
      `Could not install Chromium. Install Debian's "chromium" package yourself (apt-get install -y chromium) ` +
        `or point CHROMIUM_PATH at a Chromium binary, then run the tests again.`,
    );
    process.exit(1);
  }
  return CHROMIUM_PATH;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
