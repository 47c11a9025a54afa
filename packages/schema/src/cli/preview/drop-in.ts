import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The drop-in's files the page may load: poolster.js and the files it imports on first use, with their maps. */
const DROP_IN_FILE = /^poolster(?:-[a-z]+)*\.js(?:\.map)?$/;

/**
 * The folder of the installed drop-in (`@poolster/elements/dist/`), found the way Node resolves the
 * package from here; undefined when the package (an optional peer of this one) is not installed or not built.
 */
export function installedDropIn(): string | undefined {
  try {
    const file = fileURLToPath(import.meta.resolve('@poolster/elements/poolster.js'));
    return existsSync(file) ? dirname(file) : undefined;
  } catch {
    return undefined;
  }
}

/** One of the drop-in's files by name, or undefined for any other name (no path ever leaves the folder). */
export async function dropInFile(folder: string, name: string): Promise<Buffer | undefined> {
  if (!DROP_IN_FILE.test(name)) return undefined;
  return readFile(join(folder, name)).catch(() => undefined);
}
