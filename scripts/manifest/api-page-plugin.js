// A vite plugin that publishes the API page and the guides with the demo: served at /api/ and /docs/ by `vite`,
// written to api/ and docs/ by its build.
import { apiPage, API_STYLES } from './api-page.js';
import { guidePages } from './guides-pages.js';
import { readManifest } from './read-manifest.js';

export function apiPagePlugin({ manifest = 'custom-elements.json', packageJson = 'package.json', guides = 'docs' } = {}) {
  const files = () => {
    const docs = readManifest(manifest, packageJson);
    return { 'api/index.html': apiPage(docs), 'api/api.css': API_STYLES, ...guidePages(docs, guides) };
  };
  return {
    name: 'qbo-api-page',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0].replace(/^\//, '');
        const index = { api: 'api/index.html', 'api/': 'api/index.html', docs: 'docs/index.html', 'docs/': 'docs/index.html' };
        const body = files()[index[path] ?? path];
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
