import { spawn } from 'node:child_process';
import { MARK } from './results.mjs';

/** Terminal control sequences (colours, cursor moves) that runners print even into a pipe. */
const CONTROL = /\u001b\[[0-9;?]*[A-Za-z]/g;

/**
 * Runs a command with its output captured line by line: a reporter's marked line (see results.mjs) goes
 * to `onRecord`, any other line to `onOutput`. Resolves with the exit code (1 when it could not start or
 * was killed by a signal).
 */
export function runChild(command, args, { cwd, env, onRecord = () => {}, onOutput = () => {} }) {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (code) => {
      if (!settled) resolve(code);
      settled = true;
    };
    const handle = (line, stream) => {
      const at = line.indexOf(MARK);
      const text = (at >= 0 ? line.slice(0, at) : line).replace(CONTROL, '');
      if (text.trim() !== '') onOutput(text, stream);
      if (at < 0) return;
      let record;
      try {
        record = JSON.parse(line.slice(at + MARK.length));
      } catch {
        onOutput(line.slice(at + MARK.length), stream);
        return;
      }
      onRecord(record);
    };
    let child;
    try {
      child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      onOutput(`could not start ${command}: ${error.message}`, 'stderr');
      finish(1);
      return;
    }
    for (const name of ['stdout', 'stderr']) {
      let rest = '';
      child[name].setEncoding('utf8');
      child[name].on('data', (chunk) => {
        rest += chunk;
        for (let newline = rest.indexOf('\n'); newline >= 0; newline = rest.indexOf('\n')) {
          handle(rest.slice(0, newline), name);
          rest = rest.slice(newline + 1);
        }
      });
      child[name].on('end', () => {
        if (rest !== '') handle(rest, name);
        rest = '';
      });
    }
    child.on('error', (error) => {
      onOutput(`could not run ${command}: ${error.message}`, 'stderr');
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}
