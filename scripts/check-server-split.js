// Keeps the two halves apart: no browser entry point reaches src/server (its peers are optional and Node-only),
// and src/server reaches nothing of the browser side but the pure model and schemas of src/core.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const BROWSER_ENTRIES = ['src/index.ts', 'src/define.ts', 'src/bundle.ts', 'src/core/index.ts', 'src/mocks/index.ts', 'src/core/callback.ts', 'src/react/index.ts', 'src/mocks/memory.ts', 'src/hydrate.ts', 'src/ssr/index.ts'];
const SERVER_ENTRIES = ['src/server/index.ts', 'src/server/testing/index.ts'];
const SERVER_MAY_REACH = new Set(['src/core/model.ts', 'src/core/schemas.ts', 'src/core/errors.ts']);
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from, specifier) {
  const base = normalize(join(dirname(from), specifier));
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  return null;
}

/** Every source file reachable from `entries`, with the packages each one imports. */
function graph(entries) {
  const files = new Map();
  const queue = entries.filter((entry) => existsSync(entry));
  while (queue.length) {
    const file = queue.pop();
    if (files.has(file)) continue;
    const packages = [];
    files.set(file, packages);
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const match of code.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (!specifier.startsWith('.')) packages.push(specifier);
      else {
        const target = resolve(file, specifier);
        if (target) queue.push(target);
      }
    }
  }
  return files;
}

const problems = [];
for (const [file] of graph(BROWSER_ENTRIES)) {
  if (file.startsWith('src/server/')) problems.push(`a browser entry point reaches ${file}`);
}
for (const [file, packages] of graph(SERVER_ENTRIES)) {
  if (!file.startsWith('src/server/') && !SERVER_MAY_REACH.has(file)) problems.push(`src/server reaches browser code: ${file}`);
  for (const name of packages) {
    if (/^(lit|@lit\/|msw)/.test(name)) problems.push(`${file} imports ${name}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('Browser entry points never reach src/server; src/server reaches only the pure model and schemas of src/core.');
