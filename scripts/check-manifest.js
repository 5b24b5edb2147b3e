// Fails when custom-elements.json is not what `npm run analyze` would write now.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

const before = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
const result = spawnSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(1);
const after = readFileSync('custom-elements.json', 'utf8');
if (before !== after) {
  console.error('custom-elements.json was stale: it has been regenerated; review and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is current.');
