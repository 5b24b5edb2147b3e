// Builds qbo-reconnect/server into dist/server: each module transpiled by esbuild (no bundling, so the optional
// peers stay imports), declarations by tsc, and the files read at run time (SQL migrations, the mock's stylesheet,
// the hosted hand-off page's script and stylesheet).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const SRC = 'src/server';
const OUT = 'dist/server';

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const files = walk(SRC);

await build({
  entryPoints: files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')),
  outdir: OUT,
  outbase: SRC,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  bundle: false,
  logLevel: 'warning',
});
// The hosted hand-off page's browser files (src/server/handoff/client/*.js) are served as they are, not transpiled.
const isClientFile = (name) => name.split(/[\\/]/).includes('client') && /\.(js|svg)$/.test(name);
for (const file of files.filter((name) => name.endsWith('.sql') || name.endsWith('.css') || isClientFile(name))) {
  cpSync(file, join(OUT, relative(SRC, file)));
}

// Type-only imports of src/core give dist/core declarations the browser build already wrote, from the same source.
const tsc = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.server.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
console.log(`${OUT}: ${files.length} source files built`);
