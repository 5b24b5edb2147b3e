// A vite plugin that publishes the API page with the demo: served at /api/ by `vite`, written to api/ by its build.
import { apiPage, API_STYLES } from './api-page.js';
import { readManifest } from './read-manifest.js';

export function apiPagePlugin({ manifest = 'custom-elements.json', packageJson = 'package.json' } = {}) {
  const files = () => ({ 'api/index.html': apiPage(readManifest(manifest, packageJson)), 'api/api.css': API_STYLES });
  return {
    name: 'qbo-api-page',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0].replace(/^\//, '');
        const body = files()[path === 'api' || path === 'api/' ? 'api/index.html' : path];
        if (body === undefined) return next();
        response.setHeader('Content-Type', path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8');
        response.end(body);
      });
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(files())) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
