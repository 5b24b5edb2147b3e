// Checks custom-elements.json as published (after `npm run build`): @wc-toolkit/cem-validator's rules, every path in
// it shipped in dist, every registered tag in it, every type its public API names exported by `qbo-reconnect`, and
// the API page, editor data and framework types made from it complete.
import { existsSync, readFileSync } from 'node:fs';
import { validateCem } from '@wc-toolkit/cem-validator';
import { GLOBAL_TYPES, exportedNames, typeNames } from '../custom-elements-manifest.config.mjs';
import { readManifest } from './manifest/read-manifest.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const problems = [];

try {
  await validateCem(manifest, {
    packageJsonPath: './package.json',
    cemFileName: 'custom-elements.json',
    // The base class every link-state element shares is documented through them, not used as a tag.
    exclude: ['LinkStateElement'],
    rules: {
      packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error' },
      // The analyzer writes schema 1.0.0, which is what the manifest follows; 2.x only adds fields it does not use.
      manifest: { schemaVersion: 'off', modulePath: 'error', definitionPath: 'error', exportTypes: 'error', tagName: 'error' },
    },
  });
} catch (error) {
  problems.push(`@wc-toolkit/cem-validator: ${error instanceof Error ? error.message : String(error)}`);
}

const paths = new Set();
for (const module of manifest.modules) {
  paths.add(module.path);
  for (const entry of module.exports ?? []) if (entry.declaration?.module) paths.add(entry.declaration.module);
  for (const declaration of module.declarations ?? []) {
    if (declaration.superclass?.module) paths.add(declaration.superclass.module);
  }
}
// A module of types alone has no .js in dist, only its .d.ts.
for (const path of paths) {
  if (!existsSync(path) && !existsSync(path.replace(/\.js$/, '.d.ts'))) problems.push(`${path} is named in the manifest but not built.`);
}

const registry = ['src/elements/first-elements.ts', 'src/elements/later-elements.ts', 'src/elements/registry.ts'].map((path) => readFileSync(path, 'utf8')).join('\n');
const registered = [...registry.matchAll(/^\s+'(qbo-[a-z-]+)': Qbo\w+,$/gm)].map((match) => match[1]);
const tags = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).map((d) => d.tagName).filter(Boolean));
for (const tag of new Set(registered)) if (!tags.has(tag)) problems.push(`<${tag}> is registered but not in the manifest.`);

const exported = exportedNames('src/index.ts');
const checkType = (where, type) => {
  for (const { name } of typeNames(type?.text ?? '')) {
    if (!GLOBAL_TYPES.has(name) && !exported.has(name)) problems.push(`${where} names ${name}, which qbo-reconnect does not export.`);
  }
};
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    const name = declaration.tagName ?? declaration.name;
    for (const member of declaration.members ?? []) {
      checkType(`${name}.${member.name}`, member.type);
      for (const parameter of member.parameters ?? []) checkType(`${name}.${member.name}(${parameter.name})`, parameter.type);
      checkType(`${name}.${member.name}()`, member.return?.type);
    }
    for (const attribute of declaration.attributes ?? []) checkType(`${name}[${attribute.name}]`, attribute.type);
    for (const event of declaration.events ?? []) checkType(`${name} ${event.name}`, event.type);
  }
}

// What the build made from the manifest must cover all of it: the API page names every piece, the editor data and
// framework types every tag.
const made = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
const apiPage = made('dist/api/index.html');
const editorData = made('dist/vscode.html-custom-data.json') + made('dist/web-types.json');
const frameworkTypes = ['react', 'vue', 'preact', 'svelte'].map((name) => made(`dist/types/${name}.d.ts`));
for (const element of readManifest().elements) {
  const pieces = [element.attributes, element.properties, element.events, element.parts, element.cssProperties];
  for (const { name } of pieces.flat()) {
    if (!apiPage.includes(`<code>${name}</code>`) && !apiPage.includes(`::part(${name})`)) {
      problems.push(`dist/api/index.html lacks ${name} of <${element.tag}>.`);
    }
  }
  if (!editorData.includes(`"name": "${element.tag}"`)) problems.push(`The editor data lacks <${element.tag}>.`);
  if (frameworkTypes.some((types) => !types.includes(`'${element.tag}':`))) problems.push(`A framework's types lack <${element.tag}>.`);
}

if (problems.length) {
  for (const problem of [...new Set(problems)]) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${tags.size} tags, valid and complete; API page, editor data and types cover it.`);
