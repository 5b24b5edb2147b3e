// Copies msw's service worker into demo/public (npm 11 skips msw's own install script).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js');
mkdirSync('demo/public', { recursive: true });
copyFileSync(source, 'demo/public/mockServiceWorker.js');
