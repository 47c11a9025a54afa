/**
 * A throw-away PostgreSQL server for tests: Debian's `postgresql`, installed when missing, run from a
 * temporary data folder on a free loopback port. PostgreSQL refuses to run as root, so as root its
 * programs run as the `postgres` user (runuser). The server is stopped and its folder removed by
 * stop(), and also when the test process exits without calling it.
 */
import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);
const USER = 'poolster';
const isRoot = () => process.getuid?.() === 0;

/** The folder of PostgreSQL's programs: POOLSTER_POSTGRES_BIN, else the newest /usr/lib/postgresql/N/bin. */
function findBin() {
  if (process.env.POOLSTER_POSTGRES_BIN) return existsSync(join(process.env.POOLSTER_POSTGRES_BIN, 'initdb')) ? process.env.POOLSTER_POSTGRES_BIN : undefined;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(base, versions[0], 'bin') : undefined;
}

/** Installs Debian's PostgreSQL when it is missing (as root; the test command must work on a fresh machine). Returns its bin folder. */
export function ensurePostgres() {
  const found = findBin();
  if (found) return found;
  if (!isRoot()) {
    throw new Error('PostgreSQL not found in /usr/lib/postgresql/*/bin. Install it (sudo apt-get install -y postgresql) or set POOLSTER_POSTGRES_BIN.');
  }
  console.log('Installing PostgreSQL from Debian (apt-get install postgresql)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
  const bin = findBin();
  if (!bin) throw new Error('PostgreSQL was installed but no /usr/lib/postgresql/*/bin/initdb was found.');
  return bin;
}

/** Runs one of PostgreSQL's programs, as `postgres` when this process is root. */
function pgCommand(bin, program, args) {
  const path = join(bin, program);
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
}

async function run(bin, program, args) {
  const [command, commandArgs] = pgCommand(bin, program, args);
  return execFile(command, commandArgs, { encoding: 'utf8' });
}

function runSync(bin, program, args) {
  const [command, commandArgs] = pgCommand(bin, program, args);
  return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A port nothing listens on now (the kernel picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Servers this process started and has not stopped: stopped at exit. */
const running = new Set();
let exitHookInstalled = false;

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const server of running) server.stopNow();
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      for (const server of running) server.stopNow();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Starts a PostgreSQL server in a new temporary folder: `initdb -A trust -U poolster`, then pg_ctl on
 * 127.0.0.1 and a free port, its socket in the folder. Resolves to
 * `{ url, port, dataDir, createDatabase(), pid(), kill(), halt(), resume(), stop() }`.
 */
export async function startPostgres() {
  const bin = ensurePostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'poolster-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dataDir, uid, gid);
  }
  let port = 0;
  let stopped = false;
  const pgCtlStart = () => run(bin, 'pg_ctl', ['-D', dataDir, '-o', `-k ${dataDir} -h 127.0.0.1 -p ${port}`, '-l', join(dataDir, 'log'), 'start', '-w', '-t', '60']);
  const pid = () => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const removeFolder = () => rmSync(dataDir, { recursive: true, force: true });

  const server = {
    get url() {
      return `postgres://${USER}@127.0.0.1:${port}/postgres`;
    },
    get port() {
      return port;
    },
    dataDir,
    /** Creates an empty database and resolves to its URL. */
    async createDatabase(name) {
      await run(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', USER, name]);
      return `postgres://${USER}@127.0.0.1:${port}/${name}`;
    },
    /** The postmaster's process id. */
    pid,
    /** SIGKILLs the postmaster (a crash); resume() starts it again on the same port. */
    kill() {
      process.kill(pid(), 'SIGKILL');
    },
    /** Stops the server (fast shutdown: sessions are cut), keeping its folder; resume() starts it again. */
    async halt() {
      await run(bin, 'pg_ctl', ['-D', dataDir, 'stop', '-m', 'fast', '-w']);
    },
    /**
     * Starts the server again on the same port. After kill(), the old server's processes may still be
     * leaving and hold its shared memory for a moment: pg_ctl then refuses, and is asked again, for as
     * long as a crashed server may need to leave on a busy machine (the limit only stops a hang).
     */
    async resume() {
      let lastError;
      for (const giveUpAt = Date.now() + 120_000; Date.now() < giveUpAt; ) {
        try {
          await pgCtlStart();
          return;
        } catch (error) {
          lastError = error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      throw new Error(`PostgreSQL did not start again: ${lastError?.stderr || lastError?.message}\n${readLog()}`);
    },
    /** Stops the server (immediately: nothing in it is kept) and removes its folder. */
    async stop() {
      if (stopped) return;
      stopped = true;
      running.delete(server);
      await run(bin, 'pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate', '-w']).catch(() => undefined);
      removeFolder();
    },
    /** The same, synchronously, for the exit hook. */
    stopNow() {
      if (stopped) return;
      stopped = true;
      running.delete(server);
      try {
        runSync(bin, 'pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate', '-w']);
      } catch {
        // Not running (killed, or never started): only the folder is left to remove.
      }
      removeFolder();
    },
  };
  const readLog = () => {
    try {
      return readFileSync(join(dataDir, 'log'), 'utf8').split('\n').slice(-20).join('\n');
    } catch {
      return '';
    }
  };

  installExitHook();
  running.add(server);
  try {
    await run(bin, 'initdb', ['-D', dataDir, '-A', 'trust', '-U', USER, '--no-sync']);
    // A port can be taken between choosing it and listening on it: choose again then.
    let lastError;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      port = await freePort();
      try {
        await pgCtlStart();
        return server;
      } catch (error) {
        lastError = error;
      }
    }
    throw new Error(`PostgreSQL did not start: ${lastError?.stderr || lastError?.message}\n${readLog()}`);
  } catch (error) {
    server.stopNow();
    throw error;
  }
}
