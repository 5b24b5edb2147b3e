// A throwaway PostgreSQL cluster on a loopback port (Debian's postgresql, installed when missing), for tests and
// benches: `startPostgres()` → { url, stop() }; run directly, it prints the URL and stops on Ctrl+C.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function binDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** The folder of initdb and pg_ctl; installs Debian's postgresql package with apt-get when there is none. */
export function ensurePostgres() {
  const found = binDir();
  if (found) return found;
  console.log("PostgreSQL not found under /usr/lib/postgresql; installing Debian's postgresql package with apt-get…");
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, ...args];
    return spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  if (!run(['apt-get', 'update']) || !run(['apt-get', 'install', '-y', 'postgresql']) || !binDir()) {
    throw new Error("Could not install PostgreSQL. Install Debian's postgresql package yourself (apt-get install -y postgresql), then run again.");
  }
  return binDir();
}

/** Runs a PostgreSQL tool as the postgres user when root (PostgreSQL refuses to run as root). */
function runTool(bin, tool, args) {
  const command = asRoot ? ['runuser', '-u', 'postgres', '--', join(bin, tool), ...args] : [join(bin, tool), ...args];
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

function ownerIds(user) {
  const id = (flag) => Number(spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Starts a new cluster in a temp folder; `stop()` (also run on exit and Ctrl+C) shuts it down and removes the folder. */
export async function startPostgres() {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'qbo-pg-'));
  if (asRoot) {
    const { uid, gid } = ownerIds('postgres');
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Never started, or already gone: the folder still goes.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', stop);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    runTool(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'app', '--no-sync', '-E', 'UTF8', '--locale=C']);
    // Durability is pointless for a cluster thrown away after the run; fsync off keeps it fast.
    const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    runTool(bin, 'pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']);
    runTool(bin, 'pg_isready', ['-h', '127.0.0.1', '-p', String(port), '-t', '10']);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://app@127.0.0.1:${port}/postgres`, port, stop };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cluster = await startPostgres();
  console.log(cluster.url);
  console.log('PostgreSQL is running; Ctrl+C stops it and removes its folder.');
  setInterval(() => {}, 1 << 30);
}
