import { runCli } from './main.js';
import { nodeIo } from './node-io.js';

/** The process entry point: Node's files and streams, and the exit code. */
const code = await runCli(
  process.argv.slice(2),
  nodeIo({ out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) }),
);
process.exitCode = code;
