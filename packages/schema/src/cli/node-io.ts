import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { CliIo } from './io.js';

/**
 * Node's files, and a person to ask only when both ends are a terminal: piped or in CI, `poolster init`
 * takes its defaults instead of waiting for an answer that never comes.
 */
export function nodeIo(output: Pick<CliIo, 'out' | 'err'>, interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY)): CliIo {
  return {
    ...output,
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: async (path, content) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    },
    listDir: (path) => readdir(path),
    ...(interactive
      ? {
          ask: async (question: string) => {
            const rl = createInterface({ input: process.stdin, output: process.stdout });
            try {
              return await rl.question(question);
            } finally {
              rl.close();
            }
          },
        }
      : {}),
  };
}
