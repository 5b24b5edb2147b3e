// Packs the built package once (`npm pack`) and lints the tarball as a registry would serve it: publint --strict and
// @arethetypeswrong/cli (ESM-only profile). `node scripts/check-pack.js [dir]` leaves the tarball in dir for the
// example apps (scripts/check-examples.js) to install.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { FRAMEWORKS } from './manifest/framework-types.js';

/** `npm pack` into `dir`; returns the tarball's path. */
export function pack(dir) {
  const result = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [{ filename, entryCount, size }] = JSON.parse(result.stdout);
  console.log(`packed ${filename}: ${entryCount} files, ${(size / 1024).toFixed(0)} KB`);
  return join(dir, filename);
}

async function main() {
  const dir = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'qbo-pack-')));
  mkdirSync(dir, { recursive: true });
  const tarball = pack(dir);
  let ok = true;

  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const data = readFileSync(tarball);
  const { messages } = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    strict: true,
  });
  for (const message of messages) console.log(`publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
  if (messages.some((message) => message.type !== 'suggestion')) ok = false;
  else console.log(`publint --strict: clean${messages.length ? ` (${messages.length} suggestions)` : ''}`);

  // attw skips wildcard exports: name the framework type entries (./types/*) one by one.
  const typeEntries = ['elements', ...Object.keys(FRAMEWORKS)].map((name) => `./types/${name}`);
  const attw = spawnSync('node_modules/.bin/attw', [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color', '--include-entrypoints', ...typeEntries], {
    stdio: 'inherit',
  });
  if (attw.status !== 0) ok = false;
  process.exit(ok ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
