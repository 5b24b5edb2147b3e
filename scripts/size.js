// `npm run size`: builds, then prints the drop-in's min+gzip sizes (static part and total with its lazy chunks), what
// `qbo-reconnect/core` costs a host's bundle, and each part's true gzip share (marginal bytes, from source maps).
// `--no-build` measures the dist/ already there.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { groupOf, gz, gzipShares } from './size-parts.js';

export const BUDGET = { staticKB: 20, totalKB: 28, coreKB: 9 };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The drop-in's files: the entry, the chunks it imports statically, and the chunks it loads later. */
export function dropInFiles(dir = 'dist') {
  const read = (name) => readFileSync(`${dir}/${name}`, 'utf8');
  const staticFiles = [];
  const lazyFiles = new Set();
  const visit = (name) => {
    if (staticFiles.includes(name)) return;
    staticFiles.push(name);
    const code = read(name);
    for (const [, file] of code.matchAll(/(?:^|[;}\s])import(?:[^"'`()]*?from)?\s*["'`]\.\/([^"'`]+)["'`]/g)) visit(file);
    for (const [, file] of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) lazyFiles.add(file);
  };
  visit('qbo-reconnect.bundle.js');
  // A lazy chunk's own imports are lazy too, unless the entry already loaded them.
  for (const file of lazyFiles) {
    for (const [, dep] of read(file).matchAll(/["'`]\.\/([^"'`]+\.js)["'`]/g)) if (!staticFiles.includes(dep)) lazyFiles.add(dep);
  }
  const size = (files) => files.reduce((sum, name) => sum + gz(read(name)), 0);
  const lazy = [...lazyFiles].filter((name) => !staticFiles.includes(name));
  // A page loads at most one of the French and Spanish tables: the total counts the larger one.
  const isTable = (name) => /\.(fr-CA|es-US)-/.test(name);
  const largestTable = Math.max(0, ...lazy.filter(isTable).map((name) => size([name])));
  const totalGzip = size([...staticFiles, ...lazy.filter((name) => !isTable(name))]) + largestTable;
  return { staticFiles, lazyFiles: lazy, staticGzip: size(staticFiles), totalGzip };
}

/** A host that imports the store, the HTTP adapter and the callback helper from `qbo-reconnect/core`. */
export async function coreForHost(dir = 'dist') {
  const { outputFiles } = await build({
    stdin: {
      contents: `export { ConnectionStore, createHttpAdapter, handleOAuthCallback } from '${resolve(dir, 'core/index.js')}';`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gz(outputFiles[0].contents);
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('node', ['scripts/build.js'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(1);
  }
  const dropIn = dropInFiles();
  const core = await coreForHost();
  const callback = gz(readFileSync('dist/qbo-reconnect.callback.js'));
  const mark = (bytes, budgetKB) => (bytes <= budgetKB * 1024 ? 'ok' : 'OVER');
  console.log(`\ndrop-in, before the first status (static): ${kb(dropIn.staticGzip)} min+gzip, budget ${BUDGET.staticKB} KB ${mark(dropIn.staticGzip, BUDGET.staticKB)}`);
  console.log(`drop-in with its lazy chunks (one locale):  ${kb(dropIn.totalGzip)} min+gzip, budget ${BUDGET.totalKB} KB ${mark(dropIn.totalGzip, BUDGET.totalKB)}`);
  console.log(`qbo-reconnect/core bundled by a host:       ${kb(core)} min+gzip, budget ${BUDGET.coreKB} KB ${mark(core, BUDGET.coreKB)}`);
  console.log(`dist/qbo-reconnect.callback.js:            ${kb(callback)} min+gzip`);
  for (const name of [...dropIn.staticFiles, ...dropIn.lazyFiles]) {
    const mapFile = `dist/${name}.map`;
    if (!existsSync(mapFile)) continue;
    const code = readFileSync(`dist/${name}`, 'utf8');
    console.log(`\n${name} (${dropIn.staticFiles.includes(name) ? 'static' : 'lazy'}), ${kb(gz(code))} min+gzip; marginal gzip bytes by part:`);
    for (const [group, bytes] of gzipShares(code, JSON.parse(readFileSync(mapFile, 'utf8')), groupOf)) {
      if (bytes >= 30) console.log(`  ${group.padEnd(44)} ${kb(bytes).padStart(9)}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
