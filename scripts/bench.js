// `npm run bench`: builds, then measures in one run every figure of the performance table — sizes, and in headless
// Chromium 1,000 badges against a one-span vanilla element, a minimal Lit element and Shoelace's sl-badge, one state
// change under 2,000 elements, 10,000 vendor IDs against a hand-written cell, the refresh after a hidden hour, and
// the time to the first status on a throttled phone: server-rendered page, client-rendered drop-in, hand-written page.
// Variants are interleaved in each round and ratios are paired per round; the table shows medians.
// Options: --rounds N (default 7), --no-build, --compare DIR (another checkout with its dist/ built, measured in the
// same rounds as "before"), --out FILE (default bench/results.json), --only first-status (that measure alone, into
// bench/first-status.json), --only vendor-ids (10,000 vendor IDs against the hand-written cell alone, into
// bench/vendor-ids.json).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { FIRST_STATUS_PAGES, firstStatus, firstStatusRoutes } from '../bench/first-status.js';
import { badges, bigTable, comeBack, stateChange } from '../bench/measures.js';
import { CHROMIUM_FLAGS } from './chromium-flags.js';
import { coreForHost, dropInFiles } from './size.js';

const arg = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const rounds = Number(arg('--rounds', '7'));
const compare = arg('--compare', null);
const only = arg('--only', null);
if (only !== null && only !== 'first-status' && only !== 'vendor-ids') throw new Error(`--only ${only}: use first-status or vendor-ids.`);
const onlyFirstStatus = only === 'first-status';
const onlyVendorIds = only === 'vendor-ids';
const out = arg('--out', only ? `bench/${only}.json` : 'bench/results.json');

if (!process.argv.includes('--no-build')) {
  const built = spawnSync('node', ['scripts/build.js'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const trees = [{ label: 'now', root: process.cwd() }];
if (compare) trees.unshift({ label: 'before', root: resolve(compare) });

// Sizes.
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const sizes = {};
for (const tree of trees) {
  const dropIn = dropInFiles(join(tree.root, 'dist'));
  sizes[tree.label] = { dropInStaticKB: kb(dropIn.staticGzip), dropInTotalKB: kb(dropIn.totalGzip), coreKB: kb(await coreForHost(join(tree.root, 'dist'))) };
}

// A static server: the blank page, bench/page.js, each tree's dist/, a bundled lit for the anchor, Shoelace's CDN build.
const litAnchor = (await build({ stdin: { contents: `export * from 'lit';`, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', write: false })).outputFiles[0].text;
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const firstStatusRoute = await firstStatusRoutes(join(process.cwd(), 'dist'), '/t/now/qbo-reconnect.bundle.js');
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const send = (body, type) => {
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (path === '/') return send('<!doctype html><html lang="en"><body></body></html>', 'text/html');
  if (path === '/lit-anchor.js') return send(litAnchor, TYPES['.js']);
  const firstStatusPage = firstStatusRoute(path);
  if (firstStatusPage) return send(firstStatusPage.body, firstStatusPage.type);
  let file = null;
  if (path === '/bench/page.js') file = 'bench/page.js';
  const tree = /^\/t\/([^/]+)\/(.+)$/.exec(path);
  if (tree) file = join(trees.find((t) => t.label === tree[1])?.root ?? '/nonexistent', 'dist', tree[2]);
  if (path.startsWith('/shoelace/')) file = join('node_modules/@shoelace-style/shoelace/cdn', path.slice('/shoelace/'.length));
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404);
    return response.end();
  }
  send(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')) });

const bundleOf = (label) => `/t/${label}/qbo-reconnect.bundle.js`;
const badgeVariants = [
  ...trees.map((tree) => ({ name: tree.label, tag: 'qbo-status-badge', ours: true, bundle: bundleOf(tree.label) })),
  { name: 'vanilla', tag: 'vanilla-badge' },
  { name: 'lit', tag: 'lit-badge' },
  { name: 'sl-badge', tag: 'sl-badge', shoelace: '/shoelace/components/badge/badge.js' },
];
const samples = {};
const push = (key, value) => (samples[key] ??= []).push(value);

for (let round = 0; round < rounds; round += 1) {
  // Rotate the order each round so no variant always runs first (or last) on a warming, busy machine.
  const rotate = (list) => list.map((_, i) => list[(i + round) % list.length]);
  if (onlyVendorIds) {
    const hand = await bigTable(browser, origin, null);
    push('table.hand.firstRenderMs', hand.firstRender);
    for (const tree of rotate(trees)) {
      const table = await bigTable(browser, origin, bundleOf(tree.label));
      push(`table.${tree.label}.firstRenderMs`, table.firstRender);
      push(`table.${tree.label}.vsHand`, table.firstRender / hand.firstRender);
    }
    if (compare) push('table.now.vsBefore', samples['table.now.firstRenderMs'].at(-1) / samples['table.before.firstRenderMs'].at(-1));
    process.stdout.write(`round ${round + 1}/${rounds} done\n`);
    continue;
  }
  const firstStatusMs = {};
  for (const [name, path] of rotate(Object.entries(FIRST_STATUS_PAGES))) firstStatusMs[name] = await firstStatus(browser, origin, path);
  for (const [name, ms] of Object.entries(firstStatusMs)) push(`firstStatus.${name}.ms`, ms);
  push('firstStatus.ssr.vsDropIn', firstStatusMs.ssr / firstStatusMs.dropIn);
  push('firstStatus.ssr.vsHand', firstStatusMs.ssr / firstStatusMs.hand);
  push('firstStatus.dropIn.vsHand', firstStatusMs.dropIn / firstStatusMs.hand);
  if (onlyFirstStatus) {
    process.stdout.write(`round ${round + 1}/${rounds} done\n`);
    continue;
  }
  const badgeMs = {};
  for (const variant of rotate(badgeVariants)) badgeMs[variant.name] = await badges(browser, origin, variant);
  for (const [name, ms] of Object.entries(badgeMs)) push(`badges.${name}.ms`, ms);
  for (const tree of trees) {
    push(`badges.${tree.label}.vsVanilla`, badgeMs[tree.label] / badgeMs.vanilla);
    push(`badges.${tree.label}.vsLit`, badgeMs[tree.label] / badgeMs.lit);
    push(`badges.${tree.label}.vsShoelace`, badgeMs[tree.label] / badgeMs['sl-badge']);
  }
  const hand = await bigTable(browser, origin, null);
  push('table.hand.firstRenderMs', hand.firstRender);
  push('table.hand.longestSwapTaskMs', hand.swap.task);
  push('table.hand.longestSwapFrameMs', hand.swap.frame);
  for (const tree of rotate(trees)) {
    const change = await stateChange(browser, origin, bundleOf(tree.label));
    push(`stateChange.${tree.label}.scriptMs`, change.script);
    push(`stateChange.${tree.label}.taskMs`, change.task);
    const table = await bigTable(browser, origin, bundleOf(tree.label));
    push(`table.${tree.label}.firstRenderMs`, table.firstRender);
    push(`table.${tree.label}.vsHand`, table.firstRender / hand.firstRender);
    push(`table.${tree.label}.longestSwapTaskMs`, table.swap.task);
    push(`table.${tree.label}.longestSwapScriptMs`, table.swap.script);
    push(`table.${tree.label}.longestSwapFrameMs`, table.swap.frame);
    push(`table.${tree.label}.nodes`, table.nodes);
    push(`freshness.${tree.label}.requests`, await comeBack(browser, origin, bundleOf(tree.label)));
  }
  process.stdout.write(`round ${round + 1}/${rounds} done\n`);
}
await browser.close();
server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medians = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, Math.round(median(values) * 100) / 100]));
const results = { date: new Date().toISOString(), rounds, chromium: browser.version?.() ?? null, sizes, medians, samples };
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

// The printed table: one row per figure of the issue, one column per tree.
const m = (key) => medians[key];
const firstStatusRows = [
  ['first status, slow 4G (ms): server-rendered / drop-in / hand-written', () => `${m('firstStatus.ssr.ms')} / ${m('firstStatus.dropIn.ms')} / ${m('firstStatus.hand.ms')}`, 'ssr fastest'],
  ['  server-rendered × drop-in / × hand-written; drop-in × hand-written', () => `${m('firstStatus.ssr.vsDropIn')} / ${m('firstStatus.ssr.vsHand')}; ${m('firstStatus.dropIn.vsHand')}`, '< 1 / < 1'],
];
const vendorIdRows = [
  ['10,000 vendor IDs first render: ms (× hand-written, ms)', (t) => `${m(`table.${t}.firstRenderMs`)} (${m(`table.${t}.vsHand`)}×, ${m('table.hand.firstRenderMs')})`, '≤ 1.1× before'],
  ...(compare ? [['  now × before, paired per round', (t) => (t === 'now' ? `${m('table.now.vsBefore')}×` : ''), '≤ 1.1']] : []),
];
const rows = onlyFirstStatus ? firstStatusRows : onlyVendorIds ? vendorIdRows : [
  ['drop-in static / total, min+gzip (KB)', (t) => `${sizes[t].dropInStaticKB} / ${sizes[t].dropInTotalKB}`, '≤ 20 / ≤ 28'],
  ['qbo-reconnect/core in a host, min+gzip (KB)', (t) => `${sizes[t].coreKB}`, '≤ 9'],
  ['1,000 badges: × vanilla / × Lit / × sl-badge', (t) => `${m(`badges.${t}.vsVanilla`)} / ${m(`badges.${t}.vsLit`)} / ${m(`badges.${t}.vsShoelace`)}`, '≤ 1.25 / – / ≤ 0.8'],
  ['1,000 badges (ms; vanilla, lit, sl-badge)', (t) => `${m(`badges.${t}.ms`)} (${m('badges.vanilla.ms')}, ${m('badges.lit.ms')}, ${m('badges.sl-badge.ms')})`, ''],
  ['state change, 1,000 + 1,000: script / whole task (ms)', (t) => `${m(`stateChange.${t}.scriptMs`)} / ${m(`stateChange.${t}.taskMs`)}`, '≤ 10 script'],
  ['10,000 vendor IDs first render: ms (× hand-written)', (t) => `${m(`table.${t}.firstRenderMs`)} (${m(`table.${t}.vsHand`)}×)`, '≤ 1.1×'],
  ['10,000 vendor IDs swap: longest task / longest script (ms)', (t) => `${m(`table.${t}.longestSwapTaskMs`)} / ${m(`table.${t}.longestSwapScriptMs`)}`, '≤ 50'],
  ['  same swap: longest frame with the table\'s layout (ms; hand-written cell)', (t) => `${m(`table.${t}.longestSwapFrameMs`)} (${m('table.hand.longestSwapFrameMs')})`, ''],
  ['DOM nodes for 10,000 vendor IDs', (t) => `${m(`table.${t}.nodes`)}`, '≤ 30,000'],
  ['requests after a hidden hour, on return', (t) => `${m(`freshness.${t}.requests`)}`, '1'],
  ...firstStatusRows,
];
const labels = trees.map((tree) => tree.label);
console.log(`\n| measure | ${labels.join(' | ')} | goal |\n|---|${labels.map(() => '---|').join('')}---|`);
for (const [name, cell, goal] of rows) console.log(`| ${name} | ${labels.map((label) => cell(label)).join(' | ')} | ${goal} |`);
console.log(`\nmedians of ${rounds} interleaved rounds; ratios paired per round. Written to ${out}.`);
