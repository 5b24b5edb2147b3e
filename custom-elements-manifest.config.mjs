// @custom-elements-manifest/analyzer: reads the elements' class JSDoc into custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/mocks/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
