// `npm run build`: type declarations (tsc), the package's ES modules, the one-file drop-in bundle, and what is made
// from custom-elements.json (framework types, editor data, the API page).
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dropInFiles } from './size.js';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
run('node_modules/.bin/vite', ['build', '--mode', 'lib', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'bundle', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'callback', '--logLevel', 'warn']);
// Types beside the drop-in and the callback file (`qbo-reconnect/bundle`), from tsc's declarations of their sources.
writeFileSync('dist/qbo-reconnect.bundle.d.ts', "export * from './bundle.js';\n");
writeFileSync('dist/qbo-reconnect.callback.d.ts', "export * from './callback-entry.js';\n");
run(process.execPath, ['scripts/build-server.js']);
run(process.execPath, ['scripts/generate-from-manifest.js']);

const { staticFiles, staticGzip, totalGzip } = dropInFiles();
console.log(`dist/qbo-reconnect.bundle.js: ${(staticGzip / 1024).toFixed(1)} KB min+gzip before the first status (${staticFiles.join(', ')}), ${(totalGzip / 1024).toFixed(1)} KB with its lazy chunks`);
