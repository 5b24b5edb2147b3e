// Writes everything made from custom-elements.json into dist: framework types, VS Code custom data, JetBrains
// web-types, the API page and, beside it, the guides of docs/ as HTML (all also served with the demo). `npm run
// build` runs it, so they follow the manifest and the guides.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { apiPage, API_STYLES } from './manifest/api-page.js';
import { guidePages } from './manifest/guides-pages.js';
import { writeEditorData } from './manifest/editor-data.js';
import { writeFrameworkTypes } from './manifest/framework-types.js';
import { readManifest } from './manifest/read-manifest.js';

const docs = readManifest();
writeFrameworkTypes(docs.elements, 'dist/types');
writeEditorData(docs.elements, docs.packageName, docs.version, {
  vscode: 'dist/vscode.html-custom-data.json',
  webTypes: 'dist/web-types.json',
});
mkdirSync('dist/api', { recursive: true });
writeFileSync('dist/api/index.html', apiPage(docs));
writeFileSync('dist/api/api.css', API_STYLES);
const guides = Object.entries(guidePages(docs));
for (const [file, text] of guides) {
  mkdirSync(dirname(join('dist', file)), { recursive: true });
  writeFileSync(join('dist', file), text);
}
console.log(`From custom-elements.json (${docs.elements.length} tags): dist/types, editor data, dist/api/index.html; ${guides.length - 1} guides in dist/docs/`);
