// `node scripts/check-docs.js` (after `npm run build`): every fenced code block of README.md and docs/*.md is
// checked, so none goes stale. TypeScript and JavaScript are type-checked against the built package's types
// (module scripts inside HTML and Vue blocks too); blocks marked `run` are executed in Node; HTML and Vue are parsed
// and their qbo- tags, attributes and events checked against custom-elements.json; shell commands must name npm
// scripts, files and packages that exist; JSON snapshots pass the package's schema; CSS selects only parts and
// custom states the elements have; the Content-Security-Policy is the demo's. A block opts out only visibly, with
// `skip-check` and a reason in its info string. Links must land (a file, a heading), in the markdown and in the
// guides' HTML pages published beside the API page.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { docFiles, extractBlocks, where } from './docs/blocks.js';
import { checkMarkdownLinks, checkPublishedLinks } from './docs/links.js';
import { cdnProblems, checkMarkup, checkVue } from './docs/markup.js';
import { runSnippet, stopRunners } from './docs/run.js';
import { checkCss, checkHttp, checkJson, checkShell } from './docs/text-blocks.js';
import { typecheck, WORK_DIR } from './docs/typecheck.js';

const started = Date.now();
if (!existsSync('dist/index.d.ts')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
rmSync(WORK_DIR, { recursive: true, force: true });

const counts = {};
const count = (kind) => (counts[kind] = (counts[kind] ?? 0) + 1);
const problems = [];
const units = [];
const skipped = [];

/** A code unit for the type check, placed so its line n is reported at its line in the markdown file. */
function unit(block, code, ext, firstLine = 1) {
  return { code, ext, run: block.run, where: (line) => `${block.file}:${block.line + firstLine + line - 1}` };
}

for (const file of docFiles()) {
  for (const block of extractBlocks(file)) {
    const at = where(block);
    if (block.skip !== null) {
      if (!block.skip) problems.push(`${at}: skip-check without a reason (write it after the marker)`);
      skipped.push(`${at} (${block.lang}): ${block.skip}`);
      count('skipped');
      continue;
    }
    const report = (list) => problems.push(...list.map((problem) => `${at}: ${problem}`));
    switch (block.lang) {
      case 'ts':
      case 'tsx':
      case 'js':
      case 'jsx':
        units.push(unit(block, block.code, block.lang === 'jsx' ? 'tsx' : block.lang));
        report(cdnProblems(block.code));
        count(block.run ? `${block.lang} (type-checked and run)` : `${block.lang} (type-checked)`);
        break;
      case 'html': {
        const { problems: found, scripts } = checkMarkup(block.code);
        report([...found, ...cdnProblems(block.code)]);
        for (const script of scripts) units.push(unit(block, script.code, 'js', script.line));
        count('html (parsed, tags checked, scripts type-checked)');
        break;
      }
      case 'vue': {
        const { problems: found, scripts } = checkVue(block.code);
        report(found);
        for (const script of scripts) units.push(unit(block, script.code, script.ts ? 'ts' : 'js', script.line));
        count('vue (template checked, script type-checked)');
        break;
      }
      case 'sh':
      case 'bash':
        report(checkShell(block.code));
        count('sh (scripts, files and packages exist)');
        break;
      case 'json':
      case 'jsonc':
        report(checkJson(block.code));
        count('json (parsed, snapshots validated)');
        break;
      case 'css':
        report(checkCss(block.code, JSON.parse(readFileSync('custom-elements.json', 'utf8'))));
        count('css (selectors checked against the manifest)');
        break;
      case 'http':
        report(checkHttp(block.code));
        count('http (the demo serves the same policy)');
        break;
      default:
        problems.push(`${at}: a block in "${block.lang || '(no language)'}" is not checked: give it a checked language or skip-check with a reason`);
    }
  }
}

try {
  const [typeProblems, runProblems] = await Promise.all([
    typecheck(units),
    // Side by side: each mostly waits (for its database to open, for HTTP), and the Express ones share one PostgreSQL.
    Promise.all(units.filter((candidate) => candidate.run).map(runSnippet)).then((found) => found.flat()),
  ]);
  problems.push(...typeProblems, ...runProblems);
} finally {
  stopRunners();
}

const markdownLinks = checkMarkdownLinks(docFiles());
const published = checkPublishedLinks();
problems.push(...markdownLinks.problems, ...published.problems);

for (const [kind, n] of Object.entries(counts).sort()) console.log(`  ${String(n).padStart(3)} ${kind}`);
for (const line of skipped) console.log(`  skipped ${line}`);
console.log(`  links checked in ${docFiles().length} markdown files and ${published.pages} HTML guide pages`);
if (markdownLinks.pending.length) console.log(`  guides linked but not in this checkout yet: ${markdownLinks.pending.join(', ')}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.error(`docs: ${problems.length} problem(s) in the code blocks of README.md and docs/ (${seconds} s)`);
  process.exit(1);
}
console.log(`docs: every code block of README.md and docs/*.md checked (${units.length} type-checked units, ${seconds} s)`);
