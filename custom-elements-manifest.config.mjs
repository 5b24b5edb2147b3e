// @custom-elements-manifest/analyzer: reads the elements' class JSDoc into custom-elements.json, as it describes the
// published package: paths to the shipped dist/*.js, the tag each class defines, public members only, and a
// reference for every type the public API names (all exported from `qbo-reconnect`).
//
// Events: `@fires {CustomEvent<Detail>} name` records the event object's type, which is what the schema's `type`
// means and what our generators, @wc-toolkit's jsx-types and its cem-validator read: used as it is, never wrapped in
// CustomEvent<…> a second time (a bare detail type would be wrapped once: scripts/manifest/read-manifest.js).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE = 'qbo-reconnect';

/** The analyzer reads files concurrently; sorting modules by path makes the output the same on every run. */
function sortModules() {
  return {
    name: 'qbo-sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

/** `src/elements/x/x.ts` (or `/src/…js`) → `dist/elements/x/x.js`: the file a host actually imports. */
function toShipped(path) {
  return path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** Names a source file exports, following `export * from` (enough for the project's own index files). */
export function exportedNames(file, seen = new Set()) {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const names = new Set();
  const text = readFileSync(file, 'utf8');
  for (const [, list] of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const name = item.trim().split(/\s+as\s+/).pop()?.replace(/^type\s+/, '').trim();
      if (name) names.add(name);
    }
  }
  for (const [, from] of text.matchAll(/export\s+\*\s+from\s+'([^']+)'/g)) {
    for (const name of exportedNames(join(dirname(file), from.replace(/\.js$/, '.ts')), seen)) names.add(name);
  }
  return names;
}

/** Types every page has (DOM, ES, TypeScript's utility types): nothing to import. */
export const GLOBAL_TYPES = new Set([
  'Array', 'CustomEvent', 'Date', 'Element', 'Event', 'Exclude', 'Extract', 'FocusOptions', 'HTMLElement', 'Map', 'Omit',
  'Partial', 'Pick', 'Promise', 'Readonly', 'ReadonlyArray', 'Record', 'Required', 'Set', 'ShadowRootInit',
]);

/** Identifiers in a type's text that name a type (capitalised, not a string literal's contents). */
export function typeNames(text) {
  return [...text.replace(/'[^']*'|"[^"]*"/g, '""').matchAll(/\b[A-Z][A-Za-z0-9_]*\b/g)].map((match) => ({
    name: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Keeps what a host can use (public instance members, element classes), points paths at dist, adds each tag's definition
 * export (in dist/define.js), and gives every public type a `references` entry to `qbo-reconnect`'s main entry (a name left without one
 * is not exported: scripts/validate-manifest.js fails on it).
 */
function publishedShape() {
  return {
    name: 'qbo-published-shape',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const exported = exportedNames('src/index.ts');
      const reference = (type) => {
        if (!type?.text) return;
        const references = [];
        for (const found of typeNames(type.text)) {
          if (GLOBAL_TYPES.has(found.name)) continue;
          if (exported.has(found.name)) references.push({ ...found, package: PACKAGE, module: 'dist/index.js' });
        }
        if (references.length) type.references = references;
      };
      const definitions = [];
      manifest.modules = manifest.modules.filter((module) => module.declarations?.some((d) => d.kind === 'class'));
      for (const module of manifest.modules) {
        module.declarations = module.declarations.filter((d) => d.kind === 'class');
        // The class itself, and the types re-exported beside it (their module is a specifier relative to this file).
        module.exports = (module.exports ?? []).filter(
          (e) => module.declarations.some((d) => d.name === e.declaration?.name) || e.declaration?.module?.startsWith('.'),
        );
        for (const entry of module.exports) {
          const from = entry.declaration?.module;
          if (from?.startsWith('.')) entry.declaration.module = join(dirname(module.path), from).replace(/^\/?/, '');
        }
        for (const declaration of module.declarations) {
          declaration.members = declaration.members?.filter((m) => (!m.privacy || m.privacy === 'public') && !m.static);
          if (declaration.superclass?.module) declaration.superclass.module = toShipped(declaration.superclass.module);
          for (const member of declaration.members ?? []) {
            reference(member.type);
            for (const parameter of member.parameters ?? []) reference(parameter.type);
            reference(member.return?.type);
            if (member.inheritedFrom?.module) member.inheritedFrom.module = toShipped(member.inheritedFrom.module);
          }
          for (const attribute of declaration.attributes ?? []) {
            reference(attribute.type);
            if (attribute.inheritedFrom?.module) attribute.inheritedFrom.module = toShipped(attribute.inheritedFrom.module);
          }
          for (const event of declaration.events ?? []) reference(event.type);
          if (declaration.tagName) {
            definitions.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: toShipped(module.path) },
            });
          }
        }
        for (const entry of module.exports) {
          if (entry.declaration?.module) entry.declaration.module = toShipped(entry.declaration.module);
        }
        module.path = toShipped(module.path);
      }
      // The element modules register nothing: `qbo-reconnect/define` (dist/define.js) defines every tag.
      definitions.sort((a, b) => a.name.localeCompare(b.name));
      manifest.modules.push({ kind: 'javascript-module', path: 'dist/define.js', declarations: [], exports: definitions });
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/shared/**', 'src/elements/registry.ts', 'src/elements/static-elements.ts', 'src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publishedShape(), sortModules()],
};
