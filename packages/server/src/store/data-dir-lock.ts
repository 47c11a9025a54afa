import { randomUUID } from 'node:crypto';
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './store.js';

/** The lock file's name inside the data folder (PostgreSQL ignores files it does not know). */
export const LOCK_FILE = 'poolster.lock';

/** The tokens of the locks this process holds: a second store in this process must not open a held folder either. */
const heldHere = new Set<string>();

interface LockOwner {
  pid: number;
  /** The owner's start time in clock ticks since boot (Linux), so a reused process id is not taken for it. */
  started: number | null;
  token: string;
}

/**
 * One process per PGlite data folder. PGlite neither checks nor honours PostgreSQL's postmaster.pid
 * (it writes one with process id -42, and a second process opening the folder just opens it too, and
 * both write into it), so the store keeps its own lock: `poolster.lock`, created exclusively, naming the
 * owner. A lock whose owner is gone (killed: kill -9 leaves it behind) is taken over; a live owner makes
 * the second opener fail with a StoreError that names it. Resolves to the function that releases it.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, started: await startTicks(process.pid), token: randomUUID() };
  // Counted as held from before the lock exists, so a store opening the same folder at the same moment
  // in this process never takes it for a stale lock of an earlier process that had this process id.
  heldHere.add(me.token);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await createExclusively(path, me).catch(forget(me.token))) {
      return async () => {
        heldHere.delete(me.token);
        const current = await readOwner(path);
        if (current?.token === me.token) await unlink(path).catch(() => undefined);
      };
    }
    const owner = await readOwner(path);
    if (owner && heldHere.has(owner.token)) {
      heldHere.delete(me.token);
      throw new StoreError(`The data folder ${dir} is already open in this process.`);
    }
    if (owner && (await isAlive(owner))) {
      heldHere.delete(me.token);
      throw new StoreError(
        `The data folder ${dir} is in use by another Poolster server (process ${owner.pid}). Stop that one first, or give this one another data folder.`,
      );
    }
    await takeOverStale(path, owner).catch(forget(me.token));
  }
  heldHere.delete(me.token);
  throw new StoreError(`Could not lock the data folder ${dir}: other processes keep taking ${LOCK_FILE}.`);
}

/** Drops a token that will not hold a lock after all, and passes the error on. */
const forget =
  (token: string) =>
  (error: unknown): never => {
    heldHere.delete(token);
    throw error;
  };

/** Writes the lock in full under another name, then links it into place: a lock file is never seen half written. */
async function createExclusively(path: string, owner: LockOwner): Promise<boolean> {
  const draft = `${path}.new-${owner.token}`;
  try {
    const handle = await open(draft, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(owner));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError(`Cannot create the lock file ${path}: ${(error as Error).message}`, { cause: error });
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

/**
 * Moves a stale lock aside. Two processes may find the same stale lock at once: renaming is atomic, and
 * whoever finds it has moved a fresh lock instead (another process won the race) puts that one back.
 */
async function takeOverStale(path: string, stale: LockOwner | undefined): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it: try again
    throw new StoreError(`Cannot take over the stale lock ${path}: ${(error as Error).message}`, { cause: error });
  }
  const moved = await readOwner(aside);
  if (moved && moved.token !== stale?.token) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.token !== 'string') return undefined;
    return { pid: value.pid, started: typeof value.started === 'number' ? value.started : null, token: value.token };
  } catch {
    // Missing, or not a lock this store wrote: no live owner can be named.
    return undefined;
  }
}

async function isAlive(owner: LockOwner): Promise<boolean> {
  // Same process id, not held here: an earlier process that had this id (a restarted container).
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = await startTicks(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

/** Field 22 of /proc/PID/stat (start time in clock ticks since boot); null where there is no /proc. */
async function startTicks(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}
