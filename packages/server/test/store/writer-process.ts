import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { StoreOptions } from '../../src/store/store.js';

const FIXTURE = new URL('./fixtures/insert-loop.ts', import.meta.url).pathname;

/** A child process storing responses in a loop (fixtures/insert-loop.ts), watched line by line. */
export interface WriterProcess {
  /** Ids the writer printed as acknowledged, in order. */
  readonly acked: string[];
  /** How many StoreUnavailableErrors it printed. */
  readonly unavailable: number;
  /** Resolves once the condition holds (checked after every line); rejects if the writer exits first. */
  until(condition: () => boolean, what: string): Promise<void>;
  /** SIGKILLs it and resolves once every line it printed has been read. */
  kill(): Promise<void>;
}

export function startWriter(options: StoreOptions, writers = 4): WriterProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, JSON.stringify(options), String(writers)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: string[] = [];
  let unavailable = 0;
  let errors = '';
  let exited = false;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  child.stderr.on('data', (chunk) => (errors += chunk));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (line.startsWith('ack ')) acked.push(line.split(' ')[1]!);
    else if (line === 'unavailable') unavailable += 1;
    wake();
  });
  const closed = once(lines, 'close');
  child.on('exit', () => {
    exited = true;
    wake();
  });

  return {
    acked,
    get unavailable() {
      return unavailable;
    },
    until(condition, what) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (condition()) {
            waiters.delete(check);
            resolve();
          } else if (exited) {
            waiters.delete(check);
            reject(new Error(`The writer exited before ${what} (${acked.length} acknowledged). ${errors}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
    async kill() {
      if (!exited) {
        const exit = once(child, 'exit');
        child.kill('SIGKILL');
        await exit;
      }
      await closed;
    },
  };
}
