import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The stages of one atomic write, named for the test hooks that simulate a crash at each of them. */
export type WriteStage = 'temp-partly-written' | 'temp-written' | 'renamed';

export interface StoreHooks {
  /** Called (and awaited) at each stage of every database write. Tests only. */
  onWrite?: (stage: WriteStage, info: { path: string; tempPath: string }) => void | Promise<void>;
}

/** How the temporary files of `path` are named: next to it, so the rename stays on one file system. */
const tempPrefix = (path: string) => `${basename(path)}.tmp-`;

/**
 * Replaces the file at `path` by `data` so that, whenever the process dies, the file is either the old
 * complete one or the new complete one: the data goes to a temporary file in the same folder, is
 * flushed to disk (fsync), and only then renamed over the old file (rename is atomic on POSIX file
 * systems); the folder is flushed too, so the rename itself survives a power cut.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, hooks: StoreHooks = {}): Promise<void> {
  const tempPath = join(dirname(path), `${tempPrefix(path)}${process.pid}-${randomBytes(6).toString('hex')}`);
  const info = { path, tempPath };
  const file = await open(tempPath, 'wx', 0o600);
  let renamed = false;
  try {
    const half = Math.floor(data.byteLength / 2);
    await writeAll(file, data.subarray(0, half));
    await hooks.onWrite?.('temp-partly-written', info);
    await writeAll(file, data.subarray(half));
    await file.sync();
    await file.close();
    await hooks.onWrite?.('temp-written', info);
    await rename(tempPath, path);
    renamed = true;
  } finally {
    if (!renamed) {
      await file.close().catch(() => undefined);
      await rm(tempPath, { force: true }).catch(() => undefined);
    }
  }
  await syncFolder(dirname(path));
  await hooks.onWrite?.('renamed', info);
}

async function writeAll(file: Awaited<ReturnType<typeof open>>, data: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < data.byteLength) {
    const { bytesWritten } = await file.write(data, offset, data.byteLength - offset);
    offset += bytesWritten;
  }
}

/** fsync of a folder (where the platform allows it; Windows does not open folders). */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported here: the rename is still atomic, only its durability after a power cut is weaker.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Removes what a write killed before its rename left behind: temporary files of `path` in its folder.
 * Call only while holding the file's lock (a live writer's temporary file must not be removed).
 * Returns the names removed.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const prefix = tempPrefix(path);
  const names = (await readdir(dirname(path))).filter((name) => name.startsWith(prefix));
  for (const name of names) await rm(join(dirname(path), name), { force: true });
  return names;
}
