// Writes the tags' types for frameworks from custom-elements.json: a shared map of properties, attributes and events
// per tag, and the augmentations React 19, Preact, Svelte 5 and Vue 3 read (JSX.IntrinsicElements, SvelteHTMLElements,
// GlobalComponents). Each has an empty .js beside it so `import 'qbo-reconnect/<framework>-types'` also runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { referencedTypes } from './read-manifest.js';

const HEADER = '// Generated from custom-elements.json by scripts/manifest/framework-types.js during `npm run build`: do not edit.\n';

/** JSDoc for a generated member: the manifest's description, kept to one comment. */
function doc(text, indent) {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** Markup passes text: a number attribute also takes its digits, a boolean one stays a boolean. */
function attributeType(type) {
  if (type === 'number') return 'number | `${number}`';
  return type;
}

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

function elementsFile(elements) {
  const imports = new Set(elements.map((element) => element.className));
  for (const element of elements) for (const name of referencedTypes(element)) imports.add(name);
  const section = (name, comment, body) =>
    `${comment}\nexport interface ${name} {\n${elements.map((element) => `  '${element.tag}': {\n${body(element)}  };\n`).join('')}}\n`;
  return `${HEADER}import type {\n${[...imports].sort().map((name) => `  ${name},`).join('\n')}\n} from '../index.js';

/** Every tag this package defines. */
export type QboTag = ${elements.map((element) => `'${element.tag}'`).join(' | ')};

${section(
  'QboElementProperties',
  '/** The properties a host may set on each tag, typed from its class. */',
  (element) =>
    element.properties
      .filter((property) => !property.readonly)
      .map((property) => `${doc(property.description, '    ')}    ${quote(property.name)}?: ${element.className}['${property.name}'];\n`)
      .join(''),
)}
${section(
  'QboElementAttributes',
  '/** The attributes each tag reads, as written in markup. */',
  (element) =>
    element.attributes
      .map((attribute) => `${doc(attribute.description, '    ')}    ${quote(attribute.name)}?: ${attributeType(attribute.type)};\n`)
      .join(''),
)}
${section(
  'QboElementEvents',
  '/** The events a listener on each tag hears, by DOM event name. */',
  (element) => element.events.map((event) => `${doc(event.description, '    ')}    '${event.name}': ${event.eventType};\n`).join(''),
)}
type PascalCase<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Capitalize<Head>}\${PascalCase<Tail>}\` : Capitalize<S>;

/** \`on<event-name>\` listener props: React 19, Preact and Svelte 5 add a listener for the name after \`on\` as it is. */
export type QboDomEventProps<Tag extends QboTag> = {
  [Name in keyof QboElementEvents[Tag] as \`on\${Name & string}\`]?: (event: QboElementEvents[Tag][Name]) => void;
};

/** Vue's listener props: \`@qbo-reconnect-success\` in a template is the \`onQboReconnectSuccess\` prop. */
export type QboVueEventProps<Tag extends QboTag> = {
  [Name in keyof QboElementEvents[Tag] as \`on\${PascalCase<Name & string>}\`]?: (event: QboElementEvents[Tag][Name]) => void;
};

/** Properties, attributes and \`on<event-name>\` listeners of one tag: what a JSX framework's element takes. */
export type QboJsxProps<Tag extends QboTag> = QboElementProperties[Tag] & QboElementAttributes[Tag] & QboDomEventProps<Tag>;
`;
}

function intrinsicElements(elements, propsFor) {
  return elements
    .map((element) => `${doc(element.summary, '      ')}      '${element.tag}': ${propsFor(`'${element.tag}'`)};\n`)
    .join('');
}

function reactFile(elements) {
  return `${HEADER}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { QboJsxProps, QboTag } from './elements.js';

/** React 19 sets a prop as a property when the element has it, and \`on<event-name>\` adds that event's listener. */
type Props<Tag extends QboTag> = QboJsxProps<Tag> &
  DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsicElements(elements, (tag) => `Props<${tag}>`)}    }
  }
}
`;
}

function preactFile(elements) {
  return `${HEADER}import type { HTMLAttributes } from 'preact';
import type { QboJsxProps, QboTag } from './elements.js';

type Props<Tag extends QboTag> = QboJsxProps<Tag> & HTMLAttributes<HTMLElementTagNameMap[Tag]>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsicElements(elements, (tag) => `Props<${tag}>`)}    }
  }
}
`;
}

function svelteFile(elements) {
  return `${HEADER}import type { HTMLAttributes } from 'svelte/elements';
import type { QboJsxProps, QboTag } from './elements.js';

type Props<Tag extends QboTag> = QboJsxProps<Tag> & HTMLAttributes<HTMLElementTagNameMap[Tag]>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${intrinsicElements(elements, (tag) => `Props<${tag}>`).replace(/^ {2}/gm, '')}  }
}
`;
}

function vueFile(elements) {
  return `${HEADER}import type { DefineComponent, HTMLAttributes } from 'vue';
import type { QboElementAttributes, QboElementProperties, QboTag, QboVueEventProps } from './elements.js';

/** Vue binds \`:prop\` as a property when the element has it; \`@qbo-…\` listens to the DOM event. */
type Props<Tag extends QboTag> = QboElementProperties[Tag] & QboElementAttributes[Tag] & QboVueEventProps<Tag> & HTMLAttributes;

declare module 'vue' {
  interface GlobalComponents {
${intrinsicElements(elements, (tag) => `DefineComponent<Props<${tag}>>`).replace(/^ {2}/gm, '')}  }
}
`;
}

/** The framework files, keyed by the package subpath that exposes each (see package.json `exports`). */
export const FRAMEWORKS = { react: reactFile, preact: preactFile, svelte: svelteFile, vue: vueFile };

export function writeFrameworkTypes(elements, outDir = 'dist/types') {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'elements.d.ts'), elementsFile(elements));
  writeFileSync(join(outDir, 'elements.js'), `${HEADER}export {};\n`);
  for (const [name, render] of Object.entries(FRAMEWORKS)) {
    writeFileSync(join(outDir, `${name}.d.ts`), render(elements));
    writeFileSync(join(outDir, `${name}.js`), `${HEADER}export {};\n`);
  }
}
