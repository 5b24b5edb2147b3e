// Mounts the full-stack demo's back end (demo/server/stack.ts, loaded through tsx) inside vite's dev and preview
// servers: same origin as the page, so the session cookie and the callback page just work.
import { networkInterfaces } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { ensureSession } from './session.js';

export interface FullStackDemoOptions {
  /** Absolute path of demo/server/stack.ts. */
  stackModule: string;
  /** PGlite folder, or 'memory'. */
  data: string;
}

type StackModule = typeof import('./stack.js');
type DemoStack = Awaited<ReturnType<StackModule['startDemoStack']>>;

/** Every origin the page can be reached on, from the address vite actually listens on. */
function pageOrigins(server: ViteDevServer | PreviewServer): string[] {
  const address = server.httpServer?.address() as AddressInfo | null;
  if (!address) return [];
  const scheme = server.config.server.https ? 'https' : 'http';
  const origin = (host: string) => `${scheme}://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const hosts = new Set<string>();
  if (address.address === '0.0.0.0' || address.address === '::') {
    hosts.add('localhost');
    for (const entries of Object.values(networkInterfaces())) for (const entry of entries ?? []) if (entry.family === 'IPv4') hosts.add(entry.address);
  } else {
    hosts.add(address.address);
    if (address.address === '127.0.0.1' || address.address === '::1') hosts.add('localhost');
  }
  return [...hosts].map(origin);
}

function mount(server: ViteDevServer | PreviewServer, options: FullStackDemoOptions): void {
  let stack: Promise<DemoStack> | null = null;
  const start = () => {
    if (stack) return stack;
    stack = import('tsx/esm/api')
      .then(({ tsImport }) => tsImport(pathToFileURL(options.stackModule).href, import.meta.url) as Promise<StackModule>)
      .then((module) => module.startDemoStack({ pageOrigins: pageOrigins(server), data: options.data }))
      .then((started) => {
        const logger = server.config.logger;
        logger.info(`  ➜  Back end: ${started.mode === 'full-stack' ? `mock Intuit at ${started.intuitOrigin}` : `Intuit ${process.env.QBO_ENVIRONMENT}`}, API at /api/quickbooks, database ${process.env.QBO_DATABASE_URL ? 'PostgreSQL' : started.data === 'memory' ? 'PGlite in memory' : `PGlite in ${started.data}`}`);
        logger.info(`  ➜  Redirect URIs: ${started.redirectUris.join(', ')}`);
        return started;
      });
    stack.catch((error: unknown) => server.config.logger.error(`The demo back end did not start: ${error instanceof Error ? error.stack : String(error)}`));
    return stack;
  };
  server.httpServer?.once('listening', () => void start());
  server.httpServer?.once('close', () => void stack?.then((started) => started.close()).catch(() => {}));
  server.middlewares.use((request, response, next) => {
    ensureSession(request, response);
    if (!request.url?.startsWith('/api/')) return next();
    start().then(
      (started) => started.listener(request, response),
      () => {
        response.statusCode = 503;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ error: 'service_unavailable', message: 'The demo back end did not start; see the terminal.' }));
      },
    );
  });
}

export function fullStackDemo(options: FullStackDemoOptions): Plugin {
  return {
    name: 'qbo-reconnect-full-stack-demo',
    configureServer: (server) => mount(server, options),
    configurePreviewServer: (server) => mount(server, options),
  };
}
