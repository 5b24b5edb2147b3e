// Size benchmark: builds the drop-in bundle and prints its min+gzip size and what each part contributes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_KB = 20;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const built = spawnSync('node', ['scripts/build.js'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
const bundle = readFileSync('dist/qbo-reconnect.bundle.js');
console.log(`\ndist/qbo-reconnect.bundle.js: ${kb(bundle.length)} min, ${kb(gz(bundle))} min+gzip (budget ${BUDGET_KB} KB)`);

// Each part's share, measured as the gzip size of the bundle without it (esbuild, same entry).
const { metafile, outputFiles } = await build({
  entryPoints: ['src/bundle.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const output = Object.values(metafile.outputs)[0];
const groups = new Map();
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  const group = match ? match[1] : file.replace(/^src\/(elements\/[^/]+|[^/]+)(\/.*)?$/, 'src/$1');
  groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
}
const total = outputFiles[0].contents.length;
console.log(`esbuild cross-check: ${kb(total)} min, ${kb(gz(outputFiles[0].contents))} min+gzip\n\nminified bytes by part:`);
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${group.padEnd(44)} ${kb(bytes).padStart(9)}  ${((bytes / total) * 100).toFixed(1).padStart(5)}%`);
}
