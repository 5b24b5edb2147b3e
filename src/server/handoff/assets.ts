// The hosted page's files: its own script and stylesheet (./client/), the package's drop-in and callback script
// with their chunks (dist/), and the theme stylesheet made from `handoff.theme`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const CLIENT_DIR = new URL('./client/', import.meta.url);
const CLIENT_FILES: Record<string, string> = {
  'handoff-page.js': 'text/javascript;charset=UTF-8',
  'handoff-callback.js': 'text/javascript;charset=UTF-8',
  'handoff.css': 'text/css;charset=UTF-8',
  // Named in the pages, so browsers do not ask the host's /favicon.ico for it.
  'handoff-icon.svg': 'image/svg+xml',
};
/** The drop-in, the callback script and the drop-in's lazy chunks (`qbo-reconnect.<name>-<hash>.js`). */
const DROP_IN_FILE = /^qbo-reconnect\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.js$/;

/**
 * Where the built drop-in lives: beside the published server (dist/server/handoff → dist/), or, running from the
 * sources (tests, the demo), the repository's build output (src/server/handoff → dist/).
 */
const DROP_IN_DIRS = [new URL('../../', import.meta.url), new URL('../../../dist/', import.meta.url)];

export function dropInDir(): URL | null {
  return DROP_IN_DIRS.find((dir) => existsSync(new URL('qbo-reconnect.bundle.js', dir))) ?? null;
}

export interface Asset {
  body: Uint8Array;
  type: string;
}

const cache = new Map<string, Asset>();

/** One of the page's files by name, or null for any other name (nothing outside the two folders is reachable). */
export async function readAsset(name: string): Promise<Asset | null> {
  const cached = cache.get(name);
  if (cached) return cached;
  let asset: Asset | null = null;
  const clientType = CLIENT_FILES[name];
  if (clientType) asset = { body: await readFile(new URL(name, CLIENT_DIR)), type: clientType };
  else if (DROP_IN_FILE.test(name)) {
    const dir = dropInDir();
    const file = dir ? new URL(name, dir) : null;
    if (!file || !existsSync(file)) return null;
    asset = { body: await readFile(file), type: 'text/javascript;charset=UTF-8' };
  }
  if (asset) cache.set(name, asset);
  return asset;
}

const TOKEN_NAME = /^--qbo-[a-z0-9-]{1,64}$/;
/** A CSS value that cannot end the declaration or the rule, nor load anything. */
const SAFE_VALUE = /^[^;{}<>\\]*$/;

/** Checks `handoff.theme` once, when the server starts: a bad entry is the host's mistake, said at once. */
export function themeStylesheet(theme: Record<string, string> | undefined): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(theme ?? {})) {
    if (!TOKEN_NAME.test(name)) throw new TypeError(`handoff.theme: "${name}" is not a --qbo-* custom property.`);
    if (typeof value !== 'string' || !SAFE_VALUE.test(value) || /url\s*\(/i.test(value) || value.length > 200) {
      throw new TypeError(`handoff.theme: the value of ${name} is not a plain CSS value.`);
    }
    lines.push(`  ${name}: ${value};`);
  }
  return `/* handoff.theme */\n:root {\n${lines.join('\n')}\n}\n`;
}
