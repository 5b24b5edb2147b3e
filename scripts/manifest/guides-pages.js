// The guides (docs/*.md) as HTML pages published beside the API page: rendered with marked, headings given GitHub's
// anchors, links between guides pointed at their pages and links elsewhere in the repository at GitHub. Static HTML
// and one stylesheet (no inline script or style: the demo's CSP holds).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';

const REPOSITORY = 'https://github.com/qbo-reconnect/qbo-reconnect';

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens (so README links work on both). */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** A link as written in docs/NAME.md, as it must read from docs/NAME.html. */
export function guideHref(href) {
  if (/^([a-z]+:|#)/i.test(href)) return href;
  const [path, anchor] = href.split('#');
  const hash = anchor === undefined ? '' : `#${anchor}`;
  if (/^[\w-]+\.md$/.test(path)) return `${path.replace(/\.md$/, '.html')}${hash}`;
  if (path === '../README.md') return `${REPOSITORY}${hash ? `#${anchor}` : '#readme'}`;
  const inRepository = path.startsWith('../') ? path.slice(3) : `docs/${path}`;
  return `${REPOSITORY}/${inRepository.endsWith('/') ? 'tree' : 'blob'}/main/${inRepository}${hash}`;
}

function renderer() {
  const marked = new Marked({ gfm: true });
  const seen = new Map();
  marked.use({
    renderer: {
      heading(text, level, raw) {
        const base = slug(raw);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const id = n ? `${base}-${n}` : base;
        return `<h${level} id="${escape(id)}">${text}</h${level}>\n`;
      },
      link(href, title, text) {
        const titled = title ? ` title="${escape(title)}"` : '';
        return `<a href="${escape(guideHref(href ?? ''))}"${titled}>${text}</a>`;
      },
    },
  });
  return marked;
}

/** Every guide in docs/, index first: { name, title, markdown }. */
export function readGuides(dir = 'docs') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort((a, b) => (a === 'index.md' ? -1 : b === 'index.md' ? 1 : a.localeCompare(b)))
    .map((file) => {
      const markdown = readFileSync(join(dir, file), 'utf8');
      const title = /^# (.+)$/m.exec(markdown)?.[1].replace(/`/g, '') ?? file;
      return { name: file.replace(/\.md$/, ''), title, markdown };
    });
}

function page(guide, guides, { packageName, version }) {
  const nav = guides
    .map((other) => `<li><a href="./${other.name}.html"${other.name === guide.name ? ' aria-current="page"' : ''}>${escape(other.title)}</a></li>`)
    .join('\n');
  return `<!doctype html>
<!-- Generated from docs/${guide.name}.md by scripts/manifest/guides-pages.js: do not edit. -->
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<title>${escape(guide.title)} · ${escape(packageName)} ${escape(version)}</title>
<link rel="stylesheet" href="./guides.css" />
<link rel="icon" href="../favicon.svg" type="image/svg+xml" />
</head>
<body>
<header><p><code>${escape(packageName)}</code> ${escape(version)} · <a href="./index.html">Guides</a> ·
<a href="../api/index.html">API reference</a> · <a href="../">Demo</a></p></header>
<main>
${renderer().parse(guide.markdown)}
</main>
<nav aria-label="Guides"><h2>Guides</h2><ul>
${nav}
</ul></nav>
</body>
</html>
`;
}

export const GUIDE_STYLES = `/* Generated with the guides by scripts/manifest/guides-pages.js. */
:root { font-family: system-ui, sans-serif; line-height: 1.55; color-scheme: light dark; }
body { margin: 0 auto; max-width: 56rem; padding: 1rem 1.5rem 4rem; }
header { border-bottom: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
code { font-family: ui-monospace, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
pre { overflow-x: auto; padding: 0.75rem 1rem; border-radius: 0.4rem; background: color-mix(in srgb, currentColor 7%, transparent); }
pre code { overflow-wrap: normal; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; display: block; overflow-x: auto; }
th, td { border: 1px solid color-mix(in srgb, currentColor 20%, transparent); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
nav[aria-label="Guides"] { border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent); margin-top: 3rem; }
[aria-current="page"] { font-weight: 600; }
`;

/** { 'docs/NAME.html': html, …, 'docs/guides.css': css } for every guide in `dir`. */
export function guidePages(info, dir = 'docs') {
  const guides = readGuides(dir);
  const files = { 'docs/guides.css': GUIDE_STYLES };
  for (const guide of guides) files[`docs/${guide.name}.html`] = page(guide, guides, info);
  return files;
}
