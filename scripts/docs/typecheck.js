// Type checks the code of the README and the guides against the built package: each snippet is a module in a
// throwaway folder inside the repository, so `qbo-reconnect/...` resolves to this package's own exports (dist/) and
// every other import to the installed node_modules. TypeScript strict; JavaScript with checkJs (no strictness a
// file without annotations cannot meet). Names a snippet takes from the host's own code are declared in AMBIENT.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const minorVersion = JSON.parse(readFileSync('package.json', 'utf8')).version.split('.').slice(0, 2).join('.');
export const WORK_DIR = 'test-artifacts/docs-check';

/** What the snippets use without defining it: the host's own toast, database, mailer, session middleware and server, and a test's mock Intuit. */
const AMBIENT = `// What the snippets of the README and the guides take as given from the host's own code.
declare function toast(message: string): void;
declare const db: { deleteQuickBooksData(tenantId: string, realmId: string): Promise<void> };
declare function session(options?: unknown): import('express').RequestHandler;
declare const options: Omit<import('qbo-reconnect/server').QboServerOptions, 'basePath'>;
declare const hostApp: import('hono').Hono;
declare const qbo: import('qbo-reconnect/server').QboServer;
declare const tenantId: string;
declare const mailer: { send(message: { to: string; template: string; data: unknown }): Promise<void> };
declare function notifyAdmins(tenantId: string, reason: string | null): Promise<void>;
declare const mockIntuit: import('qbo-reconnect/server/testing').MockIntuit;
declare const realmId: string;
declare const grant: import('qbo-reconnect/server/testing').TokenReply;
`;

function tsconfig(files, strict) {
  return {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      moduleDetection: 'force',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      typeRoots: [resolve('node_modules/@types')],
      jsx: 'react-jsx',
      strict,
      allowJs: true,
      checkJs: true,
      noEmit: true,
      skipLibCheck: true,
      // The drop-in's CDN address is the package's own dist/ (checkMarkup checks the version and the file).
      paths: { [`https://cdn.jsdelivr.net/npm/qbo-reconnect@${minorVersion}/*`]: [`${resolve('.')}/*`] },
    },
    files: ['ambient.d.ts', ...files],
  };
}

function tsc(dir) {
  return new Promise((done) => {
    const child = spawn(resolve('node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

/**
 * Checks units ({ code, ext: 'ts'|'tsx'|'js', where: (line) => 'file:line' }) and returns one problem per error,
 * placed at its line in the markdown file.
 */
export async function typecheck(units) {
  const groups = { strict: [], checkjs: [] };
  units.forEach((unit, index) => (unit.ext === 'js' ? groups.checkjs : groups.strict).push({ ...unit, name: `snippet-${index}.${unit.ext}` }));
  const runs = Object.entries(groups)
    .filter(([, group]) => group.length)
    .map(async ([kind, group]) => {
      const dir = join(WORK_DIR, kind);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'ambient.d.ts'), AMBIENT);
      for (const unit of group) writeFileSync(join(dir, unit.name), unit.code);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig(group.map((unit) => unit.name), kind === 'strict'), null, 2));
      const { status, output } = await tsc(dir);
      const problems = [];
      for (const line of output.split('\n')) {
        const error = /(snippet-\d+\.\w+)\((\d+),(\d+)\): (error .*)$/.exec(line);
        if (error) problems.push(`${group.find((unit) => unit.name === error[1]).where(Number(error[2]))}: ${error[4]}`);
        else if (/error/.test(line)) problems.push(`${kind} type check: ${line}`);
      }
      if (status !== 0 && !problems.length) problems.push(`${kind} type check failed: ${output.trim()}`);
      return problems;
    });
  return (await Promise.all(runs)).flat();
}
