// Keeps src/core free of rendering: no lit, no document or element APIs anywhere, and browser globals
// (window, location, history, BroadcastChannel, sessionStorage) only in the OAuth window handling files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CORE = 'src/core';
const OAUTH_FILES = new Set(['oauth-window.ts', 'oauth-environment.ts', 'callback.ts', 'redirect.ts']);
const rules = [
  // Module specifiers are strings: only this rule reads them. The others read code with every string emptied, so a
  // message such as "no connection history." is not taken for a use of `history.`.
  { pattern: /from\s+['"](lit|lit\/.*|@lit\/.*)['"]/, what: 'imports lit', everywhere: true, strings: true },
  { pattern: /\bdocument\b|\bcustomElements\b|\bHTMLElement\b|\bquerySelector|\binnerHTML\b|\bcreateElement\b/, what: 'touches the DOM', everywhere: true },
  { pattern: /(?<![\w-])window\.|\bglobalThis\.(location|history|sessionStorage|open)\b|\bBroadcastChannel\b|\bhistory\./, what: 'uses browser window globals', everywhere: false },
];

const problems = [];
for (const file of readdirSync(CORE).filter((name) => name.endsWith('.ts'))) {
  const lines = readFileSync(join(CORE, file), 'utf8').split('\n');
  lines.forEach((line, index) => {
    const code = line
      .replace(/\/\*.*?\*\//g, '')
      .replace(/\/\/.*$/, '')
      .replace(/^\s*(\/\*\*?|\*).*$/, '')
      .replace(/(['"`]).*?\1/g, (match) => (/^['"]\.{1,2}\//.test(match) ? '' : match));
    const codeOnly = code.replace(/(['"`]).*?\1/g, "''");
    for (const rule of rules) {
      if ((rule.everywhere || !OAUTH_FILES.has(file)) && rule.pattern.test(rule.strings ? code : codeOnly)) {
        problems.push(`${CORE}/${file}:${index + 1} ${rule.what}: ${line.trim()}`);
      }
    }
  });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('src/core renders nothing: no lit, no DOM, browser window globals only in the OAuth window handling.');
