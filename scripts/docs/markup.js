// HTML and Vue blocks: parsed with parse5 (a parse error fails), every qbo- tag, attribute, property binding and
// event checked against custom-elements.json, import maps and CDN addresses checked against the built files, and
// each module script handed on to the type check.
import { existsSync, readFileSync } from 'node:fs';
import { parseFragment } from 'parse5';
import { readManifest } from '../manifest/read-manifest.js';

const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'lang', 'dir', 'hidden', 'slot', 'part', 'title', 'tabindex', 'role']);
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/qbo-reconnect@([^/'"]+)\/([^'"\s]+)/g;

const { elements, version } = readManifest();
const byTag = new Map(elements.map((element) => [element.tag, element]));
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The problems of one attribute on a qbo- element; Vue's `:prop`, `v-bind:` and `@event` forms included. */
function attributeProblem(element, name) {
  if (GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || name.startsWith('data-')) return null;
  if (name.startsWith('@') || name.startsWith('v-on:')) {
    const event = name.replace(/^(@|v-on:)/, '').split('.')[0];
    return element.events.some((candidate) => candidate.name === event) ? null : `<${element.tag}> fires no "${event}" event`;
  }
  const bound = /^(?::|v-bind:)(.+)$/.exec(name);
  const plain = bound ? bound[1] : name;
  if (element.attributes.some((attribute) => attribute.name === plain)) return null;
  if (bound && element.properties.some((property) => property.name === camel(plain) && !property.readonly)) return null;
  return `<${element.tag}> has no attribute${bound ? ' or property' : ''} "${plain}"`;
}

/** A CDN address names this version's major.minor and a file the build wrote. */
export function cdnProblems(code) {
  const problems = [];
  const [major, minor] = version.split('.');
  for (const [, range, file] of code.matchAll(CDN)) {
    if (range !== `${major}.${minor}` && range !== version) problems.push(`CDN address names qbo-reconnect@${range}, the package is ${version}`);
    if (!existsSync(file)) problems.push(`CDN address names ${file}, which npm run build does not write`);
  }
  return problems;
}

/** An import map's addresses under /node_modules/ must exist here (the package itself is this folder). */
function importMapProblems(text) {
  let map;
  try {
    map = JSON.parse(text);
  } catch (error) {
    return [`import map is not JSON: ${error.message}`];
  }
  const problems = [];
  for (const [specifier, address] of Object.entries(map.imports ?? {})) {
    const local = address.replace(/^\/node_modules\/qbo-reconnect\//, '').replace(/^\//, '');
    if (!existsSync(local)) problems.push(`import map: "${specifier}" → ${address}, which does not exist`);
    const exported = specifier.startsWith('qbo-reconnect/') ? `./${specifier.slice('qbo-reconnect/'.length)}` : null;
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    if (exported && !pkg.exports[exported]) problems.push(`import map: the package exports no "${specifier}"`);
  }
  return problems;
}

function walk(node, visit) {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}

/**
 * Checks one HTML fragment (an html block, or a Vue block's template). Returns its problems and its module scripts
 * as { code, line } (line: the block line its first line is on).
 */
export function checkMarkup(html, { vue = false } = {}) {
  const problems = [];
  const scripts = [];
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => problems.push(`HTML parse error ${error.code} at line ${error.startLine}`),
  });
  walk(fragment, (node) => {
    if (!node.tagName) return;
    if (node.tagName.startsWith('qbo-')) {
      const element = byTag.get(node.tagName);
      if (!element) problems.push(`<${node.tagName}> is not an element of the package`);
      else for (const { name } of node.attrs) {
        const problem = attributeProblem(element, name);
        if (problem) problems.push(problem);
      }
    }
    if (node.tagName !== 'script') return;
    const type = node.attrs.find((attribute) => attribute.name === 'type')?.value;
    const lang = node.attrs.find((attribute) => attribute.name === 'lang')?.value;
    const text = node.childNodes.map((child) => child.value ?? '').join('');
    const line = node.sourceCodeLocation.startTag.endLine;
    if (type === 'importmap') problems.push(...importMapProblems(text));
    else if (type === 'module' || vue) scripts.push({ code: text, line, ts: lang === 'ts' });
    else problems.push(`a <script> that is neither a module nor an import map`);
  });
  return { problems, scripts };
}

/** A Vue single-file component: the <script> goes to the type check, the template to checkMarkup. */
export function checkVue(code) {
  // parse5 reads HTML, and a Vue template is HTML with its own attribute syntax (":x", "@x"), which parse5 keeps.
  const template = code.replace(/<script[\s\S]*?<\/script>/g, (script) => '\n'.repeat(script.split('\n').length - 1));
  if (!/<template>/.test(template)) return { problems: ['a Vue component without a <template>'], scripts: [] };
  const { problems } = checkMarkup(template.replace(/<(qbo-[\w-]+)([^>]*)\/>/g, '<$1$2></$1>'), { vue: true });
  const scripts = [];
  for (const match of code.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const line = code.slice(0, match.index).split('\n').length;
    scripts.push({ code: match[2], line, ts: /lang="ts"/.test(match[1]) });
  }
  return { problems, scripts };
}
