import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/io.js';

/** A CliIo that reads real files but collects output and writes in memory, for asserting on both. */
export function memoryIo(): CliIo & { stdout: string; stderr: string; written: Map<string, string> } {
  const io = {
    stdout: '',
    stderr: '',
    written: new Map<string, string>(),
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
    readFile: (path: string) => (io.written.has(path) ? Promise.resolve(io.written.get(path)!) : readFile(path, 'utf8')),
    writeFile: async (path: string, content: string) => {
      io.written.set(path, content);
    },
    listDir: async () => [],
  };
  return io;
}

export const fixture = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).pathname;
export const GO_INSTRUMENT = new URL('../../../../content/go-clb/instrument.json', import.meta.url).pathname;
