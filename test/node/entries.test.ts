// Every browser entry of the package as built (dist/, from `npm run build`) imports in a plain Node process with no
// DOM and no shim: nothing throws, no DOM global is left behind, and no tag is registered in lit's server registry.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, { default?: string } | string> };
const BROWSER_ENTRIES = ['.', './define', './react', './core', './mocks', './mocks/memory', './callback', './bundle', './hydrate', './ssr'];

/** Runs `code` as an ES module in a fresh Node process and returns what it printed as JSON. */
function inFreshNode(code: string): unknown {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(run.status, 0, `node exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

for (const entry of BROWSER_ENTRIES) {
  test(`qbo-reconnect${entry.slice(1)} imports without a DOM`, () => {
    const target = pkg.exports[entry];
    const file = typeof target === 'string' ? target : target?.default;
    assert.ok(file, `package.json exports ${entry}`);
    assert.ok(existsSync(file), `${file} exists (run npm run build first)`);
    const result = inFreshNode(`
      const module = await import(${JSON.stringify(new URL(file, `file://${process.cwd()}/`).href)});
      const registry = globalThis.customElements;
      const tags = ['qbo-connection', 'qbo-status-badge', 'qbo-connection-status', 'qbo-vendor-id', 'qbo-integration-header'];
      console.log(JSON.stringify({
        exports: Object.keys(module).length,
        HTMLElement: typeof globalThis.HTMLElement,
        document: typeof globalThis.document,
        window: typeof globalThis.window,
        registered: registry ? tags.filter((tag) => registry.get(tag)) : [],
      }));
    `) as { exports: number; HTMLElement: string; document: string; window: string; registered: string[] };
    assert.deepEqual(
      { HTMLElement: result.HTMLElement, document: result.document, window: result.window, registered: result.registered },
      { HTMLElement: 'undefined', document: 'undefined', window: 'undefined', registered: [] },
    );
    // Side-effect entries export nothing; the others something.
    if (!['./define', './hydrate'].includes(entry)) assert.ok(result.exports > 0, `${entry} exports its API`);
  });
}

test('the React wrappers and the element classes exist in Node, and the callback helper does nothing there', () => {
  const result = inFreshNode(`
    const react = await import(${JSON.stringify(new URL('dist/react/index.js', `file://${process.cwd()}/`).href)});
    const main = await import(${JSON.stringify(new URL('dist/index.js', `file://${process.cwd()}/`).href)});
    const callback = await import(${JSON.stringify(new URL('dist/core/callback.js', `file://${process.cwd()}/`).href)});
    main.defineAll();
    console.log(JSON.stringify({
      wrappers: Object.entries(react).filter(([name, value]) => name.startsWith('Qbo') && value).map(([name]) => name).sort(),
      classes: Object.keys(main.elements).length,
      registered: globalThis.customElements ? Object.keys(main.elements).filter((tag) => customElements.get(tag)) : [],
      callback: callback.handleOAuthCallback(),
    }));
  `) as { wrappers: string[]; classes: number; registered: string[]; callback: unknown };
  assert.ok(result.wrappers.includes('QboConnection') && result.wrappers.includes('QboStatusBadge'), `wrappers: ${result.wrappers}`);
  assert.equal(result.classes, 16);
  assert.deepEqual(result.registered, [], 'defineAll() registers nothing without a DOM');
  assert.deepEqual(result.callback, { delivered: 'none', params: null, closed: false });
});

/** The modules a built file imports, in order (static `import "x"` / `from "x"` only, as the library build writes them). */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:^|;|\n)\s*import\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)].map((match) => match[1]!);
}

test("the built hydrate entry runs Lit's hydration support before any element module", () => {
  // Lit hydrates only elements defined after the support loaded; before it, a server-rendered Lit element is drawn a
  // second time next to its rendered content. The build must not move the bare import behind ./define.js.
  const [first, ...rest] = importsOf('dist/hydrate.js');
  assert.ok(first, 'dist/hydrate.js imports something');
  assert.ok(rest.includes('./define.js'), `dist/hydrate.js imports ./define.js after its first import: ${[first, ...rest]}`);
  const support = '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  const firstChain = first === support ? [support] : importsOf(new URL(first, `file://${process.cwd()}/dist/`).pathname);
  assert.deepEqual(firstChain, [support], `the first module dist/hydrate.js loads (${first}) is Lit's hydration support alone`);
});
