import type { CliIo, Options } from '../io.js';
import { labels } from '../labels.js';
import { installedDropIn } from '../preview/drop-in.js';
import { previewMessages } from '../preview/preview-messages.js';
import { startPreview } from '../preview/server.js';
import { printPlacedIssues, type CheckedSource } from '../source.js';

/** The port tried when none is given; when it is taken, any free port (a port given with --port is kept or refused). */
const DEFAULT_PORT = 4180;

/**
 * `poolster preview <source-dir | instrument.json> [--port N] [--lang nl|fr|en]`: serves the instrument in
 * the scan, the report and the comparison (with generated answers) on 127.0.0.1, checks it again when a
 * file changes and reloads the open pages; problems show in the page and here, by file, line and column.
 * Runs until Ctrl+C (or `stop`, for tests), then closes everything and returns 0.
 */
export async function previewCommand(io: CliIo, options: Options, stop: Promise<unknown> = interrupted()): Promise<number> {
  const m = previewMessages(options.lang);
  const [target] = options.positionals;
  if (!target) {
    io.err(`${m.usage}\n`);
    return 2;
  }
  const rawPort = options.flags?.port;
  const port = typeof rawPort === 'string' ? Number(rawPort) : DEFAULT_PORT;
  if (typeof rawPort === 'string' && !(/^\d+$/.test(rawPort) && port <= 65535)) {
    io.err(`${m.badPort(rawPort)}\n`);
    return 2;
  }
  const dropIn = installedDropIn();
  if (!dropIn) io.err(`${m.noElements}\n`);
  const onCheck = (checked: CheckedSource, generation: number) => {
    if (generation > 0) io.out(`${m.changed}\n`);
    printPlacedIssues(io, checked.issues, options.lang);
    const errors = checked.issues.filter((i) => i.issue.severity === 'error').length;
    io.out(checked.instrument ? m.valid(target) : m.invalid(target, errors));
  };
  let preview;
  try {
    preview = await startPreview(io, { target, lang: options.lang, port, dropIn, onCheck });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' && typeof rawPort !== 'string') preview = await startPreview(io, { target, lang: options.lang, port: 0, dropIn, onCheck });
    else if (code === 'EADDRINUSE') {
      io.err(`${m.portInUse(String(port))}\n`);
      return 1;
    } else if (code === 'ENOENT') {
      io.err(`${target}: ${labels(options.lang).notFound}\n`);
      return 1;
    } else throw error;
  }
  io.out(m.listening(preview.url, target));
  await stop;
  await preview.close();
  io.out(m.stopped);
  return 0;
}

/** Resolves on the first Ctrl+C (SIGINT) or SIGTERM; the handlers go with it, so a second Ctrl+C ends Node as usual. */
function interrupted(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      done(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}
