// `npm run build`: type declarations (tsc), the package's ES modules, the one-file drop-in bundle, and what is made
// from custom-elements.json (framework types, editor data, the API page).
import { spawnSync } from 'node:child_process';
import { rmSync, statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
run('node_modules/.bin/vite', ['build', '--mode', 'lib', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'bundle', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'callback', '--logLevel', 'warn']);
run(process.execPath, ['scripts/build-server.js']);
run(process.execPath, ['scripts/generate-from-manifest.js']);

const bundle = 'dist/qbo-reconnect.bundle.js';
const gzip = gzipSync(readFileSync(bundle), { level: 9 }).length;
console.log(`${bundle}: ${(statSync(bundle).size / 1024).toFixed(1)} KB min, ${(gzip / 1024).toFixed(1)} KB min+gzip`);
