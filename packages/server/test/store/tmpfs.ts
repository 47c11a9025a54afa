import { execFile as execFileCallback } from 'node:child_process';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);

/**
 * Mounts a small tmpfs (a disk that really fills up) on an existing folder. Needs root and a system
 * that allows mounting; where it does not, this throws, and the disk-full test fails rather than
 * passing without having filled a disk.
 */
export async function mountTmpfs(dir: string, mebibytes: number): Promise<{ resize(mebibytes: number): Promise<void>; unmount(): Promise<void> }> {
  try {
    await execFile('mount', ['-t', 'tmpfs', '-o', `size=${mebibytes}m`, 'tmpfs', dir]);
  } catch (error) {
    throw new Error(`Cannot mount a tmpfs on ${dir} to fill a disk for real (this test needs root and permission to mount): ${(error as Error).message}`);
  }
  return {
    resize: async (size) => void (await execFile('mount', ['-o', `remount,size=${size}m`, dir])),
    unmount: async () => void (await execFile('umount', [dir])),
  };
}
