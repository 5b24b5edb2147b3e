// Runs the server snippets of the README and the guides in Node, against the built package: "run" as written (a
// snippet that sets up and checks everything itself, and prints true wherever its text says `// true`), "run=express" inside a harness that gives the Express
// mounting what the host would (credentials, a PostgreSQL database, a session middleware, the host's db), then
// calls the mounted routes over real HTTP.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startPostgres } from '../postgres.js';
import { WORK_DIR } from './typecheck.js';

const EXPRESS_PRELUDE = `import { once as docsOnce } from 'node:events';
import docsAssert from 'node:assert/strict';
// The host's own code the snippet names: its database and its session middleware (a header stands for a login).
const db = { purged: [], async deleteQuickBooksData(tenantId, realmId) { this.purged.push({ tenantId, realmId }); } };
const session = () => (req, _res, next) => {
  const org = req.headers['x-docs-org'];
  if (org) req.user = { orgId: org, name: 'Dana Ortiz' };
  next();
};
`;

const EXPRESS_EPILOGUE = `
// The mounting works: a session gets its snapshot, no session gets 401, Connect builds Intuit's sign-in address,
// and the host's own JSON routes after the mount still read their bodies.
app.post('/docs-echo', (req, res) => res.json({ echoed: req.body }));
const docsServer = app.listen(0, '127.0.0.1');
await docsOnce(docsServer, 'listening');
const docsOrigin = 'http://127.0.0.1:' + docsServer.address().port;
try {
  docsAssert.equal((await fetch(docsOrigin + '/api/quickbooks/connection')).status, 401);
  const status = await fetch(docsOrigin + '/api/quickbooks/connection', { headers: { 'x-docs-org': 'org-docs' } });
  docsAssert.equal(status.status, 200);
  docsAssert.equal((await status.json()).linkState, 'disabled');
  const authorize = await fetch(docsOrigin + '/api/quickbooks/connection/authorize', {
    method: 'POST',
    headers: { 'x-docs-org': 'org-docs', 'content-type': 'application/json', origin: 'https://app.example.com' },
    body: JSON.stringify({ redirectUri: 'https://app.example.com/quickbooks/callback' }),
  });
  docsAssert.equal(authorize.status, 200);
  docsAssert.match((await authorize.json()).authorizationUrl, /^https:\\/\\/appcenter\\.intuit\\.com\\/connect\\/oauth2\\?/);
  const echo = await fetch(docsOrigin + '/docs-echo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
  docsAssert.deepEqual(await echo.json(), { echoed: { a: 1 } });
} finally {
  docsServer.close();
  await qbo.close();
}
`;

function node(file, env) {
  return new Promise((done) => {
    const args = file.endsWith('.ts') ? ['--import', 'tsx', file] : [file];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Generous: a PGlite database takes seconds to open, many more on a loaded machine; only a hang should fail.
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ ok: status === 0, output: signal ? `killed after 300 s (${signal})\n${output}` : output });
    });
  });
}

let postgres;
async function databaseUrl() {
  postgres ??= startPostgres();
  return (await postgres).url;
}

export function stopRunners() {
  postgres?.then((cluster) => cluster.stop(), () => {});
}

/** Runs one snippet ({ code, ext, run, where }); returns its problems. */
export async function runSnippet(unit, index) {
  const dir = resolve(WORK_DIR, 'run');
  mkdirSync(dir, { recursive: true });
  let code = unit.code;
  let env = {};
  let ext = unit.ext === 'js' ? 'js' : 'ts';
  if (unit.run === 'express') {
    code = EXPRESS_PRELUDE + code + EXPRESS_EPILOGUE;
    ext = 'js';
    env = {
      QBO_CLIENT_ID: 'docs-client-id',
      QBO_CLIENT_SECRET: 'docs-client-secret',
      QBO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      DATABASE_URL: await databaseUrl(),
    };
  } else if (unit.run !== 'as-written') {
    return [`${unit.where(1)}: unknown harness "run=${unit.run}"`];
  }
  const file = join(dir, `snippet-${index}.${ext}`);
  writeFileSync(file, code);
  const { ok, output } = await node(file, env);
  if (!ok) return [`${unit.where(1)}: running it failed:\n${output.trim()}`];
  // A `console.log(…); // true` promises the reader a true: the run must print as many as the text promises.
  const promised = (unit.code.match(/console\.log\(.*\);?\s*\/\/ true\b/g) ?? []).length;
  const printed = output.split('\n').filter((line) => line.trim() === 'true').length;
  return printed === promised ? [] : [`${unit.where(1)}: printed ${printed} "true" where the text promises ${promised}:\n${output.trim()}`];
}
