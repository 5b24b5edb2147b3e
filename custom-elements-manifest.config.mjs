// @custom-elements-manifest/analyzer: reads the elements' class JSDoc into custom-elements.json.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/shared/**', 'src/elements/registry.ts', 'src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
