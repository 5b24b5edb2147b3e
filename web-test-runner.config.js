// @web/test-runner: every test under test/ runs in one engine per run (QBO_ENGINE: chromium, the default; firefox;
// webkit), each a Debian browser, TypeScript through esbuild.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { engineSetup } from './scripts/wtr-engines.js';
import { keysPlugin } from './scripts/keys-plugin.js';
import { mediaFeaturesPlugin } from './scripts/media-features-plugin.js';

const engine = await engineSetup(process.env.QBO_ENGINE || 'chromium');

const require = createRequire(import.meta.url);
const workerFile = join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js');

const firstLine = (text) => String(text ?? 'no message').split('\n')[0].slice(0, 200);

/** Counts passed and failed tests across all files and writes them where scripts/test.js reads them. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      // Tests an engine cannot run are registered as skipped under a title that names the engine and the reason.
      const excluded = [];
      // Each failure by file and title, so the closing lines of `npm test` name what failed.
      const failures = [];
      const walk = (suite, file, path = '') => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) {
            excluded.push(`${path}${test.name}`);
            continue;
          }
          if (test.passed) passed++;
          else {
            failed++;
            failures.push(`${file}: ${path}${test.name}: ${firstLine(test.error?.message)}`);
          }
        }
        for (const child of suite.suites ?? []) walk(child, file, `${path}${child.name} > `);
      };
      // Tests passed per file, to tell which file a short count is missing.
      const perFile = {};
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        const before = passed;
        if (session.testResults) walk(session.testResults, file);
        perFile[file] = passed - before;
        // A file that failed to load or threw outside a test counts as one failure.
        if (session.errors?.length || (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)) {
          failed++;
          const why = session.errors?.length ? session.errors.map((error) => firstLine(error.message)).join('; ') : `no test reported (${session.status})`;
          failures.push(`${file}: the file failed outside its tests: ${why}`);
        }
      }
      if (process.env.QBO_TEST_COUNTS) writeFileSync(process.env.QBO_TEST_COUNTS, JSON.stringify({ passed, failed, excluded, failures, perFile }));
    },
  };
}

export default {
  files: engine.files,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: engine.concurrency,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  // A shared 2-core machine under load can take long to start a browser; that is not a failure of the product.
  browserStartTimeout: 120_000,
  // Firefox and WebKit run one page at a time and compile each file's modules cold: their first test in a file
  // waits for that on a loaded machine, so they get a longer limit (a limit, not a speed goal).
  testFramework: { config: { timeout: engine.concurrency === 1 ? 30_000 : 10_000 } },
  browsers: [engine.launcher],
  // The page knows which engine runs it and what that engine lacks (test/helpers/engine.ts reads it).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.__qboEngine = ${JSON.stringify(engine.page)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mediaFeaturesPlugin(), keysPlugin()],
  middleware: [
    // A fixture page asks for a Cross-Origin-Opener-Policy with ?coop=…, to reproduce a sign-in page that severs window.opener.
    function fixtureOpenerPolicy(context, next) {
      const coop = context.path.startsWith('/test/fixtures/') ? context.query.coop : undefined;
      if (typeof coop === 'string') context.set('Cross-Origin-Opener-Policy', coop);
      return next();
    },
    // The Trusted Types fixture is served with the policy docs/theming-and-text.md gives hosts, so the test proves that exact CSP.
    function fixtureTrustedTypes(context, next) {
      if (context.path === '/test/fixtures/trusted-types.html') {
        context.set('Content-Security-Policy', "require-trusted-types-for 'script'; trusted-types lit-html");
      }
      return next();
    },
    function serveMockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.body = readFileSync(workerFile, 'utf8');
        return;
      }
      return next();
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), countingReporter()],
};
