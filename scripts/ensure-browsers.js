// The three engines every browser test runs in, from Debian packages only: where each binary lives, and an apt-get
// install of whatever is missing (nothing here ever downloads a browser of its own).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_RUN_PATH = '/usr/bin/xvfb-run';

/** Each engine: the files it needs and the Debian packages that provide them. */
export const ENGINES = {
  chromium: { label: 'Chromium', needs: [CHROMIUM_PATH], packages: ['chromium'], env: 'CHROMIUM_PATH' },
  firefox: { label: 'Firefox', needs: [FIREFOX_PATH], packages: ['firefox-esr'], env: 'FIREFOX_PATH' },
  // WebKitGTK's MiniBrowser has no headless mode: it runs on a virtual X display (xvfb-run needs xauth).
  webkit: {
    label: 'WebKit',
    needs: [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_RUN_PATH, '/usr/bin/xauth'],
    packages: ['webkit2gtk-driver', 'libwebkit2gtk-4.1-0', 'xvfb', 'xauth'],
    env: 'WEBKIT_DRIVER_PATH / MINIBROWSER_PATH',
  },
};

function aptGet(args) {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [cmd, ...rest] = [...(asRoot ? [] : ['sudo', '-n']), 'apt-get', ...args];
  const result = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

/** Installs the Debian packages of every named engine whose files are missing; exits the process when it cannot. */
export function ensureBrowsers(names = Object.keys(ENGINES)) {
  const missing = names.map((name) => ENGINES[name]).filter((engine) => engine.needs.some((file) => !existsSync(file)));
  if (!missing.length) return;
  const packages = missing.flatMap((engine) => engine.packages);
  console.log(`Not installed: ${missing.map((engine) => engine.label).join(', ')}; installing Debian's ${packages.join(' ')} with apt-get…`);
  const installed = aptGet(['update']) && aptGet(['install', '-y', ...packages]);
  const stillMissing = missing.filter((engine) => engine.needs.some((file) => !existsSync(file)));
  if (!installed || stillMissing.length) {
    for (const engine of stillMissing) {
      console.error(
        `Could not install ${engine.label}. Install Debian's ${engine.packages.join(' ')} yourself ` +
          `(apt-get install -y ${engine.packages.join(' ')}) or point ${engine.env} at the binaries, then run the tests again.`,
      );
    }
    process.exit(1);
  }
}

/** Chromium alone, for the scripts that only drive Chromium (bench, screenshots). */
export function ensureChromium() {
  ensureBrowsers(['chromium']);
  return CHROMIUM_PATH;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
