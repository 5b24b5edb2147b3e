// Writes everything made from custom-elements.json into dist: framework types, VS Code custom data, JetBrains
// web-types, and the API page (also served with the demo). `npm run build` runs it, so they follow the manifest.
import { mkdirSync, writeFileSync } from 'node:fs';
import { apiPage, API_STYLES } from './manifest/api-page.js';
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
console.log(`From custom-elements.json (${docs.elements.length} tags): dist/types, editor data, dist/api/index.html`);
