// npm test's check of the drop-in as built: it imports in Node (server rendering) without throwing or leaving DOM
// stand-ins behind, handleOAuthCallback() does nothing there, every element class is exported (the reconnect dialog
// through its loader), the dialog sits in a lazily imported chunk, and the callback file stands alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';

const out = mkdtempSync(join(tmpdir(), 'qbo-bundle-'));
for (const mode of ['bundle', 'callback']) {
  const built = spawnSync('node_modules/.bin/vite', ['build', '--mode', mode, '--logLevel', 'warn', '--outDir', out], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
writeFileSync(join(out, 'package.json'), '{"type":"module"}');
const entry = readFileSync(join(out, 'qbo-reconnect.bundle.js'), 'utf8');

const bundle = await import(pathToFileURL(join(out, 'qbo-reconnect.bundle.js')).href);
assert.equal(typeof globalThis.HTMLElement, 'undefined', 'the bundle left an HTMLElement stand-in behind');
assert.equal(typeof globalThis.document, 'undefined', 'the bundle left a document stand-in behind');
assert.deepEqual(bundle.handleOAuthCallback(), { delivered: 'none', params: null, closed: false });

const tags = [...readFileSync('src/elements/registry.ts', 'utf8').matchAll(/^\s+'(qbo-[a-z-]+)': (Qbo\w+),$/gm)];
assert.ok(tags.length >= 14, 'read the tags from registry.ts');
for (const [, tag, className] of tags) {
  if (tag === 'qbo-reconnect-dialog') continue;
  assert.equal(typeof bundle[className], 'function', `the bundle exports ${className}`);
  assert.equal(bundle.staticElements[tag], bundle[className], `${tag} is registered up front`);
}
assert.equal(typeof bundle.loadQboReconnectDialog, 'function', 'the bundle exports the dialog loader');
assert.match(entry, /import\(["'`]\.\/qbo-reconnect\.dialogs-[\w-]+\.js["'`]\)/, 'the dialog is a lazily imported chunk');
assert.ok(!entry.includes('part="message company"'), "the dialog's screens stay out of the static part");

const callback = await import(pathToFileURL(join(out, 'qbo-reconnect.callback.js')).href);
assert.deepEqual(callback.handleOAuthCallback(), { delivered: 'none', params: null, closed: false });
assert.ok(!/\bimport\b[^(]/.test(readFileSync(join(out, 'qbo-reconnect.callback.js'), 'utf8')), 'the callback file imports nothing');
assert.ok(!readdirSync(out).some((name) => name.includes('callback') && name !== 'qbo-reconnect.callback.js' && !name.endsWith('.map')));

console.log(`drop-in: imports in Node, exports ${tags.length - 1} classes and the dialog loader; the dialog loads lazily.`);
