/**
 * A throwaway PostgreSQL server for the test suite: Debian's `postgresql` package, `initdb` in a
 * fresh temporary folder, started with `pg_ctl` on a free port of 127.0.0.1, stopped and removed
 * at the end. As root (CI containers), the server runs as the `postgres` system user that the
 * package creates: PostgreSQL refuses to run as root.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How tests connect: `new pg.Client({ ...settings, database })`. */
export interface PostgresSettings {
  readonly host: string;
  readonly port: number;
  readonly user: string;
}

/** The databases the tests use: `metrics`, and three shards of one table. */
export const DATABASES = ['metrics', 'shard1', 'shard2', 'shard3'] as const;

const USER = 'metrics';

/** Arguments: the test run's pid, the temporary folder, the data folder, then the pg_ctl command. */
const WATCHDOG = `parent=$1 folder=$2 data=$3; shift 3
while kill -0 "$parent" 2>/dev/null && [ -d "$folder" ]; do sleep 1; done
if [ -d "$folder" ]; then "$@" stop -D "$data" -m immediate -w >/dev/null 2>&1; rm -rf "$folder"; fi`;

/** The newest /usr/lib/postgresql/N/bin with initdb and pg_ctl, else PATH's. */
function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return join(root, versions[0]!, 'bin');
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim() !== '') return join(which.stdout.trim(), '..');
  throw new Error(
    'PostgreSQL is not installed: the SQL tests run against a real server. Install Debian\'s package: `apt-get install -y postgresql` (.ci/run does it).',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

/** A running server and how to stop it. */
export interface PostgresServer {
  readonly settings: PostgresSettings;
  stop(): void;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binaries();
  const folder = mkdtempSync(join(tmpdir(), 'service-metrics-pg-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string): number => {
      const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
      if (result.status !== 0) {
        rmSync(folder, { recursive: true, force: true });
        throw new Error('PostgreSQL refuses to run as root, and there is no `postgres` user to run it as: install Debian\'s package (`apt-get install -y postgresql`), which creates it, or run the tests as another user.');
      }
      return Number(result.stdout.trim());
    };
    chownSync(folder, id('-u'), id('-g'));
    chmodSync(folder, 0o700);
  }
  /** The command that runs one of PostgreSQL's programs: as the `postgres` user under root. */
  const command = (program: string): string[] => (asRoot ? ['runuser', '-u', 'postgres', '--', join(bin, program)] : [join(bin, program)]);
  const run = (program: string, args: readonly string[]): string => {
    const [head, ...rest] = command(program);
    const result = spawnSync(head!, [...rest, ...args], { encoding: 'utf8', cwd: folder });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr}${result.stdout}`);
    return result.stdout;
  };
  let started = false;
  let watchdog: ReturnType<typeof spawn> | undefined;
  const stop = (): void => {
    watchdog?.kill();
    watchdog = undefined;
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '20']);
      } catch {
        try {
          run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
        } catch {
          // Already gone.
        }
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  // An aborted run (Ctrl-C, a crash) must not leave a server behind.
  process.once('exit', stop);
  try {
    run('initdb', ['-D', data, '-U', USER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    const options = `-p ${String(port)} -c listen_addresses=127.0.0.1 -k ${folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c TimeZone=UTC`;
    run('pg_ctl', ['start', '-D', data, '-l', join(folder, 'server.log'), '-o', options, '-w', '-t', '30']);
    started = true;
    // A process killed without running its 'exit' handlers (SIGKILL, SIGHUP when the terminal
    // closes) would leave the server behind: a detached shell polls this process and stops the
    // server once it is gone; it ends by itself when the folder has been removed.
    watchdog = spawn(
      'sh',
      ['-c', WATCHDOG, 'watchdog', String(process.pid), folder, data, ...command('pg_ctl')],
      { detached: true, stdio: 'ignore' },
    );
    watchdog.unref();
    for (const database of DATABASES) run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', USER, database]);
    return { settings: { host: '127.0.0.1', port, user: USER }, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
