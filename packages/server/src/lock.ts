import { open, readFile, rm } from 'node:fs/promises';

/** Database files this process holds (a second host in the same process must not share one either). */
const heldHere = new Set<string>();

export class LockError extends Error {}

/**
 * One host per database file: two processes writing whole-file copies of one database would silently
 * undo each other's writes. The lock is a file `<db>.lock` holding the owner's process id; a lock
 * whose process is gone (killed) is taken over.
 */
export async function acquireLock(dbPath: string): Promise<() => Promise<void>> {
  const lockPath = `${dbPath}.lock`;
  if (heldHere.has(dbPath)) throw new LockError(`${dbPath} is already in use by another host in this process.`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      heldHere.add(dbPath);
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        heldHere.delete(dbPath);
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new LockError(`${dbPath} is in use by another Poolster host (process ${owner}). Stop it, or set POOLSTER_DB to another file.`);
      }
      // Left by a process that is gone (or by this one, after a crash of an earlier host object): take it over.
      await rm(lockPath, { force: true });
    }
  }
  throw new LockError(`Could not lock ${dbPath} (${lockPath}).`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
