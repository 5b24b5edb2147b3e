// node:test's TAP report, read by scripts/test.js and scripts/e2e.js: the counts, and the title of every failed test
// so the closing lines of `npm test` name what failed.
import { existsSync, readFileSync } from 'node:fs';

/**
 * `{ passed, failed, failures }` from a TAP file; a run that failed (`ok` false) without a summary counts as one
 * failure. `failures` holds each failed test's title, with its file when node:test names one.
 */
export function readTap(tapFile, ok, label) {
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const fails = count('fail') + count('cancelled');
  // Only leaf tests: a suite is "not ok" because a test inside it is, and that test is listed already.
  const failures = [];
  const lines = tap.split('\n');
  lines.forEach((line, index) => {
    const match = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (!match) return;
    const end = lines.findIndex((next, at) => at > index && /^\s*\.\.\.$/.test(next));
    const block = lines.slice(index + 1, end === -1 ? undefined : end).join('\n');
    const field = (name) => new RegExp(`^\\s*${name}: '?(.*?)'?$`, 'm').exec(block)?.[1];
    if (field('type') === 'suite' || field('failureType') === 'subtestsFailed') return;
    const file = field('location')?.replace(/^.*?\/(test\/)/, '$1').replace(/:\d+:\d+$/, '') ?? label;
    failures.push(`${file}: ${match[2]}: ${field('error') ?? 'no message'}`.slice(0, 300));
  });
  if (!ok && !fails) failures.push(`${label}: the run failed without a test failing`);
  return { passed: count('pass'), failed: fails || (ok ? 0 : 1), failures };
}
