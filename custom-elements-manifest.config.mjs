// @custom-elements-manifest/analyzer: reads the elements' class JSDoc into custom-elements.json.

/** The analyzer reads files concurrently; sorting modules by path makes the output the same on every run. */
function sortModules() {
  return {
    name: 'qbo-sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/shared/**', 'src/elements/registry.ts', 'src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [sortModules()],
};
