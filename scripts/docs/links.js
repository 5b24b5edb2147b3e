// Links of the README and the guides, as markdown and as the published HTML pages: a relative link must reach a
// file of the repository, and an anchor a heading of its target. Guides that other work adds (named in docs/index.md
// before they land here) are reported apart, not as failures.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { marked } from 'marked';
import { guidePages, slug } from '../manifest/guides-pages.js';
import { apiPage } from '../manifest/api-page.js';
import { readManifest } from '../manifest/read-manifest.js';

/** The anchors GitHub gives a markdown file's headings (a repeated heading gets -1, -2…). */
function anchorsOf(file) {
  const seen = new Map();
  const anchors = new Set();
  marked.walkTokens(marked.lexer(readFileSync(file, 'utf8')), (token) => {
    if (token.type !== 'heading') return;
    const base = slug(token.text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  });
  return anchors;
}

function linksOf(file) {
  const links = [];
  marked.walkTokens(marked.lexer(readFileSync(file, 'utf8')), (token) => {
    if (token.type === 'link' || token.type === 'image') links.push(token.href);
  });
  return links;
}

/** Problems and missing guides ({ problems, pending }) of the markdown files. */
export function checkMarkdownLinks(files) {
  const problems = [];
  const pending = new Set();
  for (const file of files) {
    for (const href of linksOf(file)) {
      if (/^[a-z]+:/i.test(href)) continue;
      const [path, anchor] = href.split('#');
      const target = path ? normalize(join(dirname(file), path)) : file;
      if (!existsSync(target)) {
        if (/^docs\/[\w-]+\.md$/.test(target)) pending.add(target);
        else problems.push(`${file}: link to ${href}: no such file`);
        continue;
      }
      if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor)) problems.push(`${file}: link to ${href}: no such heading`);
    }
  }
  return { problems, pending: [...pending].sort() };
}

/** The HTML pages: every guide has one, the API page links to them, and their links between pages land. */
export function checkPublishedLinks() {
  const info = readManifest();
  const pages = guidePages(info);
  const problems = [];
  if (!apiPage(info).includes('href="../docs/index.html"')) problems.push('the API page does not link to the guides');
  const ids = (html) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
  for (const [name, html] of Object.entries(pages)) {
    if (!name.endsWith('.html')) continue;
    for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
      const local = /^(?:\.\/)?([\w-]+\.html)?(?:#(.*))?$/.exec(href);
      if (!local || (!local[1] && !local[2])) continue;
      const target = local[1] ? `docs/${local[1]}` : name;
      if (!pages[target]) {
        if (!existsSync(target.replace(/\.html$/, '.md'))) continue; // a guide still to come, reported above
        problems.push(`${name}: link to ${href}: no such page`);
      } else if (local[2] && !ids(pages[target]).has(local[2])) problems.push(`${name}: link to ${href}: no such heading`);
    }
  }
  return { problems, pages: Object.keys(pages).filter((name) => name.endsWith('.html')).length };
}
