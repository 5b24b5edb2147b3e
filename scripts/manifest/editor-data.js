// Writes editor data from custom-elements.json: VS Code's HTML custom data and JetBrains' web-types, so both offer the
// tags, their attributes (with values for a fixed set) and their docs while typing markup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the API page is published, for the "Reference" links editors show. */
export const API_PAGE_URL = 'https://qbo-reconnect.github.io/qbo-reconnect/api/';

function tagMarkdown(element) {
  const lines = [element.summary, '', element.description].filter((line, index) => line || index === 1);
  const list = (title, items, format) => (items.length ? ['', `**${title}**`, ...items.map(format)] : []);
  return [
    ...lines,
    ...list('Events', element.events, (event) => `- \`${event.name}\` — ${event.description}`),
    ...list('Slots', element.slots, (slot) => `- ${slot.name ? `\`${slot.name}\`` : '(default)'} — ${slot.description}`),
    ...list('CSS parts', element.parts, (part) => `- \`::part(${part.name})\` — ${part.description}`),
    ...list('CSS custom properties', element.cssProperties, (property) => `- \`${property.name}\` — ${property.description}`),
  ]
    .join('\n')
    .trim();
}

export function vscodeCustomData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: { kind: 'markdown', value: tagMarkdown(element) },
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: { kind: 'markdown', value: `${attribute.description}\n\nType: \`${attribute.type}\`` },
        ...(attribute.values.length ? { values: attribute.values.map((name) => ({ name })) } : {}),
        ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
      })),
      references: [{ name: 'API reference', url: `${API_PAGE_URL}#${element.tag}` }],
    })),
  };
}

export function webTypes(elements, packageName, version) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: packageName,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: [element.summary, element.description].filter(Boolean).join('\n\n'),
          'doc-url': `${API_PAGE_URL}#${element.tag}`,
          source: { module: packageName, symbol: element.className },
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value:
              attribute.type === 'boolean'
                ? { type: 'boolean', required: false }
                : attribute.values.length
                  ? { type: attribute.values.map((value) => `'${value}'`).join(' | '), kind: 'plain' }
                  : { type: attribute.type, kind: 'expression' },
          })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description })),
          events: element.events.map((event) => ({ name: event.name, description: event.description, value: { type: event.eventType } })),
          js: {
            properties: element.properties.map((property) => ({
              name: property.name,
              description: property.description,
              value: { type: property.type },
              ...(property.readonly ? { 'read-only': true } : {}),
            })),
            events: element.events.map((event) => ({ name: event.name, description: event.description, value: { type: event.eventType } })),
          },
          css: {
            parts: element.parts.map((part) => ({ name: part.name, description: part.description })),
            properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description })),
          },
        })),
      },
    },
  };
}

export function writeEditorData(elements, packageName, version, paths) {
  for (const path of Object.values(paths)) mkdirSync(dirname(path), { recursive: true });
  writeFileSync(paths.vscode, `${JSON.stringify(vscodeCustomData(elements), null, 2)}\n`);
  writeFileSync(paths.webTypes, `${JSON.stringify(webTypes(elements, packageName, version), null, 2)}\n`);
}
