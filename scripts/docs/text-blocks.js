// Shell, JSON-with-comments and HTTP-header blocks: every npm script, file, package and binary a command names
// exists; a snapshot example passes the package's own schema; a Content-Security-Policy is the one the demo serves.
import { existsSync, readFileSync } from 'node:fs';
import { parseSnapshot } from '../../dist/core/index.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const known = new Set(
  ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(pkg[field] ?? {})),
);
known.add(pkg.name);
/** Commands a shell block may use besides npm, npx and node; what they name is not this repository's. */
const OTHER_COMMANDS = new Set(['openssl', 'cd', 'git']);

function commandProblems(words) {
  while (words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) words.shift(); // FOO=… prefixes
  const [command, sub, ...rest] = words;
  if (!command) return [];
  const args = rest.filter((word) => !word.startsWith('-'));
  if (command === 'npm') {
    if (sub === 'ci') return existsSync('package-lock.json') ? [] : ['npm ci without a package-lock.json'];
    if (sub === 'start' || sub === 'test') return pkg.scripts[sub] ? [] : [`no npm script "${sub}"`];
    if (sub === 'run') return pkg.scripts[args[0]] ? [] : [`no npm script "${args[0]}"`];
    if (sub === 'install' || sub === 'i') {
      return args.filter((name) => !known.has(name.replace(/(.)@[^@]*$/, '$1'))).map((name) => `npm install names ${name}, which package.json does not list`);
    }
    return [`unchecked npm command "npm ${sub}"`];
  }
  if (command === 'node') {
    const file = [sub, ...rest].find((word) => !word.startsWith('-'));
    return file && existsSync(file) ? [] : [`node runs ${file}, which does not exist`];
  }
  if (command === 'npx') return existsSync(`node_modules/.bin/${sub}`) ? [] : [`npx ${sub}: no such binary installed`];
  return OTHER_COMMANDS.has(command) ? [] : [`unchecked command "${command}"`];
}

export function checkShell(code) {
  const problems = [];
  for (const line of code.split('\n')) {
    const command = line.replace(/(^|\s)#.*$/, '').trim();
    if (!command) continue;
    for (const part of command.split(/&&|\|\||;|\|/)) problems.push(...commandProblems(part.trim().split(/\s+/).filter(Boolean)));
  }
  return problems;
}

/** JSON with // comments (outside strings) removed. */
export function stripComments(text) {
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      out += char;
      if (char === '\\') out += text[++index];
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
    } else out += char;
  }
  return out;
}

export function checkJson(code) {
  let value;
  try {
    value = JSON.parse(stripComments(code));
  } catch (error) {
    return [`not JSON: ${error.message}`];
  }
  if (value && typeof value === 'object' && 'linkState' in value) {
    try {
      parseSnapshot(value);
    } catch (error) {
      return [`the snapshot does not pass the package's schema: ${error.message}`];
    }
  }
  return [];
}

/** The policy a host is given must be the demo's (which the e2e run serves), directive by directive. */
export function checkHttp(code) {
  const text = code.replace(/\s+/g, ' ').trim();
  const match = /^Content-Security-Policy: (.+)$/.exec(text);
  if (!match) return ['an http block other than a Content-Security-Policy header is not checked'];
  const demo = readFileSync('vite.config.ts', 'utf8');
  return match[1]
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .filter((directive) => !demo.includes(`'${directive}`) && !demo.includes(`"${directive}`))
    .map((directive) => `"${directive}" is not in the demo's policy (vite.config.ts)`);
}

/**
 * CSS: braces balance, and every qbo- tag, `::part()` and `:state()` it selects exists on that element in
 * custom-elements.json (the manifest's cssParts and cssStates).
 */
export function checkCss(code, manifest) {
  const problems = [];
  const depth = [...code].reduce((level, char) => (level < 0 ? level : level + (char === '{') - (char === '}')), 0);
  if (depth !== 0) problems.push('unbalanced braces');
  const declarations = new Map();
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.tagName) declarations.set(declaration.tagName, declaration);
  for (const [, tag, rest] of code.matchAll(/(?<![\w-])(qbo-[\w-]+)((?:(?:::?[\w-]+\([^)]*\))|\[[^\]]*\])*)/g)) {
    const declaration = declarations.get(tag);
    if (!declaration) {
      problems.push(`<${tag}> is not an element of the package`);
      continue;
    }
    for (const [, kind, name] of rest.matchAll(/::?(state|part)\(([^)]*)\)/g)) {
      const list = kind === 'state' ? declaration.cssStates : declaration.cssParts;
      if (!(list ?? []).some((entry) => entry.name === name.trim())) problems.push(`<${tag}> has no ${kind === 'state' ? 'custom state' : 'part'} "${name}"`);
    }
  }
  return problems;
}
