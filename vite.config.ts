// vite: `vite` serves the demo (with its full-stack back end; `--mode msw` without it); `vite build --mode lib` builds
// the package, `--mode bundle` the drop-in (with its lazy chunks), `--mode callback` the redirect_uri page's script.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import { fullStackDemo } from './demo/server/vite-plugin.js';
import { apiPagePlugin } from './scripts/manifest/api-page-plugin.js';
import { minifyTemplateLiterals } from './scripts/minify-templates.js';

const here = import.meta.dirname;
const src = (path: string) => resolve(here, 'src', path);

/** Package entries: each maps to dist/<name>.js beside its .d.ts from tsc. */
const libraryEntries = {
  index: src('index.ts'),
  define: src('define.ts'),
  'core/index': src('core/index.ts'),
  'core/callback': src('core/callback.ts'),
  'mocks/index': src('mocks/index.ts'),
  'mocks/memory': src('mocks/memory.ts'),
  'react/index': src('react/index.ts'),
  'ssr/index': src('ssr/index.ts'),
  hydrate: src('hydrate.ts'),
};

/**
 * The drop-in's own versions of five modules: the header registers its pieces without the reconnect dialog (which
 * then loads on first intent, with the sign-in window its Yes opens and the exchange with the backend after it), the
 * French and Spanish string tables load on first use, and the English texts shown after the first status come with
 * the chunks that show them.
 */
function dropInSwaps(): Plugin {
  const swaps = [
    { source: './pieces.js', importer: 'qbo-integration-header.ts', target: 'elements/qbo-integration-header/pieces.lazy.ts' },
    { source: './locale-tables.js', importer: 'i18n/locale.ts', target: 'i18n/locale-tables.lazy.ts' },
    { source: './oauth-window.js', importer: 'core/oauth-environment.ts', target: 'elements/shared/oauth-window.lazy.ts' },
    { source: './english-later.js', importer: 'i18n/strings.ts', target: 'i18n/english-later.lazy.ts' },
    { source: './store-reconnect.js', importer: 'core/store.ts', target: 'elements/shared/store-reconnect.lazy.ts' },
    { source: './disconnection.js', importer: 'core/store.ts', target: 'elements/shared/disconnection.lazy.ts' },
  ];
  return {
    name: 'qbo-drop-in-swaps',
    enforce: 'pre',
    resolveId(source, importer) {
      const swap = swaps.find((s) => s.source === source && importer?.endsWith(s.importer));
      return swap ? src(swap.target) : null;
    },
  };
}

const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // Trusted Types as docs/theming-and-text.md asks of hosts (lit-html's policy), plus the demo's own `default`
  // policy, which only lets msw register its service worker in msw mode (msw passes register() a plain string).
  "require-trusted-types-for 'script'",
  'trusted-types lit-html default',
].join('; ');

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        target: 'es2022',
        minify: false,
        lib: { entry: libraryEntries, formats: ['es'] },
        rolldownOptions: {
          // Dependencies stay imports so a host's bundler dedupes lit and zod with its own copies.
          external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^msw($|\/)/, /^react($|\/)/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'bundle' || mode === 'callback') {
    // Not vite's library mode: for ES output it keeps whitespace in "minified" code. A plain build minifies fully.
    const input: Record<string, string> =
      mode === 'bundle'
        ? { 'qbo-reconnect.bundle': src('bundle.ts') }
        : { 'qbo-reconnect.callback': src('callback-entry.ts') };
    return {
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      plugins: [minifyTemplateLiterals(), dropInSwaps()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        // Lazy chunks are plain dynamic imports: no preload helper, which would touch `document` and add bytes.
        modulePreload: false,
        copyPublicDir: false,
        rolldownOptions: {
          input,
          preserveEntrySignatures: 'allow-extension',
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            // A lazy chunk is named after its module; what two of them share (lit, mostly) is named for that.
            chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'qbo-reconnect.[name]-[hash].js' : 'qbo-reconnect.shared-[hash].js'),
          },
        },
      },
    };
  }
  // The demo: the host's integration page, a mock Intuit sign-in and the redirect_uri page. Its back end (the server
  // half, PGlite, the mock Intuit) runs inside vite's dev and preview servers unless the mode is 'msw'.
  const data = process.env.QBO_DEMO_DATA ?? resolve(here, '.data/demo');
  return {
    root: resolve(here, 'demo'),
    // The API page, generated from custom-elements.json, is published with the demo at /api/.
    plugins: [
      apiPagePlugin(),
      ...(mode === 'msw' ? [] : [fullStackDemo({ stackModule: resolve(here, 'demo/server/stack.ts'), data })]),
    ],
    publicDir: resolve(here, 'demo/public'),
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    // The built demo is served under a strict Content-Security-Policy: no inline script or style, nothing remote.
    preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': DEMO_CSP } },
    build: {
      outDir: resolve(here, 'demo-dist'),
      emptyOutDir: true,
      target: 'es2022',
      // The demo page carries msw and its mock backend; the package itself is measured by `npm run build`.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: {
        input: {
          main: resolve(here, 'demo/index.html'),
          signIn: resolve(here, 'demo/mock-intuit/index.html'),
          callback: resolve(here, 'demo/callback.html'),
        },
      },
    },
  };
});
