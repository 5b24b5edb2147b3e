// The API page, made from custom-elements.json: every tag with its attributes, properties, methods, events, slots,
// CSS parts and custom properties. Static HTML and one stylesheet (no inline script or style: the demo's CSP holds).

const escape = (text) =>
  String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** The manifest's descriptions are light markdown: `code`, **bold** and blank-line paragraphs. */
function prose(text) {
  return escape(text)
    .split(/\n{2,}/)
    .map((paragraph) =>
      `<p>${paragraph
        .replace(/`([^`]+)`/g, '<code>$1</code>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\n/g, ' ')}</p>`,
    )
    .join('');
}

function table(title, columns, rows) {
  if (!rows.length) return '';
  return `<h3>${title}</h3>
<table>
<thead><tr>${columns.map((column) => `<th scope="col">${column}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

const code = (text) => (text ? `<code>${escape(text)}</code>` : '');

function elementSection(element) {
  return `<section id="${element.tag}" aria-labelledby="${element.tag}-title">
<h2 id="${element.tag}-title"><code>&lt;${element.tag}&gt;</code></h2>
<p class="summary">${escape(element.summary)}</p>
${prose(element.description)}
<p class="class-name">Class <code>${element.className}</code>, exported by <code>qbo-reconnect</code>; registered by <code>qbo-reconnect/define</code>.</p>
${table(
  'Attributes',
  ['Attribute', 'Property', 'Type', 'Default', 'Description'],
  element.attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type), code(a.default), prose(a.description)]),
)}
${table(
  'Properties',
  ['Property', 'Type', 'Default', 'Description'],
  element.properties.map((p) => [code(p.name) + (p.readonly ? ' <span class="tag">read-only</span>' : ''), code(p.type), code(p.default), prose(p.description)]),
)}
${table('Methods', ['Method', 'Description'], element.methods.map((m) => [code(m.signature), prose(m.description)]))}
${table('Events', ['Event', 'Type', 'Description'], element.events.map((e) => [code(e.name), code(e.eventType), prose(e.description)]))}
${table('Slots', ['Slot', 'Description'], element.slots.map((s) => [s.name ? code(s.name) : '(default)', prose(s.description)]))}
${table('CSS parts', ['Part', 'Description'], element.parts.map((p) => [code(`::part(${p.name})`), prose(p.description)]))}
${table('CSS custom properties', ['Property', 'Description'], element.cssProperties.map((p) => [code(p.name), prose(p.description)]))}
</section>`;
}

export function apiPage({ packageName, version, elements }) {
  return `<!doctype html>
<!-- Generated from custom-elements.json by scripts/manifest/api-page.js: do not edit. -->
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<title>${escape(packageName)} ${escape(version)} · API</title>
<link rel="stylesheet" href="./api.css" />
</head>
<body>
<header>
<h1><code>${escape(packageName)}</code> API <span class="version">${escape(version)}</span></h1>
<p>Every element, attribute, property, event, slot, CSS part and custom property, generated from the package's
<code>custom-elements.json</code>. <a href="../docs/index.html">Read the guides</a> (elements, backend, theming and
text, frameworks, testing, security, size and speed) · <a href="../">Open the demo</a>.</p>
<nav aria-label="Elements"><ul>
${elements.map((element) => `<li><a href="#${element.tag}"><code>&lt;${element.tag}&gt;</code></a> ${escape(element.summary)}</li>`).join('\n')}
</ul></nav>
</header>
<main>
${elements.map(elementSection).join('\n')}
</main>
</body>
</html>
`;
}

export const API_STYLES = `/* Generated with the API page by scripts/manifest/api-page.js. */
:root { font-family: system-ui, sans-serif; line-height: 1.5; color-scheme: light dark; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 4rem; }
code { font-family: ui-monospace, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
td:first-child code { white-space: nowrap; }
h1 .version { font-size: 0.6em; font-weight: normal; opacity: 0.7; }
nav ul { columns: 2 22rem; padding-left: 1.2rem; }
section { border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent); margin-top: 2.5rem; }
.summary { font-size: 1.1em; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid color-mix(in srgb, currentColor 20%, transparent); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
td p { margin: 0; }
td p + p { margin-top: 0.4rem; }
.tag { font-size: 0.8em; border: 1px solid currentColor; border-radius: 0.6em; padding: 0 0.4em; white-space: nowrap; }
`;
