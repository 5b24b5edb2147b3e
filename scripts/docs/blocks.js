// The fenced code blocks of the README and the guides, with where they start and what their info string asks for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** README.md and every docs/*.md, in a stable order. */
export function docFiles(root = '.') {
  const guides = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join('docs', name));
  return ['README.md', ...guides];
}

/**
 * Splits an info string such as "js run=express" or "ts skip-check (needs a browser)": the language, the `run`
 * harness (a bare `run` means "run as written"), and a skip with its reason, which must be given.
 */
export function parseInfo(info) {
  const [lang = '', ...rest] = info.trim().split(/\s+/);
  const words = rest.join(' ');
  const run = /(?:^|\s)run(?:=([\w-]+))?(?:\s|$)/.exec(words);
  const skip = /(?:^|\s)skip-check\b(.*)$/.exec(words);
  return {
    lang: lang.toLowerCase(),
    run: run ? run[1] ?? 'as-written' : null,
    skip: skip ? skip[1].replace(/^[\s:(]+|[\s)]+$/g, '') || '' : null,
  };
}

/** Every fenced block of one markdown file (``` or ~~~, any indentation a list allows). */
export function extractBlocks(file, root = '.') {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[index]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body = [];
    let end = index + 1;
    while (end < lines.length && !new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[end])) {
      body.push(lines[end].startsWith(indent) ? lines[end].slice(indent.length) : lines[end]);
      end++;
    }
    blocks.push({ file, line: index + 1, ...parseInfo(info), info: info.trim(), code: body.join('\n') + '\n' });
    index = end;
  }
  return blocks;
}

export const where = (block) => `${block.file}:${block.line}`;
