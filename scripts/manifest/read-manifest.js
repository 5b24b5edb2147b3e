// Reads custom-elements.json into one plain list of elements for the generators (framework types, editor data, API page).
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ name: string, description: string, type: string }} Entry
 * @typedef {{
 *   tag: string, className: string, module: string, summary: string, description: string,
 *   attributes: Array<Entry & { fieldName?: string, default?: string, values: string[] }>,
 *   properties: Array<Entry & { readonly: boolean, attribute?: string, default?: string }>,
 *   methods: Array<{ name: string, description: string, signature: string }>,
 *   events: Array<Entry & { eventType: string }>,
 *   slots: Entry[], parts: Entry[], cssProperties: Entry[],
 * }} ElementDoc
 */

/** A type's text as the event object type: `CustomEvent<X>` as it is, a bare detail type wrapped once. */
export function eventObjectType(text) {
  if (!text) return 'CustomEvent';
  return /^[A-Za-z_$][\w$]*Event\b/.test(text.trim()) ? text.trim() : `CustomEvent<${text.trim()}>`;
}

/** The string values of a union of string literals (`'id' | 'placeholder'`), else none. */
export function literalValues(text) {
  const parts = (text ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'null' && part !== 'undefined');
  return parts.length && parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

/** Every type name the element's API refers to through the manifest's `references` (all exported by the package). */
export function referencedTypes(element) {
  const names = new Set();
  const add = (type) => type?.references?.forEach((reference) => names.add(reference.name));
  for (const list of [element.raw.members, element.raw.attributes, element.raw.events]) {
    for (const item of list ?? []) {
      add(item.type);
      add(item.return?.type);
      for (const parameter of item.parameters ?? []) add(parameter.type);
    }
  }
  return names;
}

/** @returns {{ packageName: string, version: string, elements: ElementDoc[] }} */
export function readManifest(path = 'custom-elements.json', packagePath = 'package.json') {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const pkg = JSON.parse(readFileSync(packagePath, 'utf8'));
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const members = declaration.members ?? [];
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        module: module.path,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          type: attribute.type?.text ?? 'string',
          fieldName: attribute.fieldName,
          default: attribute.default,
          values: literalValues(attribute.type?.text),
        })),
        properties: members
          .filter((member) => member.kind === 'field')
          .map((member) => ({
            name: member.name,
            description: member.description ?? '',
            type: member.type?.text ?? 'unknown',
            readonly: !!member.readonly,
            attribute: member.attribute,
            default: member.default,
          })),
        methods: members
          .filter((member) => member.kind === 'method' && member.description)
          .map((member) => ({
            name: member.name,
            description: member.description ?? '',
            signature: `${member.name}(${(member.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')}): ${member.return?.type?.text ?? 'void'}`,
          })),
        events: (declaration.events ?? [])
          .filter((event) => event.name)
          .map((event) => ({
            name: event.name,
            description: event.description ?? '',
            type: event.type?.text ?? 'CustomEvent',
            eventType: eventObjectType(event.type?.text),
          })),
        slots: (declaration.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '', type: '' })),
        parts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '', type: '' })),
        cssProperties: (declaration.cssProperties ?? []).map((property) => ({
          name: property.name,
          description: property.description ?? '',
          type: property.syntax ?? '',
        })),
        raw: declaration,
      });
    }
  }
  elements.sort((a, b) => a.tag.localeCompare(b.tag));
  return { packageName: pkg.name, version: pkg.version, elements };
}
